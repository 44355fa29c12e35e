kubectl checks the apiserver's certificate as Go's TLS client does: first the name it asked for
(--tls-server-name, else the cluster's tls-server-name, else the server URL's host), then a chain
to a root it trusts (the cluster's certificate-authority-data or file). kubeadm made the
certificate for the control plane node's name, the kubernetes Service's in-cluster names and, for
IP addresses, the Service's cluster IP and the advertise address; names compare without regard to
ASCII case or a final dot. A failed handshake reads like a refused connection, worded as Go
words it, with one more discovery attempt logged; CA data holding no certificate stops the
client before it connects. --insecure-skip-tls-verify checks nothing. Checked against kubectl.1.32
and a TLS server with such a certificate.
  $ kubectl get nodes --tls-server-name=foo
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.007000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  Unable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ kubectl get nodes -o name --tls-server-name=KUBERNETES.default.svc.tk8s.k8s.
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
  $ kubectl get nodes -o name --tls-server-name=tk8s-control-plane
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
  $ kubectl get nodes -o name --tls-server-name=10.98.0.1
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
  $ kubectl get nodes --tls-server-name=10.0.0.1
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1"
  E0423 07:25:00.007000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1"
  Unable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1
  $ kubectl get nodes -o name --tls-server-name=foo --insecure-skip-tls-verify
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
  $ kubectl get pods,svc --tls-server-name=foo
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.007000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.008400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  Unable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ kubectl version --tls-server-name=foo
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  Unable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ kubectl api-versions --tls-server-name=foo
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  error: couldn't get available api versions from server: Get "https://172.22.0.1:6443/api?timeout=32s": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ kubectl create deployment web --image=nginx --tls-server-name=foo
  error: failed to create deployment: Post "https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?fieldManager=kubectl-create&fieldValidation=Strict": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ kubectl get --raw /healthz --tls-server-name=foo
  Unable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ echo garbage > /tmp/bad.crt
  $ kubectl get nodes --certificate-authority=/tmp/bad.crt
  error: unable to load root certificates: unable to parse bytes as PEM block
  $ kubectl version --certificate-authority=/tmp/bad.crt
  error: unable to load root certificates: unable to parse bytes as PEM block
  $ kubectl config view --raw -o jsonpath='{.clusters[0].cluster.certificate-authority-data}' | base64 -d > /tmp/ca.crt
  $ kubectl get nodes -o name --certificate-authority=/tmp/ca.crt
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
  $ kubectl config set-cluster tk8s --tls-server-name=foo
  Cluster "tk8s" set.
  $ kubectl get nodes -o name
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  E0423 07:25:00.007000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo"
  Unable to connect to the server: tls: failed to verify certificate: x509: certificate is valid for tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s, not foo
  $ kubectl get nodes -o name --tls-server-name=kubernetes
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
  $ kubectl config set-cluster tk8s --tls-server-name=kubernetes
  Cluster "tk8s" set.
  $ kubectl get nodes -o name
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
  $ kubectl config set-cluster plain --server=https://172.22.0.1:6443
  Cluster "plain" set.
  $ kubectl config set-context plain --cluster=plain --user=kubernetes-admin
  Context "plain" created.
  $ kubectl get nodes --context=plain
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
  E0423 07:25:00.007000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
  Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority
  $ kubectl get nodes -o name --context=plain --certificate-authority=/tmp/ca.crt
  node/tk8s-control-plane
  node/tk8s-worker1
  node/tk8s-worker2
