On the host, curl reaches a pod through `kubectl port-forward` on localhost, and a NodePort
Service on any node's address. A ClusterIP means nothing on the host: it has no kube-proxy
rules, so the connection goes unanswered.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl expose deployment web --port=80 --type=NodePort
  service/web exposed
  $ sleep 20
  $ kubectl port-forward svc/web 8080:80
  Forwarding from 127.0.0.1:8080 -> 80
  Forwarding from [::1]:8080 -> 80
  $ curl -sI localhost:8080
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 615
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Connection: keep-alive
  ETag: "67ffa8c7-267"
  Accept-Ranges: bytes
  
  $ curl -s http://127.0.0.1:8080/ | grep title
  <title>Welcome to nginx!</title>
  $ curl localhost:8081
  curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server
  $ curl -s 172.22.0.3:$(kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}') | grep '<h1>'
  <h1>Welcome to nginx!</h1>
  $ curl -s -o page.html tk8s-worker1:$(kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}'); wc -c page.html
  615 page.html
  $ curl -sS -m 3 $(kubectl get svc web -o jsonpath='{.spec.clusterIP}')
  curl: (28) Failed to connect to 10.98.0.120 port 80 after 3001 ms: Timeout was reached
