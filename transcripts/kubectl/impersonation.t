--as and --as-group make the apiserver treat a request as another user's (the admin may
impersonate anyone); RBAC then decides, and a refusal is worded as the apiserver words it. A
service account gets its fixed groups, everyone is in system:authenticated.
  $ kubectl get pods --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"
  $ kubectl get pods -A --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" at the cluster scope
  $ kubectl get pod goweb --as=jane
  Error from server (Forbidden): pods "goweb" is forbidden: User "jane" cannot get resource "pods" in API group "" in the namespace "default"
  $ kubectl get nodes --as=jane
  Error from server (Forbidden): nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope
  $ kubectl auth can-i list pods --as=system:serviceaccount:default:default
  no
  $ kubectl auth can-i get /healthz --as=jane
  yes
  $ kubectl create namespace team --as=jane
  Error from server (Forbidden): namespaces is forbidden: User "jane" cannot create resource "namespaces" in API group "" at the cluster scope
  $ kubectl run web --image=nginx --as=jane
  Error from server (Forbidden): pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"
  $ kubectl delete pod goweb --as=jane
  Error from server (Forbidden): pods "goweb" is forbidden: User "jane" cannot delete resource "pods" in API group "" in the namespace "default"
  $ kubectl events --as=jane
  Error from server (Forbidden): events is forbidden: User "jane" cannot list resource "events" in API group "" in the namespace "default"

A Role and a RoleBinding give the service account what it lacked, in its namespace only.
  $ kubectl create role pod-reader --verb=get,list --resource=pods
  role.rbac.authorization.k8s.io/pod-reader created
  $ kubectl create rolebinding read-pods --role=pod-reader --serviceaccount=default:default
  rolebinding.rbac.authorization.k8s.io/read-pods created
  $ kubectl auth can-i list pods --as=system:serviceaccount:default:default
  yes
  $ kubectl get pods --as=system:serviceaccount:default:default
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  $ kubectl get pods -n kube-system --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "kube-system"
  $ kubectl auth can-i --list --as=system:serviceaccount:default:default | grep pods
  pods                                            []                                     []               [get list]
  $ kubectl delete pod goweb --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "goweb" is forbidden: User "system:serviceaccount:default:default" cannot delete resource "pods" in API group "" in the namespace "default"

A group the binding names counts too (a ClusterRole made here for it); a group without a user
is refused by kubectl itself.
  $ kubectl create clusterrole deploy-reader --verb=list --resource=deployments.apps
  clusterrole.rbac.authorization.k8s.io/deploy-reader created
  $ kubectl create clusterrolebinding ops-read --clusterrole=deploy-reader --group=ops
  clusterrolebinding.rbac.authorization.k8s.io/ops-read created
  $ kubectl get deployments -n kube-system --as=jane --as-group=ops
  NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
  calico-kube-controllers   1/1     1            1           46h
  coredns                   2/2     2            2           46h
  metrics-server            1/1     1            1           46h
  $ kubectl get deployments -n kube-system --as=jane
  Error from server (Forbidden): deployments.apps is forbidden: User "jane" cannot list resource "deployments" in API group "apps" in the namespace "kube-system"
  $ kubectl get pods --as-group=ops
  error: requesting uid, groups or user-extra for kubernetes-admin without impersonating a user

A binding that names a role which does not exist: the RBAC authorizer gives that as its reason.
  $ kubectl create clusterrolebinding ghost --clusterrole=ghost --user=jane
  clusterrolebinding.rbac.authorization.k8s.io/ghost created
  $ kubectl get secrets --as=jane
  Error from server (Forbidden): secrets is forbidden: User "jane" cannot list resource "secrets" in API group "" in the namespace "default": RBAC: clusterrole.rbac.authorization.k8s.io "ghost" not found

describe and exec are refused the same way: exec needs `create` on the pod's exec subresource,
which the service account's role (get and list on pods) does not give.
  $ kubectl describe pod goweb --as=jane
  Error from server (Forbidden): pods "goweb" is forbidden: User "jane" cannot get resource "pods" in API group "" in the namespace "default": RBAC: clusterrole.rbac.authorization.k8s.io "ghost" not found
  $ kubectl describe pods --as=jane
  Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default": RBAC: clusterrole.rbac.authorization.k8s.io "ghost" not found
  $ kubectl exec goweb --as=system:serviceaccount:default:default -- hostname
  Error from server (Forbidden): pods "goweb" is forbidden: User "system:serviceaccount:default:default" cannot create resource "pods/exec" in API group "" in the namespace "default"
