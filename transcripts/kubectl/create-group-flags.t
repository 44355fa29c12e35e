kubectl create service and kubectl create secret are groups of subcommands with no flags of
their own: without a known subcommand, any flag but the global ones is unknown, before any
other complaint (kubectl 1.32, checked offline).
  $ kubectl create service --dry-run=client
  error: unknown flag: --dry-run
  See 'kubectl create service --help' for usage.
  $ echo $?
  1
  $ kubectl create svc -o yaml
  error: unknown shorthand flag: 'o' in -o
  See 'kubectl create service --help' for usage.
  $ kubectl create service --tcp=80 -o yaml
  error: unknown flag: --tcp
  See 'kubectl create service --help' for usage.
  $ kubectl create service foo --dry-run=client
  error: unknown flag: --dry-run
  See 'kubectl create service --help' for usage.
  $ kubectl create service foo
  error: unknown command "foo"
  See 'kubectl create service -h' for help and examples
  $ kubectl create secret --dry-run=client
  error: unknown flag: --dry-run
  See 'kubectl create secret --help' for usage.
  $ kubectl create secret -o yaml
  error: unknown shorthand flag: 'o' in -o
  See 'kubectl create secret --help' for usage.
  $ kubectl create secret foo --from-literal=a=b
  error: unknown flag: --from-literal
  See 'kubectl create secret --help' for usage.
  $ kubectl create service -n default 2>&1 >/dev/null | head -1
  Create a Service that selects the pods labelled app=NAME.
  $ kubectl create service clusterip web --tcp=80 --dry-run=client
  service/web created (dry run)
