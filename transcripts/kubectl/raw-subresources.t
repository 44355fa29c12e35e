kubectl create --raw posts to a pod's subresources as a scheduler or kubectl drain would. An
Eviction deletes the pod when its PodDisruptionBudget allows one more disruption and is
refused with 429 when it does not; the answer to a write the storage completes is a Success
Status coded 201. A Binding places a pod its scheduler has not placed (one that names another
scheduler stays Pending) and is refused once the pod has a node. Subresources that only read
refuse a POST; exec and attach need a connection upgrade; a path no subresource has is not found.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 30
  $ kubectl create pdb web --selector=app=web --min-available=2
  poddisruptionbudget.policy/web created
  $ sleep 5
  $ P=$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
  $ echo '{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"'$P'"}}' > evict.json
  $ kubectl create --raw /api/v1/namespaces/default/pods/$P/eviction -f evict.json
  Error from server (TooManyRequests): Cannot evict pod as it would violate the pod's disruption budget.
  $ echo '{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"other"}}' | kubectl create --raw /api/v1/namespaces/default/pods/$P/eviction -f -
  Error from server (BadRequest): name in URL does not match name in Eviction object
  $ kubectl delete pdb web
  poddisruptionbudget.policy "web" deleted
  $ kubectl create --raw /api/v1/namespaces/default/pods/$P/eviction -f evict.json; echo
  {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}
  
  $ kubectl get pods -l app=web
  NAME                   READY   STATUS              RESTARTS   AGE
  web-65d846d465-c89zj   1/1     Terminating         0          35s
  web-65d846d465-c9dcc   1/1     Running             0          35s
  web-65d846d465-m6jdk   0/1     ContainerCreating   0          0s
  $ kubectl create --raw /api/v1/namespaces/default/pods/$P/log -f evict.json
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl create --raw /api/v1/namespaces/default/pods/$P/foo -f evict.json
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl create --raw /api/v1/namespaces/default/pods/$P/exec -f evict.json
  Error from server (BadRequest): Upgrade request required
  $ kubectl create --raw /api/v1/namespaces/default/pods/nothere/exec -f evict.json
  Error from server (NotFound): pods "nothere" not found
  $ kubectl run manual --image=nginx --overrides='{"spec":{"schedulerName":"my-scheduler"}}'
  pod/manual created
  $ sleep 5
  $ kubectl get pod manual
  NAME     READY   STATUS    RESTARTS   AGE
  manual   0/1     Pending   0          5s
  $ cat > bind.json <<'EOF'
  > {"apiVersion":"v1","kind":"Binding","metadata":{"name":"manual","annotations":{"placed-by":"hand"}},"target":{"name":"tk8s-worker1"}}
  > EOF
  $ kubectl create --raw /api/v1/namespaces/default/pods/manual/binding -f bind.json; echo
  {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}
  
  $ kubectl create --raw /api/v1/namespaces/default/pods/manual/binding -f bind.json
  Error from server (Conflict): Operation cannot be fulfilled on pods/binding "manual": pod manual is already assigned to node "tk8s-worker1"
  $ echo '{"apiVersion":"v1","kind":"Binding","metadata":{"name":"manual"},"target":{"kind":"Pod"}}' | kubectl create --raw /api/v1/namespaces/default/pods/manual/binding -f -
  Error from server: [target.kind: Unsupported value: "Pod": supported values: "Node", "<empty>", target.name: Required value]
  $ sleep 10
  $ kubectl get pod manual -o wide
  NAME     READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  manual   1/1     Running   0          15s   10.244.0.143   tk8s-worker1   <none>           <none>
  $ kubectl get pod manual -o jsonpath='{.metadata.annotations}{"\n"}{.status.conditions[?(@.type=="PodScheduled")]}{"\n"}'
  {"placed-by":"hand"}
  {"lastProbeTime":null,"lastTransitionTime":"2025-04-23T07:25:40Z","status":"True","type":"PodScheduled"}
kubectl delete --raw of a collection deletes every object in it (deletecollection) and answers
with the list as it was read before the deletes; where a resource is listed across namespaces,
or a resource has no deletecollection (namespaces), DELETE is not allowed.
  $ kubectl delete --raw /api/v1/namespaces/default/pods | jq -c '.kind, .metadata, [.items[] | [.metadata.name, .metadata.deletionTimestamp]]'
  "PodList"
  {"resourceVersion":"222"}
  [["goweb",null],["manual",null],["web-65d846d465-c9dcc",null],["web-65d846d465-m6jdk",null]]
  $ kubectl get pods
  NAME                   READY   STATUS              RESTARTS   AGE
  goweb                  1/1     Terminating         0          96m
  manual                 1/1     Terminating         0          15s
  web-65d846d465-c9dcc   1/1     Terminating         0          50s
  web-65d846d465-m6jdk   1/1     Terminating         0          15s
  web-65d846d465-ml699   0/1     ContainerCreating   0          0s
  web-65d846d465-qfbz6   0/1     ContainerCreating   0          0s
  $ kubectl delete --raw /api/v1/pods
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl delete --raw /api/v1/namespaces
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl create cm a --from-literal=k=v
  configmap/a created
  $ kubectl delete --raw /api/v1/namespaces/default/configmaps | jq -r '.items[].metadata.name'
  a
  kube-root-ca.crt
  $ kubectl get cm
  NAME               DATA   AGE
  kube-root-ca.crt   1      0s
