With the control-plane node's container stopped, nothing answers at the kubeconfig's server. The
create generators send their object straight to the server (no discovery first), so their
failure is the refused POST itself, worded as each generator wraps it: the collection's URL with
the dry run, field manager and field validation asked for, and the dial that failed. secret has
no colon after its words; namespace, clusterrole and can-i return the error as it is, which
kubectl prints as the refused connection. role and job --from look types up first, so client-go
logs its failed discovery requests (a little apart in time) and the refusal ends them.
  $ sudo podman stop tk8s-control-plane
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-control-plane in 10 seconds, resorting to SIGKILL
  tk8s-control-plane
  $ kubectl create deployment web --image=nginx --replicas=2
  error: failed to create deployment: Post "https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ echo $?
  1
  $ kubectl create deployment web --image=nginx -n kube-public --dry-run=server --validate=warn --field-manager=me/too
  error: failed to create deployment: Post "https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-public/deployments?dryRun=All&fieldManager=me%2Ftoo&fieldValidation=Warn": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create configmap settings --from-literal=mode=fast
  error: failed to create configmap: Post "https://172.22.0.1:6443/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create secret generic pass --from-literal=pw=x
  error: failed to create secret Post "https://172.22.0.1:6443/api/v1/namespaces/default/secrets?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create secret docker-registry reg --docker-server=r.io --docker-username=u --docker-password=p
  error: failed to create secret Post "https://172.22.0.1:6443/api/v1/namespaces/default/secrets?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create service nodeport web --tcp=80:8080
  error: failed to create NodePort service: Post "https://172.22.0.1:6443/api/v1/namespaces/default/services?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create service externalname ext --external-name=example.com
  error: failed to create ExternalName service: Post "https://172.22.0.1:6443/api/v1/namespaces/default/services?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create job once --image=busybox -- date
  error: failed to create job: Post "https://172.22.0.1:6443/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create cronjob tick --image=busybox --schedule='*/1 * * * *' -- date
  error: failed to create cronjob: Post "https://172.22.0.1:6443/apis/batch/v1/namespaces/default/cronjobs?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create serviceaccount robot
  error: failed to create serviceaccount: Post "https://172.22.0.1:6443/api/v1/namespaces/default/serviceaccounts?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create quota small --hard=pods=2
  error: failed to create quota: Post "https://172.22.0.1:6443/api/v1/namespaces/default/resourcequotas?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create rolebinding rb --clusterrole=view --user=u
  error: failed to create rolebinding: Post "https://172.22.0.1:6443/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create clusterrolebinding crb --clusterrole=view --group=g
  error: failed to create clusterrolebinding: Post "https://172.22.0.1:6443/apis/rbac.authorization.k8s.io/v1/clusterrolebindings?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create priorityclass high --value=1000
  error: failed to create priorityclass: Post "https://172.22.0.1:6443/apis/scheduling.k8s.io/v1/priorityclasses?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create pdb web --selector=app=web --min-available=1
  error: failed to create poddisruptionbudgets: Post "https://172.22.0.1:6443/apis/policy/v1/namespaces/default/poddisruptionbudgets?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create ingress web --rule=web.tk8s.k8s/=web:80
  error: failed to create ingress: Post "https://172.22.0.1:6443/apis/networking.k8s.io/v1/namespaces/default/ingresses?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create token default
  error: failed to create token: Post "https://172.22.0.1:6443/api/v1/namespaces/default/serviceaccounts/default/token": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl create namespace team
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl create clusterrole urls --verb=get --non-resource-url=/healthz
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl create role reader --verb=get --resource=pods
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl create job now --from=cronjob/tick
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.002800   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.004200   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl auth can-i get pods
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  Warning: the server doesn't have a resource type 'pods'
  
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl auth can-i get /healthz
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl api-resources --namespaced=false
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl get --raw /api
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl create deployment web --image=nginx --dry-run=client -o name
  deployment.apps/web

Started again, the same commands are answered once the apiserver's container runs.
  $ sudo podman start tk8s-control-plane
  tk8s-control-plane
  $ sleep 5
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl create secret generic pass --from-literal=pw=x
  secret/pass created
  $ kubectl create namespace team
  namespace/team created
  $ kubectl create role reader --verb=get --resource=pods
  role.rbac.authorization.k8s.io/reader created
  $ kubectl auth can-i get pods
  yes

In a node kubectl has no kubeconfig, so it dials client-go's default, localhost:8080, where
nothing listens even while the control plane runs; the files it reads are the node's.
  $ sudo podman exec tk8s-worker1 kubectl create configmap settings --from-literal=mode=fast
  error: failed to create configmap: Post "http://localhost:8080/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create&fieldValidation=Strict": dial tcp 127.0.0.1:8080: connect: connection refused
  $ sudo podman exec tk8s-worker1 kubectl create namespace team
  The connection to the server localhost:8080 was refused - did you specify the right host or port?
  $ sudo podman exec tk8s-control-plane kubectl apply -f /etc/kubernetes/manifests/etcd.yaml
  error: error validating "/etc/kubernetes/manifests/etcd.yaml": error validating data: failed to download openapi: Get "http://localhost:8080/openapi/v2?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  $ sudo podman exec tk8s-control-plane kubectl get -f /etc/kubernetes/manifests
  E0423 07:25:15.000000   23115 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:15.001400   23115 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:15.002800   23115 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:15.004200   23115 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  unable to recognize "/etc/kubernetes/manifests/etcd.yaml": Get "http://localhost:8080/api?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused
  unable to recognize "/etc/kubernetes/manifests/kube-apiserver.yaml": Get "http://localhost:8080/api?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused
  unable to recognize "/etc/kubernetes/manifests/kube-controller-manager.yaml": Get "http://localhost:8080/api?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused
  unable to recognize "/etc/kubernetes/manifests/kube-scheduler.yaml": Get "http://localhost:8080/api?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused
