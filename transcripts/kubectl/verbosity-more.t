kubectl -v=N for the verbs that read or stream in their own ways, as kubectl 1.32 logs them
(checked against kubectl.1.32 and a loopback API server): top asks for the API groups again with
its own discovery client (no timeout), then the metrics clientset reads the usage and the core
clientset the nodes (or, when no pod has metrics, the pods); port-forward reads the pod with the
builder and again with the typed client, then upgrades to a WebSocket that tunnels SPDY; events
-w opens one watch; create token posts a TokenRequest to the account's token subresource; edit
reads the object before it would open an editor; debug --copy-to and debug node read their target
with the builder and create the pod with the typed client.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 120
  $ kubectl top node -v=6
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.003400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api 200 OK in 3 milliseconds
  I0423 07:27:00.006400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis 200 OK in 3 milliseconds
  I0423 07:27:00.009400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis/metrics.k8s.io/v1beta1/nodes 200 OK in 3 milliseconds
  I0423 07:27:00.012400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes 200 OK in 3 milliseconds
  NAME                 CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   
  tk8s-control-plane   175m         4%       1197Mi          7%          
  tk8s-worker1         83m          2%       792Mi           4%          
  tk8s-worker2         79m          1%       775Mi           4%          
  $ kubectl top node tk8s-worker1 -v=7
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.000500   23220 round_trippers.go:470] GET https://172.22.0.1:6443/api
  I0423 07:27:00.000600   23220 round_trippers.go:476] Request Headers:
  I0423 07:27:00.000700   23220 round_trippers.go:480]     Accept: application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json
  I0423 07:27:00.000800   23220 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:27:00.003800   23220 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:27:00.003900   23220 round_trippers.go:470] GET https://172.22.0.1:6443/apis
  I0423 07:27:00.004000   23220 round_trippers.go:476] Request Headers:
  I0423 07:27:00.004100   23220 round_trippers.go:480]     Accept: application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json
  I0423 07:27:00.004200   23220 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:27:00.007200   23220 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:27:00.007300   23220 round_trippers.go:470] GET https://172.22.0.1:6443/apis/metrics.k8s.io/v1beta1/nodes/tk8s-worker1
  I0423 07:27:00.007400   23220 round_trippers.go:476] Request Headers:
  I0423 07:27:00.007500   23220 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf, */*
  I0423 07:27:00.007600   23220 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:27:00.010600   23220 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:27:00.010700   23220 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1
  I0423 07:27:00.010800   23220 round_trippers.go:476] Request Headers:
  I0423 07:27:00.010900   23220 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:27:00.011000   23220 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:27:00.014000   23220 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  NAME           CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   
  tk8s-worker1   83m          2%       792Mi           4%          
  $ kubectl top pod -A -l k8s-app=kube-dns -v=6
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.003400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api 200 OK in 3 milliseconds
  I0423 07:27:00.006400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis 200 OK in 3 milliseconds
  I0423 07:27:00.009400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis/metrics.k8s.io/v1beta1/pods?labelSelector=k8s-app%3Dkube-dns 200 OK in 3 milliseconds
  NAMESPACE     NAME                       CPU(cores)   MEMORY(bytes)   
  kube-system   coredns-66967f4c59-sc4gn   3m           15Mi            
  kube-system   coredns-66967f4c59-zkpkl   3m           15Mi            
  $ kubectl top pod nope -v=6
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.003400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api 200 OK in 3 milliseconds
  I0423 07:27:00.006400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis 200 OK in 3 milliseconds
  I0423 07:27:00.009400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/nope 404 Not Found in 3 milliseconds
  Error from server (NotFound): podmetrics.metrics.k8s.io "default/nope" not found
  $ kubectl top pod -l app=none -v=6
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.003400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api 200 OK in 3 milliseconds
  I0423 07:27:00.006400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis 200 OK in 3 milliseconds
  I0423 07:27:00.009400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis/metrics.k8s.io/v1beta1/namespaces/default/pods?labelSelector=app%3Dnone 200 OK in 3 milliseconds
  I0423 07:27:00.012400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?labelSelector=app%3Dnone 200 OK in 3 milliseconds
  No resources found in default namespace.
  $ kubectl port-forward pod/goweb 8080:8080 -v=6
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.003400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:27:00.006400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:27:00.006500   23220 tunneling_dialer.go:75] Before WebSocket Upgrade Connection...
  I0423 07:27:00.009500   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb/portforward 101 Switching Protocols in 3 milliseconds
  I0423 07:27:00.009600   23220 tunneling_dialer.go:85] negotiated protocol: portforward.k8s.io
  Forwarding from 127.0.0.1:8080 -> 8080
  Forwarding from [::1]:8080 -> 8080
  $ kubectl port-forward deploy/web :80 -v=6
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.003400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:27:00.006400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?labelSelector=app%3Dweb 200 OK in 3 milliseconds
  I0423 07:27:00.009400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c89zj 200 OK in 3 milliseconds
  I0423 07:27:00.009500   23220 tunneling_dialer.go:75] Before WebSocket Upgrade Connection...
  I0423 07:27:00.012500   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c89zj/portforward 101 Switching Protocols in 3 milliseconds
  I0423 07:27:00.012600   23220 tunneling_dialer.go:85] negotiated protocol: portforward.k8s.io
  Forwarding from 127.0.0.1:40000 -> 80
  Forwarding from [::1]:40000 -> 80
  $ kubectl events -w --for pod/goweb --request-timeout=5s -v=6
  I0423 07:27:00.000000   23220 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:00.000100   23220 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:00.000200   23220 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:00.000300   23220 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:00.000400   23220 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:00.003400   23220 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/events?fieldSelector=involvedObject.kind%3DPod%2CinvolvedObject.apiVersion%3Dv1%2CinvolvedObject.name%3Dgoweb&limit=500&watch=true 200 OK in 3 milliseconds
  $ kubectl create token default -v=7
  I0423 07:27:05.000000   23225 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:05.000100   23225 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:05.000200   23225 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:05.000300   23225 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:05.000400   23225 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:05.000500   23225 round_trippers.go:470] POST https://172.22.0.1:6443/api/v1/namespaces/default/serviceaccounts/default/token
  I0423 07:27:05.000600   23225 round_trippers.go:476] Request Headers:
  I0423 07:27:05.000700   23225 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:27:05.000800   23225 round_trippers.go:480]     Content-Type: application/vnd.kubernetes.protobuf
  I0423 07:27:05.000900   23225 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:27:05.003900   23225 round_trippers.go:581] Response Status: 201 Created in 3 milliseconds
  eyJhbGciOiJSUzI1NiIsImtpZCI6IkRmMlZkbGVUZjFqR2FjZVJBMkdtN0xtemVLSGx4LUpCN2JwMmsxenJhTlUifQ.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjLnRrOHMuazhzIl0sImV4cCI6MTc0NTM5NjgyNSwiaWF0IjoxNzQ1MzkzMjI1LCJpc3MiOiJodHRwczovL2t1YmVybmV0ZXMuZGVmYXVsdC5zdmMudGs4cy5rOHMiLCJqdGkiOiI3OTVkYjVhZC1jNjQ2LTRiZDYtYmI2Zi0xNDY5ODNhNTE3ZDYiLCJrdWJlcm5ldGVzLmlvIjp7Im5hbWVzcGFjZSI6ImRlZmF1bHQiLCJzZXJ2aWNlYWNjb3VudCI6eyJuYW1lIjoiZGVmYXVsdCIsInVpZCI6Ijc3Y2FjYTNjLWIzY2UtNDQwNS1iYjMzLTFmNTNiYzkzOTEzMyJ9fSwibmJmIjoxNzQ1MzkzMjI1LCJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZGVmYXVsdDpkZWZhdWx0In0.ueHdeuH7S9g1duvyFasI3ClqN1jYkHdxfKzynJSTrFUYBcE-3RmqNEE3KoUDUwlMsUZoRdp8Ro22i_i0p0N5tWjAbY7njFcw4dDcCKvuv0xmbi6xZL0WSH2LOY2YtbzHlTFnC-VaJBnIP78p4QzbnEKlNwTQd61EKYAsxwffdL-TefOss0KhvfVnH9JKRsas-Av82HC4p5DmDM5DIxsbZ6zrpcKz0CQYI1vTXEpENUx5imLwswd16bEZDz_eklq7X36-wTX3Q_CIBDrMq-uamGJBN3AM3xYZt-ACCl1HB9dZzTOSwB2T0HSuQBgPpdMsak7PjMd_VzqlDidwYsQRvw
  $ kubectl edit pod goweb -v=6
  I0423 07:27:05.000000   23225 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:05.000100   23225 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:05.000200   23225 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:05.000300   23225 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:05.000400   23225 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:05.003400   23225 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  error: kubectl edit opens the object in a text editor, and this lab has none.
  Make the same change with a manifest instead:
    kubectl get pod goweb -o yaml > goweb.yaml
    cat > goweb.yaml <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
    kubectl apply -f goweb.yaml
  or change a few fields in place:
    kubectl patch pod goweb -p '{"metadata":{"labels":{"reviewed":"yes"}}}'
  $ kubectl debug goweb --image=busybox --copy-to=goweb-copy --profile=general -v=6
  I0423 07:27:05.000000   23225 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:05.000100   23225 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:05.000200   23225 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:05.000300   23225 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:05.000400   23225 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:05.003400   23225 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  Defaulting debug container name to debugger-r8jzx.
  I0423 07:27:05.006400   23225 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/pods 201 Created in 3 milliseconds
  $ kubectl debug node/tk8s-worker1 --image=busybox --profile=general -v=6
  I0423 07:27:05.000000   23225 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:27:05.000100   23225 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:27:05.000200   23225 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:27:05.000300   23225 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:27:05.000400   23225 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:27:05.003400   23225 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  Creating debugging pod node-debugger-tk8s-worker1-db9qb with container debugger on node tk8s-worker1.
  I0423 07:27:05.006400   23225 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/pods 201 Created in 3 milliseconds
