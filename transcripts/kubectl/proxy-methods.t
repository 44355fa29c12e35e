Other methods than GET through kubectl proxy on paths that hold no resources: go-restful serves
the API discovery below /apis/GROUP, /api, /version and OIDC discovery with routes registered
for GET alone, so a POST, PUT, PATCH or DELETE there is refused with 405, whatever the body.
The handlers outside go-restful (health checks, the path list, OpenAPI, the aggregator's /apis
and /apis/GROUP) do not look at the method and answer as for a GET. A path nothing serves
stays 404.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -si -X POST localhost:8001/version
  HTTP/1.1 405 Method Not Allowed
  Audit-Id: 232277c0-287e-45a3-81fc-48e0ebc54516
  Cache-Control: no-cache, private
  Content-Length: 229
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "the server does not allow this method on the requested resource",
    "reason": "MethodNotAllowed",
    "details": {},
    "code": 405
  } (no-eol)
  $ curl -s -X DELETE localhost:8001/api
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "the server does not allow this method on the requested resource",
    "reason": "MethodNotAllowed",
    "details": {},
    "code": 405
  } (no-eol)
  $ curl -s -X PUT -H 'Content-Type: application/json' -d '{}' localhost:8001/api/v1 -o /dev/null -w '%{http_code}\n'
  405
  $ curl -s -X PATCH localhost:8001/apis/apps/v1 -o /dev/null -w '%{http_code}\n'
  405
  $ curl -s -X POST localhost:8001/.well-known/openid-configuration -o /dev/null -w '%{http_code}\n'
  405
  $ curl -si -X POST -d 'x=1' localhost:8001/healthz
  HTTP/1.1 200 OK
  Audit-Id: e2deb262-05ca-4bfe-bc7d-9f3c3736cd14
  Cache-Control: no-cache, private
  Content-Length: 2
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Content-Type-Options: nosniff
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  ok (no-eol)
  $ curl -s -X DELETE localhost:8001/readyz/etcd
  ok (no-eol)
  $ curl -s -X POST localhost:8001/ | head -4
  {
    "paths": [
      "/.well-known/openid-configuration",
      "/api",
  $ curl -s -X POST localhost:8001/apis | head -4
  {
    "kind": "APIGroupList",
    "apiVersion": "v1",
    "groups": [
  $ curl -s -X PUT localhost:8001/apis/apps | head -4
  {
    "kind": "APIGroup",
    "apiVersion": "v1",
    "name": "apps",
  $ curl -s -X POST localhost:8001/openapi/v2 -o /dev/null -w '%{http_code}\n'
  200
  $ curl -s -X POST localhost:8001/nothing-here -o /dev/null -w '%{http_code}\n'
  404
  $ curl -s -X POST localhost:8001/apis/nothing.example.com/v1 -o /dev/null -w '%{http_code}\n'
  404
Under /api and /apis a resource path takes the methods its routes were registered for: a POST to
an object or a PATCH of a collection finds none, and go-restful's 405 names nothing in its details.
  $ curl -s -X POST -H 'Content-Type: application/json' -d '{}' localhost:8001/api/v1/namespaces/default/configmaps/kube-root-ca.crt
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "the server does not allow this method on the requested resource",
    "reason": "MethodNotAllowed",
    "details": {},
    "code": 405
  } (no-eol)
  $ curl -s -X PATCH -H 'Content-Type: application/merge-patch+json' -d '{}' localhost:8001/api/v1/namespaces/default/configmaps | grep -E '"(reason|details)"'
    "reason": "MethodNotAllowed",
    "details": {},
kubectl itself, pointed at the proxy with -s, writes through the same handlers.
  $ kubectl -s http://127.0.0.1:8001 create configmap via-proxy --from-literal=k=v --dry-run=server
  configmap/via-proxy created (server dry run)
  $ kubectl -s http://127.0.0.1:8001 create configmap via-proxy --from-literal=k=v
  configmap/via-proxy created
  $ kubectl -s http://127.0.0.1:8001 get cm via-proxy
  NAME        DATA   AGE
  via-proxy   1      0s
