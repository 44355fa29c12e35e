Each verb's help ends with kubectl 1.32's own Usage line, word for word (checked against
kubectl.1.32 VERB --help), then the pointers kubectl prints: a group names its subcommands' help
before the global options. The rest of each page is the lab's own words.
  $ kubectl get --help | tail -4
  Usage:
    kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl describe --help | grep -A1 '^Usage:'
  Usage:
    kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]
  $ kubectl run --help | grep -A1 '^Usage:'
  Usage:
    kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]
  $ kubectl scale --help | grep -A1 '^Usage:'
  Usage:
    kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]
  $ kubectl delete -h | grep -A1 '^Usage:'
  Usage:
    kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]
  $ kubectl cluster-info --help | tail -5
  Usage:
    kubectl cluster-info [flags] [options]
  
  Use "kubectl cluster-info <command> --help" for more information about a given command.
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl create secret --help | tail -5
  Usage:
    kubectl create secret (docker-registry | generic | tls) [options]
  
  Use "kubectl create secret <command> --help" for more information about a given command.
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl create clusterrolebinding --help | grep -A1 '^Usage:'
  Usage:
    kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]
  $ kubectl apply view-last-applied --help | grep -A1 '^Usage:'
  Usage:
    kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]
  $ kubectl version --help | tail -4
  Usage:
    kubectl version [flags] [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
