Manifests against a server that refuses. apply, create and replace validate each file against the
OpenAPI schema they download first, so each file fails there, once, whatever it holds. Without
validation (replace --force deletes first, reading the files unvalidated), and for the verbs
that never validate, each document's kind is looked up through discovery: one failed request
logged and one "unable to recognize" error a document. One error alone is printed as kubectl
prints any error, several one a line; get's table printer and describe print even one bare
(get's other printers do not), scale gives each distinct one as the reason no objects were
passed, and diff stops at its first (exit 2). --local never asks the server.
  $ cat > web.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels: {app: web}
  >   template:
  >     metadata:
  >       labels: {app: web}
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  > EOF
  $ cat > two.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: a
  > ---
  > apiVersion: v1
  > kind: Namespace
  > metadata:
  >   name: b
  > EOF
  $ mkdir app && cp web.yaml two.yaml app/
  $ sudo podman stop tk8s-control-plane
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-control-plane in 10 seconds, resorting to SIGKILL
  tk8s-control-plane
  $ kubectl apply -f web.yaml
  error: error validating "web.yaml": error validating data: failed to download openapi: Get "https://172.22.0.1:6443/openapi/v2?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  $ echo $?
  1
  $ kubectl create -f two.yaml
  error: error validating "two.yaml": error validating data: failed to download openapi: Get "https://172.22.0.1:6443/openapi/v2?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  $ kubectl replace -f web.yaml
  error: error validating "web.yaml": error validating data: failed to download openapi: Get "https://172.22.0.1:6443/openapi/v2?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  $ kubectl replace -f web.yaml --force
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl apply -f app
  error validating "app/two.yaml": error validating data: failed to download openapi: Get "https://172.22.0.1:6443/openapi/v2?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  error validating "app/web.yaml": error validating data: failed to download openapi: Get "https://172.22.0.1:6443/openapi/v2?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  $ kubectl apply -f web.yaml --dry-run=server --validate=warn
  error: error validating "web.yaml": error validating data: failed to download openapi: Get "https://172.22.0.1:6443/openapi/v2?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  $ kubectl apply -f web.yaml --validate=false
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl apply -f app --validate=false
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.002800   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  unable to recognize "app/two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  unable to recognize "app/two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  unable to recognize "app/web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ cat two.yaml | kubectl create -f - --validate=false
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  unable to recognize "STDIN": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  unable to recognize "STDIN": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl get -f web.yaml
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl get -f web.yaml -o name
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl get -f two.yaml
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl describe -f web.yaml
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl delete -f web.yaml
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl delete -f app
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.002800   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  unable to recognize "app/two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  unable to recognize "app/two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  unable to recognize "app/web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl label -f two.yaml tier=db
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl scale -f web.yaml --replicas=3
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: no objects passed to scale unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl scale -f two.yaml --replicas=3
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: no objects passed to scale unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ kubectl scale -f web.yaml -f two.yaml --replicas=3
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.002800   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: no objects passed to scale [unable to recognize "web.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused, unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused]
  $ kubectl diff -f two.yaml -f web.yaml
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:10.001400   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
  $ echo $?
  2
  $ kubectl set image -f web.yaml web=nginx:1.27 --local -o name
  deployment.apps/web
  $ kubectl apply -f nosuch.yaml
  error: the path "nosuch.yaml" does not exist
  $ KUBECONFIG=/dev/null kubectl apply -f web.yaml
  error: error validating "web.yaml": error validating data: failed to download openapi: Get "http://localhost:8080/openapi/v2?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false
  $ KUBECONFIG=/dev/null kubectl get -f web.yaml
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  unable to recognize "web.yaml": Get "http://localhost:8080/api?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused

Once the apiserver answers again, the same files apply.
  $ sudo podman start tk8s-control-plane
  tk8s-control-plane
  $ sleep 5
  $ kubectl apply -f app
  configmap/a created
  namespace/b created
  deployment.apps/web created
  $ kubectl get -f web.yaml
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    0/1     1            0           0s
