kubectl's -v=8, -v=9 and -v=10 add to -v=7's lines what client-go logs of each round trip, as
kubectl 1.32 does (checked against kubectl.1.32 and a loopback API server): the request's body
where its REST client sent it (empty for a GET; a delete's options), the response's headers as
the apiserver sets them (the audit ID, the flow schema and priority level that API Priority and
Fairness picked, the date, and the length of a body the HTTP/2 server sent in one piece), and
the response's body as the serializer wrote it, cut after 1024 bytes at -v=8 and 10240 at -v=9.
A write logs what it sent and what the apiserver answered: apply's create (the object with its
last-applied annotation) and patch, and run's pod as its typed client writes it. apply first
reads the OpenAPI v3 index, whose URLs carry each document's hash, the same in every run.
At -v=9 a curl command and the connection's timings stand in for the request's headers; the
first request dials, later ones reuse the connection.
  $ kubectl get pod nope -v=8
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 helper.go:105] "Request Body" body=""
  I0423 07:25:00.000600   23100 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/nope
  I0423 07:25:00.000700   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000800   23100 round_trippers.go:480]     Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json
  I0423 07:25:00.000900   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003900   23100 round_trippers.go:581] Response Status: 404 Not Found in 3 milliseconds
  I0423 07:25:00.004000   23100 round_trippers.go:584] Response Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:587]     Audit-Id: edc4fb9f-94a7-4a5c-a488-f88265a956ab
  I0423 07:25:00.004200   23100 round_trippers.go:587]     Cache-Control: no-cache, private
  I0423 07:25:00.004300   23100 round_trippers.go:587]     Content-Length: 176
  I0423 07:25:00.004400   23100 round_trippers.go:587]     Content-Type: application/json
  I0423 07:25:00.004500   23100 round_trippers.go:587]     Date: Wed, 23 Apr 2025 07:25:00 GMT
  I0423 07:25:00.004600   23100 round_trippers.go:587]     X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  I0423 07:25:00.004700   23100 round_trippers.go:587]     X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  I0423 07:25:00.004800   23100 helper.go:105] "Response Body" body=<
  	{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"nope\" not found","reason":"NotFound","details":{"name":"nope","kind":"pods"},"code":404}
   >
  I0423 07:25:00.004900   23100 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"nope\" not found",
    "reason": "NotFound",
    "details": {
      "name": "nope",
      "kind": "pods"
    },
    "code": 404
  }]
  Error from server (NotFound): pods "nope" not found
  $ kubectl get pod goweb -o name -v=8 2>&1 | cut -c1-220
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 helper.go:105] "Request Body" body=""
  I0423 07:25:00.000600   23100 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb
  I0423 07:25:00.000700   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000800   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.000900   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003900   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.004000   23100 round_trippers.go:584] Response Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:587]     Audit-Id: 1e6d84c3-891b-4cd0-b267-cb6350961d7b
  I0423 07:25:00.004200   23100 round_trippers.go:587]     Cache-Control: no-cache, private
  I0423 07:25:00.004300   23100 round_trippers.go:587]     Content-Type: application/json
  I0423 07:25:00.004400   23100 round_trippers.go:587]     Date: Wed, 23 Apr 2025 07:25:00 GMT
  I0423 07:25:00.004500   23100 round_trippers.go:587]     X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  I0423 07:25:00.004600   23100 round_trippers.go:587]     X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  I0423 07:25:00.004700   23100 helper.go:105] "Response Body" body="{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"goweb\",\"namespace\":\"default\",\"uid\":\"24fbb503-1a1f-4923-9620-66a21ff6bd80\",\"res
  pod/goweb
  $ kubectl get pod goweb -o name -v=9 2>&1 | cut -c1-220
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 helper.go:105] "Request Body" body=""
  I0423 07:25:00.000600   23100 round_trippers.go:473] curl -v -XGET  -H "Accept: application/json" -H "User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0" 'https://172.22.0.1:6443/api/v1/namespaces/default/pods/
  I0423 07:25:00.000700   23100 round_trippers.go:517] HTTP Trace: Dial to tcp:172.22.0.1:6443 succeed
  I0423 07:25:00.003700   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:00.003800   23100 round_trippers.go:577] HTTP Statistics: DNSLookup 0 ms Dial 0 ms TLSHandshake 1 ms ServerProcessing 1 ms Duration 3 ms
  I0423 07:25:00.003900   23100 round_trippers.go:584] Response Headers:
  I0423 07:25:00.004000   23100 round_trippers.go:587]     Audit-Id: 5de631af-3c44-4de5-bee1-979acf16c279
  I0423 07:25:00.004100   23100 round_trippers.go:587]     Cache-Control: no-cache, private
  I0423 07:25:00.004200   23100 round_trippers.go:587]     Content-Type: application/json
  I0423 07:25:00.004300   23100 round_trippers.go:587]     Date: Wed, 23 Apr 2025 07:25:00 GMT
  I0423 07:25:00.004400   23100 round_trippers.go:587]     X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  I0423 07:25:00.004500   23100 round_trippers.go:587]     X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  I0423 07:25:00.004600   23100 helper.go:105] "Response Body" body=<
  	{"kind":"Pod","apiVersion":"v1","metadata":{"name":"goweb","namespace":"default","uid":"24fbb503-1a1f-4923-9620-66a21ff6bd80","resourceVersion":"87","creationTimestamp":"2025-04-23T05:49:37Z","labels":{"run":"goweb"},"m
   >
  pod/goweb
  $ kubectl delete pod goweb --wait=false -v=8 2>&1 | cut -c1-220
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 helper.go:202] "Request Body" body=<
  	{"propagationPolicy":"Background"}
   >
  I0423 07:25:00.000600   23100 round_trippers.go:470] DELETE https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb
  I0423 07:25:00.000700   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000800   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.000900   23100 round_trippers.go:480]     Content-Type: application/json
  I0423 07:25:00.001000   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.004000   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.004100   23100 round_trippers.go:584] Response Headers:
  I0423 07:25:00.004200   23100 round_trippers.go:587]     Audit-Id: 6d24a4d1-e11c-4821-b780-05723b0fe7d1
  I0423 07:25:00.004300   23100 round_trippers.go:587]     Cache-Control: no-cache, private
  I0423 07:25:00.004400   23100 round_trippers.go:587]     Content-Type: application/json
  I0423 07:25:00.004500   23100 round_trippers.go:587]     Date: Wed, 23 Apr 2025 07:25:00 GMT
  I0423 07:25:00.004600   23100 round_trippers.go:587]     X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  I0423 07:25:00.004700   23100 round_trippers.go:587]     X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  I0423 07:25:00.004800   23100 helper.go:202] "Response Body" body="{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"goweb\",\"namespace\":\"default\",\"uid\":\"24fbb503-1a1f-4923-9620-66a21ff6bd80\",\"res
  pod "goweb" deleted
  $ kubectl get ns kube-public -o name -v=10 2>&1 | tail -4
  I0423 07:25:00.004700   23100 helper.go:105] "Response Body" body=<
  	{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"kube-public","uid":"f96c8f07-5de6-4e9b-9ab8-43cbcb30884b","resourceVersion":"3","creationTimestamp":"2025-04-21T09:00:05Z","labels":{"kubernetes.io/metadata.name":"kube-public"},"managedFields":[{"manager":"kube-apiserver","operation":"Update","apiVersion":"v1","time":"2025-04-21T09:00:05Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{".":{},"f:kubernetes.io/metadata.name":{}}},"f:spec":{"f:finalizers":{}}}}]},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}}
   >
  namespace/kube-public
  $ cat > cm.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: fromfile
  > data:
  >   k: "<v>"
  > EOF
  $ kubectl apply -f cm.yaml -v=8 2>&1 | grep -A1 ' Body' | cut -c1-240
  I0423 07:25:00.000500   23100 client.go:46] "Request Body" body=""
  I0423 07:25:00.000600   23100 round_trippers.go:470] GET https://172.22.0.1:6443/openapi/v3?timeout=32s
  --
  I0423 07:25:00.004700   23100 client.go:46] "Response Body" body="{\"paths\":{\"api\":{\"serverRelativeURL\":\"/openapi/v3/api?hash=6AC0BE7F09B7AE0B98EF5B4A6CE39C8312BAC933DDBFEC9DC95FCBBE228F4535AB3C9BC4E8E3F945ABC6BADD5CB5269ABFF75B7C4859
  I0423 07:25:00.004800   23100 groupversion.go:75] "Request Body" body=""
  I0423 07:25:00.004900   23100 round_trippers.go:470] GET https://172.22.0.1:6443/openapi/v3/api/v1?hash=EBE8A5D0AFD0C2963D10EF93A4B16101B510C5C3A604E24BD2FCAC6E0B1690B13912419385E6FF4FC8718AAB96658EFF74F1CF34A4652D391A3F952AF46D5905&timeout
  --
  I0423 07:25:00.009000   23100 groupversion.go:75] "Response Body" body="{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"Kubernetes\",\"version\":\"v1.32.2\"},\"paths\":{\"/api/v1/componentstatuses\":{\"get\":{\"tags\":[\"core_v1\"],\"descripti
  I0423 07:25:00.009100   23100 helper.go:105] "Request Body" body=""
  I0423 07:25:00.009200   23100 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/configmaps/fromfile
  --
  I0423 07:25:00.013400   23100 helper.go:105] "Response Body" body=<
  	{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \"fromfile\" not found","reason":"NotFound","details":{"name":"fromfile","kind":"configmaps"},"code":404}
  --
  I0423 07:25:00.013500   23100 helper.go:246] "Request Body" body=<
  	{"apiVersion":"v1","data":{"k":"\u003cv\u003e"},"kind":"ConfigMap","metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"v1\",\"data\":{\"k\":\"\\u003cv\\u003e\"},\"kind\":\"ConfigMap\",\"metadata
  --
  I0423 07:25:00.017900   23100 helper.go:246] "Response Body" body=<
  	{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"fromfile","namespace":"default","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32","resourceVersion":"167","creationTimestamp":"2025-04-23T07:25:00Z","annotations":{"kubectl.kubernetes.io
  $ sed -i 's/<v>/<w>/' cm.yaml
  $ kubectl apply -f cm.yaml -v=8 2>&1 | grep -A1 ' Body' | cut -c1-240
  I0423 07:25:00.000500   23100 client.go:46] "Request Body" body=""
  I0423 07:25:00.000600   23100 round_trippers.go:470] GET https://172.22.0.1:6443/openapi/v3?timeout=32s
  --
  I0423 07:25:00.004700   23100 client.go:46] "Response Body" body="{\"paths\":{\"api\":{\"serverRelativeURL\":\"/openapi/v3/api?hash=6AC0BE7F09B7AE0B98EF5B4A6CE39C8312BAC933DDBFEC9DC95FCBBE228F4535AB3C9BC4E8E3F945ABC6BADD5CB5269ABFF75B7C4859
  I0423 07:25:00.004800   23100 groupversion.go:75] "Request Body" body=""
  I0423 07:25:00.004900   23100 round_trippers.go:470] GET https://172.22.0.1:6443/openapi/v3/api/v1?hash=EBE8A5D0AFD0C2963D10EF93A4B16101B510C5C3A604E24BD2FCAC6E0B1690B13912419385E6FF4FC8718AAB96658EFF74F1CF34A4652D391A3F952AF46D5905&timeout
  --
  I0423 07:25:00.009000   23100 groupversion.go:75] "Response Body" body="{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"Kubernetes\",\"version\":\"v1.32.2\"},\"paths\":{\"/api/v1/componentstatuses\":{\"get\":{\"tags\":[\"core_v1\"],\"descripti
  I0423 07:25:00.009100   23100 helper.go:105] "Request Body" body=""
  I0423 07:25:00.009200   23100 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/configmaps/fromfile
  --
  I0423 07:25:00.013400   23100 helper.go:105] "Response Body" body=<
  	{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"fromfile","namespace":"default","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32","resourceVersion":"167","creationTimestamp":"2025-04-23T07:25:00Z","annotations":{"kubectl.kubernetes.io
  --
  I0423 07:25:00.013500   23100 helper.go:269] "Request Body" body="{\"data\":{\"k\":\"\\u003cw\\u003e\"},\"metadata\":{\"annotations\":{\"kubectl.kubernetes.io/last-applied-configuration\":\"{\\\"apiVersion\\\":\\\"v1\\\",\\\"data\\\":{\\\"k
  I0423 07:25:00.013600   23100 round_trippers.go:470] PATCH https://172.22.0.1:6443/api/v1/namespaces/default/configmaps/fromfile?fieldManager=kubectl-client-side-apply&fieldValidation=Strict
  --
  I0423 07:25:00.017900   23100 helper.go:269] "Response Body" body=<
  	{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"fromfile","namespace":"default","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32","resourceVersion":"168","creationTimestamp":"2025-04-23T07:25:00Z","annotations":{"kubectl.kubernetes.io
  $ kubectl run web --image=nginx -v=8 2>&1 | grep -A1 'helper.go.* Body' | cut -c1-240
  I0423 07:25:00.000500   23100 helper.go:246] "Request Body" body=<
  	{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","creationTimestamp":null,"labels":{"run":"web"}},"spec":{"containers":[{"name":"web","image":"nginx","resources":{}}],"restartPolicy":"Always","dnsPolicy":"ClusterFirst"},"status":{}
  --
  I0423 07:25:00.004900   23100 helper.go:246] "Response Body" body="{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"uid\":\"0485a1f7-4031-4f02-bfdf-a959b47888af\",\"resourceVersion\":\"169\"
  pod/web created
