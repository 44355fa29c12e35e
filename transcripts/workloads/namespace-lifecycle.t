A namespace's life: created, used, deleted. While it terminates it shows Terminating and
refuses new content; its pods are deleted gracefully, then the namespace goes.
  $ kubectl create namespace cute
  namespace/cute created
  $ kubectl get ns cute
  NAME   STATUS   AGE
  cute   Active   0s
  $ kubectl run nginx --image=nginx -n cute
  pod/nginx created
  $ sleep 10
  $ kubectl get pods -n cute
  NAME    READY   STATUS    RESTARTS   AGE
  nginx   1/1     Running   0          10s
  $ kubectl delete ns cute --wait=false
  namespace "cute" deleted
  $ kubectl get ns cute
  NAME   STATUS        AGE
  cute   Terminating   10s
  $ kubectl run x --image=nginx -n cute
  Error from server (Forbidden): pods "x" is forbidden: unable to create new content in namespace cute because it is being terminated
  $ kubectl get pods -n cute
  NAME    READY   STATUS    RESTARTS   AGE
  nginx   1/1     Running   0          10s
  $ sleep 5
  $ kubectl get pods -n cute
  NAME    READY   STATUS        RESTARTS   AGE
  nginx   1/1     Terminating   0          15s
  $ kubectl get ns cute -o jsonpath='{.status.conditions[3].type}: {.status.conditions[3].message}{"\n"}'
  NamespaceContentRemaining: Some resources are remaining: pods. has 1 resource instances
  $ sleep 5
  $ kubectl get ns cute
  Error from server (NotFound): namespaces "cute" not found
  $ kubectl get pods -n cute
  No resources found in cute namespace.

Deleting waits until the namespace is gone.
  $ kubectl create ns cute
  namespace/cute created
  $ kubectl delete ns cute
  namespace "cute" deleted
  $ kubectl get ns
  NAME                 STATUS   AGE
  default              Active   46h
  kube-node-lease      Active   46h
  kube-public          Active   46h
  kube-system          Active   46h
  local-path-storage   Active   46h

The namespaces the cluster needs cannot be deleted.
  $ kubectl delete ns default
  Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted
  $ kubectl delete namespace kube-system
  Error from server (Forbidden): namespaces "kube-system" is forbidden: this namespace may not be deleted
