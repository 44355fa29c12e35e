Impersonation on the rest of the verbs: each asks the apiserver as the impersonated user and
prints the Forbidden answer as kubectl does (diff frames the GET as apply does; top asks
metrics.k8s.io first; cluster-info still prints its closing hint).
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl run bb --image=busybox -- sleep 3600
  pod/bb created
  $ sleep 30
  $ kubectl get deploy web -o yaml > web.yaml
  $ kubectl diff -f web.yaml --as=system:serviceaccount:default:default
  Error from server (Forbidden): error when retrieving current configuration of:
  Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
  Name: "web", Namespace: "default"
  from server for: "web.yaml": deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot get resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl top pods --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods.metrics.k8s.io is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "metrics.k8s.io" in the namespace "default"
  $ kubectl top pods -A --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods.metrics.k8s.io is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "metrics.k8s.io" at the cluster scope
  $ kubectl top node tk8s-worker1 --as=system:serviceaccount:default:default
  Error from server (Forbidden): nodes.metrics.k8s.io "tk8s-worker1" is forbidden: User "system:serviceaccount:default:default" cannot get resource "nodes" in API group "metrics.k8s.io" at the cluster scope
  $ kubectl cluster-info --as=system:serviceaccount:default:default
  
  To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.
  Error from server (Forbidden): services is forbidden: User "system:serviceaccount:default:default" cannot list resource "services" in API group "" in the namespace "kube-system"
  $ kubectl cp bb:/etc/hostname hostname --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "bb" is forbidden: User "system:serviceaccount:default:default" cannot get resource "pods" in API group "" in the namespace "default"
  $ kubectl debug bb --image=busybox --profile=general --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "bb" is forbidden: User "system:serviceaccount:default:default" cannot get resource "pods" in API group "" in the namespace "default"
  $ kubectl attach bb --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "bb" is forbidden: User "system:serviceaccount:default:default" cannot get resource "pods" in API group "" in the namespace "default"
  $ kubectl wait --for=condition=Ready pod/bb --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "bb" is forbidden: User "system:serviceaccount:default:default" cannot get resource "pods" in API group "" in the namespace "default"
  $ kubectl set image deploy/web nginx=nginx:1.27 --as=system:serviceaccount:default:default
  Error from server (Forbidden): deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot get resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl expose deploy web --port=80 --as=system:serviceaccount:default:default
  Error from server (Forbidden): deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot get resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl autoscale deploy web --max=3 --as=system:serviceaccount:default:default
  Error from server (Forbidden): deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot get resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl taint nodes tk8s-worker1 a=b:NoSchedule --as=system:serviceaccount:default:default
  Error from server (Forbidden): nodes "tk8s-worker1" is forbidden: User "system:serviceaccount:default:default" cannot get resource "nodes" in API group "" at the cluster scope
  $ kubectl drain tk8s-worker1 --as=system:serviceaccount:default:default
  Error from server (Forbidden): nodes "tk8s-worker1" is forbidden: User "system:serviceaccount:default:default" cannot get resource "nodes" in API group "" at the cluster scope
  $ kubectl get pods --watch-only --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"
An admin impersonated is allowed what the admin is.
  $ kubectl top node tk8s-worker1 --as=kubernetes-admin --as-group=kubeadm:cluster-admins
  NAME           CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   
  tk8s-worker1   83m          2%       784Mi           4%          
  $ kubectl diff -f web.yaml --as=kubernetes-admin --as-group=kubeadm:cluster-admins; echo $?
  0
