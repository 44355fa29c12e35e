label and annotate take -A: with --all or a selector they act in every namespace; a namespaced
object cannot be named across all namespaces.
  $ kubectl run one --image=nginx
  pod/one created
  $ kubectl create namespace dev
  namespace/dev created
  $ kubectl run two --image=nginx -n dev
  pod/two created
  $ kubectl label pods -A -l 'run in (one,two)' team=blue
  pod/one labeled
  pod/two labeled
  $ kubectl get pods -A -l team=blue
  NAMESPACE   NAME   READY   STATUS              RESTARTS   AGE
  default     one    0/1     ContainerCreating   0          0s
  dev         two    0/1     ContainerCreating   0          0s
  $ kubectl annotate pods -A -l team=blue owner=ops
  pod/one annotated
  pod/two annotated
  $ kubectl get pods -A -l team=blue -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name} {.metadata.annotations.owner}{"\n"}{end}'
  default/one ops
  dev/two ops
  $ kubectl label pod one -A team=red
  error: a resource cannot be retrieved by name across all namespaces
  $ kubectl label nodes -A -l kubernetes.io/hostname=tk8s-worker1 zone=a
  node/tk8s-worker1 labeled
