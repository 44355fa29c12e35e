Manifests against a server whose certificate does not verify: each document's kind is looked up
through discovery as against a refused connection, the first lookup logging two failed requests;
apply validates, and its schema download fails the same way. Checked against kubectl.1.32.
  $ cat > two.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: a
  > ---
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: b
  > EOF
  $ kubectl get -f two.yaml --tls-server-name=foo
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  unable to recognize "two.yaml": Get "https://172.22.0.1:6443/api?timeout=32s": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ kubectl apply -f two.yaml --tls-server-name=foo
  error: error validating "two.yaml": error validating data: failed to download openapi: Get "https://172.22.0.1:6443/openapi/v2?timeout=32s": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo; if you choose to ignore these errors, turn validation off with --validate=false
  $ kubectl proxy --port=8001 --tls-server-name=foo &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -s localhost:8001/api
  E0423 07:25:00.000000   23100 proxy_server.go:147] Error while proxying request: tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
