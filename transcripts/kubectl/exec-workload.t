exec, attach and port-forward take TYPE/NAME: a workload's or Service's most active pod (running,
ready longest, fewest restarts, oldest) is the one reached. A kind without a selector is refused
with its Go type, as kubectl's SelectorsForObject words it.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 15
  $ kubectl exec deploy/web -- hostname
  web-65d846d465-c89zj
  $ kubectl expose deploy web --port=80
  service/web exposed
  $ kubectl exec svc/web -- hostname
  web-65d846d465-c89zj
  $ kubectl exec rs/$(kubectl get rs -l app=web -o jsonpath='{.items[0].metadata.name}') -- hostname
  web-65d846d465-c89zj
  $ kubectl exec svc/kubernetes -- hostname
  error: cannot attach to *v1.Service: invalid service 'kubernetes': Service is defined without a selector
  $ kubectl exec configmap/kube-root-ca.crt -- hostname
  error: cannot attach to *v1.ConfigMap: selector for *v1.ConfigMap not implemented
  $ kubectl exec deploy/nope -- hostname
  Error from server (NotFound): deployments.apps "nope" not found
  $ kubectl exec nosuch/web -- hostname
  error: the server doesn't have a resource type "nosuch"
