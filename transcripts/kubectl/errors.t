Mistakes are answered as kubectl 1.32 answers them, on stderr, and the session goes on.
  $ kubectl get foo
  error: the server doesn't have a resource type "foo"
  $ kubectl get pod nosuch
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl get pods nosuch goweb
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl get pods -n kube-public
  No resources found in kube-public namespace.
  $ kubectl get pods --foo
  error: unknown flag: --foo
  See 'kubectl get --help' for usage.
  $ kubectl get -z
  error: unknown shorthand flag: 'z' in -z
  See 'kubectl get --help' for usage.
  $ kubectl get pods -n
  error: flag needs an argument: 'n' in -n
  See 'kubectl get --help' for usage.
  $ kubectl get pods -o foo
  error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml
  $ kubectl gett pods
  error: unknown command "gett" for "kubectl"
  
  Did you mean this?
  	set
  	get
  $ kubectl run x
  error: required flag(s) "image" not set
  $ kubectl exec goweb ls
  error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead
  See 'kubectl exec -h' for help and examples
  $ kubectl exec goweb
  error: you must specify at least one command for the container
  $ kubectl delete pod
  error: resource(s) were provided, but no name was specified
  $ kubectl run goweb --image=nginx
  Error from server (AlreadyExists): pods "goweb" already exists
  $ kubectl get
  You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.
  
  error: Required resource not specified.
  Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
  See 'kubectl get -h' for help and examples
  $ echo still here
  still here
