kubectl get's human-readable output asks the apiserver for a Table (meta.k8s.io/v1), and -v=8
logs it as the apiserver writes it, as kubectl 1.32 does (checked against kubectl.1.32 and a
loopback API server): the resource version of the object or of the list, each column's
definition (name, type, format, description and priority, as printers.go defines them; where
printers.go quotes a field's documentation the description is the published schema's), and
each row's cells with the object's PartialObjectMetadata; a finished pod's row is marked
Completed. With --sort-by kubectl asks for whole objects (includeObject=Object) and reads the
list in one request. At -v=8 a body is cut after 1024 bytes; -v=10 logs it whole.
  $ kubectl get ns kube-public -v=10 2>&1 | grep -A2 'Response Body'
  I0423 07:25:00.004700   23100 helper.go:105] "Response Body" body=<
  	{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"3"},"columnDefinitions":[{"name":"Name","type":"string","format":"name","description":"The object's name, unique within its namespace for this kind. Usually required when creating; it cannot be changed later.","priority":0},{"name":"Status","type":"string","format":"","description":"The status of the namespace","priority":0},{"name":"Age","type":"string","format":"","description":"When the server created the object, in RFC 3339 form, UTC. Set by the server; clients cannot set it.","priority":0}],"rows":[{"cells":["kube-public","Active","46h"],"object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":{"name":"kube-public","uid":"f96c8f07-5de6-4e9b-9ab8-43cbcb30884b","resourceVersion":"3","creationTimestamp":"2025-04-21T09:00:05Z","labels":{"kubernetes.io/metadata.name":"kube-public"},"managedFields":[{"manager":"kube-apiserver","operation":"Update","apiVersion":"v1","time":"2025-04-21T09:00:05Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{".":{},"f:kubernetes.io/metadata.name":{}}},"f:spec":{"f:finalizers":{}}}}]}}}]}
   >
  $ kubectl get pods -n kube-system -v=8 2>&1 | grep 'Response Body' | cut -c1-300
  I0423 07:25:00.004700   23100 helper.go:113] "Response Body" body="{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/v1\",\"metadata\":{\"resourceVersion\":\"164\"},\"columnDefinitions\":[{\"name\":\"Name\",\"type\":\"string\",\"format\":\"name\",\"description\":\"The object's name, unique within its
  $ kubectl get pods -n kube-system -v=8 2>&1 | grep -o '\[truncated [0-9]* chars\]'
  [truncated 45039 chars]
  $ kubectl get pods -n kube-system --sort-by=.metadata.name -v=6 2>&1 | grep 'GET '
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/kube-system/pods?includeObject=Object 200 OK in 3 milliseconds
  $ kubectl get pods -n kube-system --sort-by=.metadata.name -v=10 2>&1 | grep -A1 'Response Body' | grep -o '"object":{"kind":"[A-Za-z]*"' | sort | uniq -c
       14 "object":{"kind":"Pod"
  $ kubectl get clusterrolebinding cluster-admin -v=10 2>&1 | grep -A1 'Response Body' | grep -o '"columnDefinitions":.*"rows"'
  "columnDefinitions":[{"name":"Name","type":"string","format":"name","description":"The object's name, unique within its namespace for this kind. Usually required when creating; it cannot be changed later.","priority":0},{"name":"Role","type":"string","format":"","description":"The ClusterRole granted. Cannot change.","priority":0},{"name":"Age","type":"string","format":"","description":"When the server created the object, in RFC 3339 form, UTC. Set by the server; clients cannot set it.","priority":0},{"name":"Users","type":"string","format":"","description":"Users in the clusterRoleBinding","priority":1},{"name":"Groups","type":"string","format":"","description":"Groups in the clusterRoleBinding","priority":1},{"name":"ServiceAccounts","type":"string","format":"","description":"ServiceAccounts in the clusterRoleBinding","priority":1}],"rows"
  $ kubectl get clusterrole admin -v=10 2>&1 | grep -A1 'Response Body' | grep -o '"columnDefinitions":.*"rows"'
  "columnDefinitions":[{"name":"Name","type":"string","format":"name","description":"The object's name, unique within its namespace for this kind. Usually required when creating; it cannot be changed later.","priority":0},{"name":"Created At","type":"date","format":"","description":"When the server created the object, in RFC 3339 form, UTC. Set by the server; clients cannot set it.","priority":0}],"rows"
  $ kubectl run once --image=busybox --restart=Never -- true
  pod/once created
  $ sleep 30
  $ kubectl get pod once -v=10 2>&1 | grep -A1 'Response Body' | grep -o '"conditions":[^]]*]'
  "conditions":[{"type":"Completed","status":"True","reason":"Succeeded","message":"The pod has completed successfully."}]
