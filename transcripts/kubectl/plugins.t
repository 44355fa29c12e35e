kubectl plugins: executables named kubectl-NAME on the PATH run as kubectl NAME; plugin list
shows them with kubectl's warnings (checked against kubectl.1.32 with the same files).
  $ kubectl plugin list
  error: unable to find any kubectl plugins in your PATH
  $ mkdir -p ~/bin /tmp/old
  $ printf '#!/bin/bash\necho "hello from $0: $*"\n' > ~/bin/kubectl-hello
  $ chmod +x ~/bin/kubectl-hello
  $ cp ~/bin/kubectl-hello ~/bin/kubectl-get-foo
  $ cp ~/bin/kubectl-hello ~/bin/kubectl-get_all
  $ cp ~/bin/kubectl-hello /tmp/old/
  $ export PATH=$HOME/bin:/tmp/old:$PATH
  $ kubectl plugin list
  The following compatible plugins are available:
  
  /home/bigred/bin/kubectl-get-foo
    - warning: kubectl-get-foo overwrites existing command: "kubectl get"
  /home/bigred/bin/kubectl-get_all
  /home/bigred/bin/kubectl-hello
  /tmp/old/kubectl-hello
    - warning: /tmp/old/kubectl-hello is overshadowed by a similarly named plugin: /home/bigred/bin/kubectl-hello
  error: 2 plugin warnings were found
  $ kubectl plugin list --name-only 2>/dev/null
  The following compatible plugins are available:
  
  kubectl-get-foo
  kubectl-get_all
  kubectl-hello
  kubectl-hello
  $ kubectl hello world --loud
  hello from /home/bigred/bin/kubectl-hello: world --loud
  $ kubectl get-all
  hello from /home/bigred/bin/kubectl-get_all: 
  $ kubectl get foo
  error: the server doesn't have a resource type "foo"
  $ kubectl plugin frobnicate
  error: unknown command "frobnicate"
  See 'kubectl plugin -h' for help and examples
