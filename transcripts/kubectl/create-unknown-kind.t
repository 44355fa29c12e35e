kubectl has no `create ingressclass` (nor any kind it lacks a subcommand for): the words are
arguments `create -f` does not take. Checked against kubectl 1.32.
  $ kubectl create ingressclass nginx
  error: Unexpected args: [ingressclass nginx]
  See 'kubectl create -h' for help and examples
  $ kubectl create foo bar
  error: Unexpected args: [foo bar]
  See 'kubectl create -h' for help and examples
