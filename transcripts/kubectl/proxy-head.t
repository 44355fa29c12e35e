HEAD requests through kubectl proxy (curl -I, curl --head): the headers the apiserver sends for
a GET, and no body. The handlers outside go-restful (health checks, OpenAPI, the path list)
answer HEAD as they answer GET; go-restful's routes (resources, discovery below a group,
/version, OIDC discovery) are registered for GET alone, so a HEAD there is refused with 405,
whether or not the object exists. A path no route serves stays 404.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -I localhost:8001/healthz
  HTTP/1.1 200 OK
  Audit-Id: 232277c0-287e-45a3-81fc-48e0ebc54516
  Cache-Control: no-cache, private
  Content-Length: 2
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Content-Type-Options: nosniff
  X-Kubernetes-Pf-Flowschema-Uid: 36f83155-06ea-4807-9cff-ea0bce1c46b0
  X-Kubernetes-Pf-Prioritylevel-Uid: 00a0e546-f5ec-4773-b4a8-97d2619518c9
  
  $ curl --head localhost:8001/readyz/etcd
  HTTP/1.1 200 OK
  Audit-Id: 3cc0c974-d0a0-44dc-83d4-74abdf0b1cbd
  Cache-Control: no-cache, private
  Content-Length: 2
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Content-Type-Options: nosniff
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  $ curl -I localhost:8001/
  HTTP/1.1 200 OK
  Audit-Id: dc5b07a0-8918-498a-a945-3e105db7f22a
  Cache-Control: no-cache, private
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  $ curl -I localhost:8001/api/v1/namespaces
  HTTP/1.1 405 Method Not Allowed
  Audit-Id: 37e62815-9f61-4a8f-b0ad-2b51325fde3f
  Cache-Control: no-cache, private
  Content-Length: 229
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  $ curl --head localhost:8001/api/v1/namespaces/default/pods/missing
  HTTP/1.1 405 Method Not Allowed
  Audit-Id: be8f36f1-e355-44ff-96cb-a929ba16833d
  Cache-Control: no-cache, private
  Content-Length: 229
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  $ curl -I localhost:8001/api/v1/nosuchthings
  HTTP/1.1 404 Not Found
  Audit-Id: e2deb262-05ca-4bfe-bc7d-9f3c3736cd14
  Cache-Control: no-cache, private
  Content-Length: 206
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  $ curl -I localhost:8001/version
  HTTP/1.1 405 Method Not Allowed
  Audit-Id: 0a9eb3fd-5449-4a56-93a8-5f42ae4cc872
  Cache-Control: no-cache, private
  Content-Length: 229
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  $ curl -I localhost:8001/.well-known/openid-configuration
  HTTP/1.1 405 Method Not Allowed
  Audit-Id: ccebda42-4631-40cf-8a58-a296259fab4b
  Cache-Control: no-cache, private
  Content-Length: 229
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  $ curl -s -o /dev/null -w '%{http_code}\n' -I localhost:8001/apis/apps/v1
  405
HEAD through a proxy subresource reaches the target, whose headers come back without a body.
  $ kubectl create deployment web --image=nginx --port=80
  deployment.apps/web created
  $ sleep 30
  $ curl -I localhost:8001/api/v1/namespaces/default/pods/$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')/proxy/
  HTTP/1.1 200 OK
  Accept-Ranges: bytes
  Audit-Id: a730af58-5bf3-4fe8-aad8-479dba9042ad
  Cache-Control: no-cache, private
  Content-Type: text/html
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  Etag: "67ffa8c7-267"
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Server: nginx/1.27.5
  
  $ curl -I localhost:8001/api/v1/nodes/tk8s-worker1/proxy/healthz
  HTTP/1.1 200 OK
  Audit-Id: 535120a4-bde9-4862-b58a-550d63384032
  Cache-Control: no-cache, private
  Content-Length: 2
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  X-Content-Type-Options: nosniff
  
A non-resource HEAD is authorized as RBAC's head verb on the path, which the discovery roles
do not grant: a proxy that impersonates jane may GET /healthz but not HEAD it.
  $ kubectl auth can-i head /healthz --as=jane
  no
  $ kubectl auth can-i get /healthz --as=jane
  yes
  $ kubectl proxy --as=jane -p 8002 &
  [2] 2483
  Starting to serve on 127.0.0.1:8002
  $ curl -s localhost:8002/healthz; echo
  ok
  $ curl -I localhost:8002/healthz
  HTTP/1.1 403 Forbidden
  Audit-Id: a3e63028-9fae-4958-a10c-0ca53fdb1c91
  Cache-Control: no-cache, private
  Content-Length: 213
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 36f83155-06ea-4807-9cff-ea0bce1c46b0
  X-Kubernetes-Pf-Prioritylevel-Uid: 00a0e546-f5ec-4773-b4a8-97d2619518c9
  
