A node container's curl (Debian 12's, 7.88.1) goes through the node's own network: kube-proxy's
rules take a connection to a Service's cluster IP to a ready endpoint, pod IPs route over the
CNI, and the node's loopback holds kube-proxy's metrics server (10249: /proxyMode, /healthz) and
the kubelet's health server (10248: /healthz), Go servers that answer other paths with 404.
  $ kubectl create deployment web --image=nginx:1.27 --port=80
  deployment.apps/web created
  $ kubectl expose deployment web
  service/web exposed
  $ kubectl rollout status deployment web
  Waiting for deployment "web" rollout to finish: 0 of 1 updated replicas are available...
  deployment "web" successfully rolled out
  $ ip=$(kubectl get svc web -o jsonpath='{.spec.clusterIP}')
  $ sudo podman exec tk8s-worker2 curl -s $ip | head -4
  <!DOCTYPE html>
  <html>
  <head>
  <title>Welcome to nginx!</title>
  $ sudo podman exec tk8s-worker2 curl -sI $ip:8080 ; echo "exit $?"
  exit 7
  $ sudo podman exec tk8s-worker2 curl -s "$(kubectl get pod -l app=web -o jsonpath='{.items[0].status.podIP}')" | grep title
  <title>Welcome to nginx!</title>
  $ sudo podman exec tk8s-worker2 curl -s localhost:10249/proxyMode; echo
  nftables
  $ sudo podman exec tk8s-worker2 curl -i localhost:10249/healthz; echo
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0100     2  100     2    0     0   2000      0 --:--:-- --:--:-- --:--:--  2000
  HTTP/1.1 200 OK
  Content-Type: text/plain; charset=utf-8
  X-Content-Type-Options: nosniff
  Date: Wed, 23 Apr 2025 07:25:06 GMT
  Content-Length: 2
  
  ok
  $ sudo podman exec tk8s-worker2 curl -s localhost:10249/nothing
  404 page not found
  $ sudo podman exec tk8s-worker2 curl -sI 127.0.0.1:10248/healthz
  HTTP/1.1 200 OK
  Content-Type: text/plain; charset=utf-8
  X-Content-Type-Options: nosniff
  Date: Wed, 23 Apr 2025 07:25:06 GMT
  Content-Length: 2
  
  $ sudo podman exec tk8s-worker2 curl -s localhost:10250/healthz; echo "exit $?"
  exit 7
