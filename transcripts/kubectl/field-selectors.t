--field-selector is sent to the apiserver, which knows a few fields per kind: metadata.name and
metadata.namespace for all, and each kind's own (pods: node, phase, IP, ...; events: the
involved object, reason, source, type; nodes: spec.unschedulable; namespaces: status.phase).
  $ kubectl get pods -A --field-selector spec.nodeName=tk8s-worker1
  NAMESPACE     NAME                              READY   STATUS    RESTARTS        AGE
  default       goweb                             1/1     Running   0               95m
  kube-system   canal-9dc5v                       2/2     Running   6 (6h44m ago)   46h
  kube-system   kube-proxy-lstnd                  1/1     Running   3 (6h44m ago)   46h
  kube-system   metrics-server-8467fcc7b7-d9x4b   1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pods -n kube-system --field-selector spec.hostNetwork!=true,status.phase==Running
  NAME                                       READY   STATUS    RESTARTS        AGE
  calico-kube-controllers-6b65fb5f89-66t62   1/1     Running   3 (6h44m ago)   46h
  coredns-66967f4c59-sc4gn                   1/1     Running   3 (6h44m ago)   46h
  coredns-66967f4c59-zkpkl                   1/1     Running   3 (6h44m ago)   46h
  metrics-server-8467fcc7b7-d9x4b            1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pods -A --field-selector metadata.namespace!=kube-system
  NAMESPACE            NAME                                      READY   STATUS    RESTARTS        AGE
  default              goweb                                     1/1     Running   0               95m
  local-path-storage   local-path-provisioner-84944977bd-fpmmz   1/1     Running   3 (6h44m ago)   46h
  $ kubectl get nodes --field-selector spec.unschedulable=false
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
  $ kubectl get ns --field-selector status.phase=Active,metadata.name!=default
  NAME                 STATUS   AGE
  kube-node-lease      Active   46h
  kube-public          Active   46h
  kube-system          Active   46h
  local-path-storage   Active   46h
  $ kubectl get deploy -A --field-selector metadata.name=coredns
  NAMESPACE     NAME      READY   UP-TO-DATE   AVAILABLE   AGE
  kube-system   coredns   2/2     2            2           46h
  $ kubectl get pods --field-selector status.phase=Failed
  No resources found in default namespace.
  $ kubectl get pods -n kube-system -l k8s-app=kube-dns --field-selector spec.nodeName=tk8s-worker2
  No resources found in kube-system namespace.
Other fields are refused by the server; kubectl names the resource and both selectors. Kinds
without fields of their own (Deployments, ReplicaSets, ...) allow only the metadata ones.
  $ kubectl get pods --field-selector foo=bar
  Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo
  $ kubectl get rs -A --field-selector status.replicas=0
  Error from server (BadRequest): Unable to find "apps/v1, Resource=replicasets" that match label selector "", field selector "status.replicas=0": "status.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"
  $ kubectl get nodes --field-selector metadata.namespace=default
  Error from server (BadRequest): Unable to find "/v1, Resource=nodes" that match label selector "", field selector "metadata.namespace=default": field label not supported: metadata.namespace
  $ kubectl get jobs --field-selector status.succeeded=1
  Error from server (BadRequest): Unable to find "batch/v1, Resource=jobs" that match label selector "", field selector "status.succeeded=1": field label "status.succeeded" not supported for batchv1.Job
  $ kubectl get pods -l app=web --field-selector 'status.phase = Running'
  Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app=web", field selector "status.phase = Running": field label not supported: status.phase 
  $ kubectl get pods --field-selector nodeName
  Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "nodeName": invalid selector: 'nodeName'; can't understand 'nodeName'
  $ kubectl get pods goweb --field-selector status.phase=Running
  error: name cannot be provided when a selector is specified
Events of one object, as describe looks them up.
  $ kubectl cordon tk8s-worker2
  node/tk8s-worker2 cordoned
  $ kubectl get nodes --field-selector spec.unschedulable=true
  NAME           STATUS                     ROLES    AGE   VERSION
  tk8s-worker2   Ready,SchedulingDisabled   <none>   46h   v1.32.2
  $ kubectl get events -A --field-selector involvedObject.kind=Node,involvedObject.name=tk8s-worker2
  NAMESPACE   LAST SEEN   TYPE     REASON               OBJECT              MESSAGE
  default     0s          Normal   NodeNotSchedulable   node/tk8s-worker2   Node tk8s-worker2 status is now: NodeNotSchedulable
delete takes a field selector too.
  $ kubectl run a --image=nginx
  pod/a created
  $ kubectl run b --image=nginx
  pod/b created
  $ sleep 10
  $ kubectl delete pods --field-selector metadata.name!=a,metadata.name!=goweb
  pod "b" deleted
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  a       1/1     Running   0          11s
  goweb   1/1     Running   0          95m
  $ kubectl delete pods --field-selector spec.nodeName=nowhere
  No resources found
