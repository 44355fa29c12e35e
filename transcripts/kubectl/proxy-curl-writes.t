Writing through kubectl proxy with curl: -X sets the method word, -d (and --data-binary,
--data-raw, --json) sends a body and makes the request a POST. The apiserver creates from a
JSON or YAML body (201, unknown fields warned about in a Warning header), replaces with PUT,
patches with the patch media types (an apply patch needs ?fieldManager) and deletes; a form
body, which -d sends unless told otherwise, is refused with 415. Objects written are managed
by the client's name from its User-Agent, curl.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ cat > pod.json <<'EOF'
  > {
  >   "apiVersion": "v1",
  >   "kind": "Pod",
  >   "metadata": {"name": "web"},
  >   "spec": {"containers": [{"name": "web", "image": "nginx"}]}
  > }
  > EOF
  $ curl -s -X POST -d @pod.json http://localhost:8001/api/v1/namespaces/default/pods
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf",
    "reason": "UnsupportedMediaType",
    "code": 415
  } (no-eol)
  $ curl -s -X POST -H 'Content-Type: application/json' -d @pod.json http://localhost:8001/api/v1/namespaces/default/pods | head -12
  {
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
      "name": "web",
      "namespace": "default",
      "uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
      "resourceVersion": "165",
      "creationTimestamp": "2025-04-23T07:25:00Z",
      "managedFields": [
        {
          "manager": "curl",
  $ curl -s -H 'Content-Type: application/json' --data-binary @pod.json http://localhost:8001/api/v1/namespaces/default/pods
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"web\" already exists",
    "reason": "AlreadyExists",
    "details": {
      "name": "web",
      "kind": "pods"
    },
    "code": 409
  } (no-eol)
  $ kubectl get pods
  NAME    READY   STATUS              RESTARTS   AGE
  goweb   1/1     Running             0          95m
  web     0/1     ContainerCreating   0          0s
  $ curl -s -X PATCH -H 'Content-Type: application/merge-patch+json' -d '{"metadata":{"labels":{"tier":"front"}}}' http://localhost:8001/api/v1/namespaces/default/pods/web | grep -A3 '"labels"'
      "labels": {
        "tier": "front"
      },
      "managedFields": [
  $ curl -s -X PATCH -H 'Content-Type: application/json-patch+json' -d '[{"op":"add","path":"/metadata/annotations","value":{"note":"hi"}}]' localhost:8001/api/v1/namespaces/default/pods/web | grep -A2 annotations
      "annotations": {
        "note": "hi"
      },
  --
              "f:annotations": {
                ".": {},
                "f:note": {}
  $ curl -s -X PATCH -H 'Content-Type: application/strategic-merge-patch+json' --json '{"metadata":{"labels":{"tier":"back"}}}' localhost:8001/api/v1/namespaces/default/pods/web -o /dev/null -w '%{http_code}\n'
  200
  $ kubectl get pod web --show-labels
  NAME   READY   STATUS              RESTARTS   AGE   LABELS
  web    0/1     ContainerCreating   0          0s    tier=back
  $ curl -s -X PATCH -d '{"metadata":{"labels":{"a":"b"}}}' localhost:8001/api/v1/namespaces/default/pods/web
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml",
    "reason": "UnsupportedMediaType",
    "code": 415
  } (no-eol)
  $ curl -s -X PATCH -H 'Content-Type: application/apply-patch+yaml' --data-binary @pod.json localhost:8001/api/v1/namespaces/default/pods/web
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
    "reason": "Invalid",
    "details": {
      "group": "meta.k8s.io",
      "kind": "PatchOptions",
      "causes": [
        {
          "reason": "FieldValueRequired",
          "message": "Required value: is required for apply patch",
          "field": "fieldManager"
        }
      ]
    },
    "code": 422
  } (no-eol)
  $ curl -s -X DELETE localhost:8001/api/v1/namespaces/default/pods/web | head -5
  {
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
      "name": "web",
  $ curl -s -X DELETE localhost:8001/api/v1/namespaces/default/pods/missing
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"missing\" not found",
    "reason": "NotFound",
    "details": {
      "name": "missing",
      "kind": "pods"
    },
    "code": 404
  } (no-eol)
  $ kill %1
  $ kubectl proxy &
  [2] 2483
  Starting to serve on 127.0.0.1:8001
  [1]   Terminated              kubectl proxy
  $ curl -si -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"notes"},"bogus":1}' localhost:8001/api/v1/namespaces/default/configmaps | head -12
  HTTP/1.1 201 Created
  Audit-Id: 232277c0-287e-45a3-81fc-48e0ebc54516
  Cache-Control: no-cache, private
  Content-Length: 246
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Warning: 299 - "unknown field \"bogus\""
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  {
    "kind": "ConfigMap",
  $ curl -s -X PUT -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"notes"},"data":{"a":"1"}}' localhost:8001/api/v1/namespaces/default/configmaps/notes | grep -A2 '"data"'
    "data": {
      "a": "1"
    }
  $ curl -s -X PUT -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"other"}}' localhost:8001/api/v1/namespaces/default/configmaps/notes | grep message
    "message": "the name of the object (other) does not match the name on the URL (notes)",
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\n' > cm.yaml
  $ curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/yaml' --data-binary @cm.yaml localhost:8001/api/v1/namespaces/default/configmaps
  201
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\ndata:\n  k: v\n' | curl -si -X PATCH -H 'Content-Type: application/apply-patch+yaml' --data-binary @- 'localhost:8001/api/v1/namespaces/default/configmaps/applied?fieldManager=learner' | grep -E '^HTTP|"(manager|operation)"'
  HTTP/1.1 201 Created
          "manager": "learner",
          "operation": "Apply",
  $ kubectl get cm
  NAME               DATA   AGE
  applied            1      0s
  from-yaml          0      0s
  kube-root-ca.crt   1      46h
  notes              1      0s
