Flags are read as pflag reads them in kubectl 1.32: a bad value names the flag with its
shorthand, durations are Go durations, a bare --dry-run, --validate or --cascade takes its
default, and each error points to the help of the (sub)command that has the flag.
  $ kubectl create deployment web --image=nginx --replicas=abc; echo "exit $?"
  error: invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax
  See 'kubectl create deployment --help' for usage.
  exit 1
  $ kubectl get pods -w=maybe
  error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax
  See 'kubectl get --help' for usage.
  $ kubectl scale deploy/coredns -n kube-system --replicas=1.5
  error: invalid argument "1.5" for "--replicas" flag: strconv.ParseInt: parsing "1.5": invalid syntax
  See 'kubectl scale --help' for usage.
  $ kubectl replace -f x.yaml --grace-period=1.5
  error: invalid argument "1.5" for "--grace-period" flag: strconv.ParseInt: parsing "1.5": invalid syntax
  See 'kubectl replace --help' for usage.
  $ kubectl diff -f x.yaml --concurrency=abc; echo "exit $?"
  error: invalid argument "abc" for "--concurrency" flag: strconv.ParseInt: parsing "abc": invalid syntax
  See 'kubectl diff -h' for help and examples
  exit 2
  $ kubectl logs goweb --since=x
  error: invalid argument "x" for "--since" flag: time: invalid duration "x"
  See 'kubectl logs --help' for usage.
  $ kubectl delete pod goweb --timeout=5
  error: invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"
  See 'kubectl delete --help' for usage.
  $ kubectl run web --image=nginx --pod-running-timeout=1x
  error: invalid argument "1x" for "--pod-running-timeout" flag: time: unknown unit "x" in duration "1x"
  See 'kubectl run --help' for usage.
  $ kubectl rollout status deploy/coredns -n kube-system --timeout=soon
  error: invalid argument "soon" for "--timeout" flag: time: invalid duration "soon"
  See 'kubectl rollout status --help' for usage.
  $ kubectl create namespace demo --dry-run -o name
  W0423 07:25:00.000000   23100 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.
  namespace/demo
  $ kubectl create namespace demo --dry-run=true -o name
  W0423 07:25:00.000000   23100 helpers.go:716] --dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.
  namespace/demo
  $ kubectl create namespace demo --dry-run=false --validate -o name
  W0423 07:25:00.000000   23100 helpers.go:719] --dry-run=false is deprecated (boolean value) and can be replaced with --dry-run=none.
  namespace/demo
  $ kubectl delete namespace demo --cascade --dry-run=client
  namespace "demo" deleted (dry run)
  $ kubectl create namespace demo --dry-run client
  error: exactly one NAME is required, got 2
  See 'kubectl create namespace -h' for help and examples
  $ kubectl apply --dry-run
  W0423 07:25:00.000000   23100 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.
  error: must specify one of -f and -k
  $ kubectl cordon --dry-run
  error: USAGE: cordon NODE [flags]
  See 'kubectl cordon -h' for help and examples
  $ kubectl create clusterrolebinding --dry-run
  error: required flag(s) "clusterrole" not set
  $ kubectl create service externalname ext --dry-run=client
  error: required flag(s) "external-name" not set
  $ kubectl config view --bogus
  error: unknown flag: --bogus
  See 'kubectl config view --help' for usage.
  $ kubectl config use -Z
  error: unknown shorthand flag: 'Z' in -Z
  See 'kubectl config use-context --help' for usage.
  $ kubectl cluster-info dump --pod-running-timeout=x
  error: invalid argument "x" for "--pod-running-timeout" flag: time: invalid duration "x"
  See 'kubectl cluster-info dump --help' for usage.
  $ kubectl plugin list --name-only=maybe
  error: invalid argument "maybe" for "--name-only" flag: strconv.ParseBool: parsing "maybe": invalid syntax
  See 'kubectl plugin list --help' for usage.
  $ kubectl options --bogus
  error: unknown flag: --bogus
  Run 'kubectl options' without flags.
  $ kubectl apply --windows-line-endings
  error: unknown flag: --windows-line-endings
  See 'kubectl apply --help' for usage.
  $ kubectl apply edit-last-applied --windows-line-endings=maybe
  error: invalid argument "maybe" for "--windows-line-endings" flag: strconv.ParseBool: parsing "maybe": invalid syntax
  See 'kubectl apply edit-last-applied --help' for usage.
  $ kubectl drain tk8s-worker1 --delete-local-data
  error: unknown flag: --delete-local-data
  See 'kubectl drain --help' for usage.
  $ kubectl --bogus get pods; echo "exit $?"
  Error: flags cannot be placed before plugin name: --bogus
  exit 1
  $ kubectl --bogus=1 get pods
  error: unknown flag: --bogus
  See 'kubectl get --help' for usage.
  $ kubectl --namespace
  error: flag needs an argument: --namespace
  See 'kubectl --help' for usage.
  $ kubectl -v=abc get pods
  error: invalid argument "abc" for "-v, --v" flag: strconv.ParseInt: parsing "abc": invalid syntax
  See 'kubectl get --help' for usage.
  $ kubectl get pods --request-timeout=soon
  error: Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)
  $ kubectl get pods -Ax
  error: unknown shorthand flag: 'x' in -x
  See 'kubectl get --help' for usage.
  $ kubectl get pods -xA
  error: unknown shorthand flag: 'x' in -xA
  See 'kubectl get --help' for usage.
  $ kubectl --help | head -1
  kubectl talks to the tk8s cluster's API server.
  $ kubectl -h | head -1
  kubectl talks to the tk8s cluster's API server.
  $ kubectl -hx
  error: unknown shorthand flag: 'x' in -x
  See 'kubectl --help' for usage.
