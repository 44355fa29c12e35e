curl -v as curl 8.12.1 (the host's, and nginx:alpine's) writes it: a name it resolved with its
addresses by family, each address it tries, the connection and the HTTP version it uses, when
the request is sent off, and what becomes of connection #0. curl answers localhost itself,
IPv6's loopback first: kubectl port-forward listens there too, kubectl proxy only on 127.0.0.1.
A numeric address is not resolved; a refused connect names its local address and port.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl expose deployment web --port=80 --type=NodePort
  service/web exposed
  $ kubectl run tools --image=nginx:alpine
  pod/tools created
  $ sleep 20
  $ kubectl port-forward svc/web 8080:80 &
  [1] 2482
  Forwarding from 127.0.0.1:8080 -> 80
  Forwarding from [::1]:8080 -> 80
  $ kubectl proxy &
  [2] 2483
  Starting to serve on 127.0.0.1:8001
  $ curl -v localhost:8080 -o /dev/null
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0* Host localhost:8080 was resolved.
  * IPv6: ::1
  * IPv4: 127.0.0.1
  *   Trying [::1]:8080...
  Handling connection for 8080
  * Connected to localhost (::1) port 8080
  * using HTTP/1.x
  > GET / HTTP/1.1
  > Host: localhost:8080
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 200 OK
  < Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:20 GMT
  < Content-Type: text/html
  < Content-Length: 615
  < Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  < Connection: keep-alive
  < ETag: "67ffa8c7-267"
  < Accept-Ranges: bytes
  < 
  100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k
  * Connection #0 to host localhost left intact
  $ curl -sv localhost:8001/version -o /dev/null
  * Host localhost:8001 was resolved.
  * IPv6: ::1
  * IPv4: 127.0.0.1
  *   Trying [::1]:8001...
  * connect to ::1 port 8001 from ::1 port 42210 failed: Connection refused
  *   Trying 127.0.0.1:8001...
  * Connected to localhost (127.0.0.1) port 8001
  * using HTTP/1.x
  > GET /version HTTP/1.1
  > Host: localhost:8001
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 200 OK
  < Audit-Id: 841c5de9-ef76-49fc-ad84-7af013b3c1f2
  < Cache-Control: no-cache, private
  < Content-Length: 263
  < Content-Type: application/json
  < Date: Wed, 23 Apr 2025 07:25:20 GMT
  < X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  < X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  < 
  * Connection #0 to host localhost left intact
  $ curl -v localhost:8081
  * Host localhost:8081 was resolved.
  * IPv6: ::1
  * IPv4: 127.0.0.1
  *   Trying [::1]:8081...
  * connect to ::1 port 8081 from ::1 port 34018 failed: Connection refused
  *   Trying 127.0.0.1:8081...
  * connect to 127.0.0.1 port 8081 from 127.0.0.1 port 47778 failed: Connection refused
  * Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server
  * closing connection #0
  curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server
  $ curl -sv http://127.0.0.1:8081/
  *   Trying 127.0.0.1:8081...
  * connect to 127.0.0.1 port 8081 from 127.0.0.1 port 47778 failed: Connection refused
  * Failed to connect to 127.0.0.1 port 8081 after 0 ms: Couldn't connect to server
  * closing connection #0
  $ curl -sv nothing.invalid
  * Could not resolve host: nothing.invalid
  * shutting down connection #0
  $ curl -svI 172.22.0.3:$(kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}')
  *   Trying 172.22.0.3:31581...
  * Connected to 172.22.0.3 (172.22.0.3) port 31581
  * using HTTP/1.x
  > HEAD / HTTP/1.1
  > Host: 172.22.0.3:31581
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 200 OK
  HTTP/1.1 200 OK
  < Server: nginx/1.27.5
  Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:20 GMT
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  < Content-Type: text/html
  Content-Type: text/html
  < Content-Length: 615
  Content-Length: 615
  < Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  < Connection: keep-alive
  Connection: keep-alive
  < ETag: "67ffa8c7-267"
  ETag: "67ffa8c7-267"
  < Accept-Ranges: bytes
  Accept-Ranges: bytes
  < 
  
  * Connection #0 to host 172.22.0.3 left intact
  $ curl -sS -v -m 2 $(kubectl get svc web -o jsonpath='{.spec.clusterIP}')
  *   Trying 10.98.0.120:80...
  * ipv4 connect timeout after 2000ms, move on!
  * Failed to connect to 10.98.0.120 port 80 after 2001 ms: Timeout was reached
  * closing connection #0
  curl: (28) Failed to connect to 10.98.0.120 port 80 after 2001 ms: Timeout was reached
  $ kill %1 %2
Inside the pod, curl names the Service's address and none for IPv6; without a terminal it notes
the data it sent and received. A directory named without its slash is redirected: with -L the
response's body is ignored, connection #0 is left open and used again for the same host and
port, and a Location on another port needs connection #1.
  $ kubectl exec tools -- curl -sv web
  * Host web:80 was resolved.
  * IPv6: (none)
  * IPv4: 10.98.0.120
  *   Trying 10.98.0.120:80...
  * Connected to web (10.98.0.120) port 80
  * using HTTP/1.x
  > GET / HTTP/1.1
  > Host: web
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 200 OK
  < Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:22 GMT
  < Content-Type: text/html
  < Content-Length: 615
  < Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  < Connection: keep-alive
  < ETag: "67ffa8c7-267"
  < Accept-Ranges: bytes
  < 
  { [615 bytes data]
  * Connection #0 to host web left intact
  <!DOCTYPE html>
  <html>
  <head>
  <title>Welcome to nginx!</title>
  <style>
  html { color-scheme: light dark; }
  body { width: 35em; margin: 0 auto;
  font-family: Tahoma, Verdana, Arial, sans-serif; }
  </style>
  </head>
  <body>
  <h1>Welcome to nginx!</h1>
  <p>If you see this page, the nginx web server is successfully installed and
  working. Further configuration is required.</p>
  
  <p>For online documentation and support please refer to
  <a href="http://nginx.org/">nginx.org</a>.<br/>
  Commercial support is available at
  <a href="http://nginx.com/">nginx.com</a>.</p>
  
  <p><em>Thank you for using nginx.</em></p>
  </body>
  </html>
  [1]-  Terminated              kubectl port-forward svc/web 8080:80
  [2]+  Terminated              kubectl proxy
  $ kubectl exec tools -- curl -sv -d a=1 web/index.html -o /dev/null
  * Host web:80 was resolved.
  * IPv6: (none)
  * IPv4: 10.98.0.120
  *   Trying 10.98.0.120:80...
  * Connected to web (10.98.0.120) port 80
  * using HTTP/1.x
  > POST /index.html HTTP/1.1
  > Host: web
  > User-Agent: curl/8.12.1
  > Accept: */*
  > Content-Length: 3
  > Content-Type: application/x-www-form-urlencoded
  > 
  } [3 bytes data]
  * upload completely sent off: 3 bytes
  < HTTP/1.1 405 Not Allowed
  < Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:22 GMT
  < Content-Type: text/html
  < Content-Length: 157
  < Connection: keep-alive
  < 
  { [157 bytes data]
  * Connection #0 to host web left intact
  $ POD=$(kubectl get pod -l app=web -o jsonpath='{.items[0].metadata.name}')
  $ kubectl exec $POD -- mkdir -p /usr/share/nginx/html/docs
  $ kubectl exec $POD -- sh -c 'echo "<p>docs</p>" > /usr/share/nginx/html/docs/index.html'
  $ IP=$(kubectl get pod $POD -o jsonpath='{.status.podIP}')
  $ kubectl exec tools -- curl -sSvL $IP/docs
  *   Trying 10.244.1.8:80...
  * Connected to 10.244.1.8 (10.244.1.8) port 80
  * using HTTP/1.x
  > GET /docs HTTP/1.1
  > Host: 10.244.1.8
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 301 Moved Permanently
  < Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:22 GMT
  < Content-Type: text/html
  < Content-Length: 169
  < Location: http://10.244.1.8/docs/
  < Connection: keep-alive
  < 
  * Ignoring the response-body
  * Connection #0 to host 10.244.1.8 left intact
  * Issue another request to this URL: 'http://10.244.1.8/docs/'
  * Re-using existing connection with host 10.244.1.8
  > GET /docs/ HTTP/1.1
  > Host: 10.244.1.8
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 200 OK
  < Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:22 GMT
  < Content-Type: text/html
  < Content-Length: 12
  < Last-Modified: Wed, 23 Apr 2025 07:25:22 GMT
  < Connection: keep-alive
  < ETag: "680895e2-c"
  < Accept-Ranges: bytes
  < 
  { [12 bytes data]
  * Connection #0 to host 10.244.1.8 left intact
  <p>docs</p>
  $ kubectl exec tools -- curl -sSvL web.default.svc.tk8s.k8s:80/docs -o /dev/null
  * Host web.default.svc.tk8s.k8s:80 was resolved.
  * IPv6: (none)
  * IPv4: 10.98.0.120
  *   Trying 10.98.0.120:80...
  * Connected to web.default.svc.tk8s.k8s (10.98.0.120) port 80
  * using HTTP/1.x
  > GET /docs HTTP/1.1
  > Host: web.default.svc.tk8s.k8s
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 301 Moved Permanently
  < Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:22 GMT
  < Content-Type: text/html
  < Content-Length: 169
  < Location: http://web.default.svc.tk8s.k8s/docs/
  < Connection: keep-alive
  < 
  * Ignoring the response-body
  * Connection #0 to host web.default.svc.tk8s.k8s left intact
  * Issue another request to this URL: 'http://web.default.svc.tk8s.k8s/docs/'
  * Re-using existing connection with host web.default.svc.tk8s.k8s
  > GET /docs/ HTTP/1.1
  > Host: web.default.svc.tk8s.k8s
  > User-Agent: curl/8.12.1
  > Accept: */*
  > 
  * Request completely sent off
  < HTTP/1.1 200 OK
  < Server: nginx/1.27.5
  < Date: Wed, 23 Apr 2025 07:25:22 GMT
  < Content-Type: text/html
  < Content-Length: 12
  < Last-Modified: Wed, 23 Apr 2025 07:25:22 GMT
  < Connection: keep-alive
  < ETag: "680895e2-c"
  < Accept-Ranges: bytes
  < 
  { [12 bytes data]
  * Connection #0 to host web.default.svc.tk8s.k8s left intact
  $ kubectl exec tools -- curl -sSv web:8080
  * Host web:8080 was resolved.
  * IPv6: (none)
  * IPv4: 10.98.0.120
  *   Trying 10.98.0.120:8080...
  * connect to 10.98.0.120 port 8080 from 10.244.0.142 port 39882 failed: Connection refused
  * Failed to connect to web port 8080 after 0 ms: Couldn't connect to server
  * closing connection #0
  curl: (7) Failed to connect to web port 8080 after 0 ms: Couldn't connect to server
  command terminated with exit code 7
From the host, a connect to a node leaves from the host's address on the lab network; a
NodePort whose Service has no endpoints is refused there. Two URLs for the same place share
connection #0.
  $ kubectl create service nodeport empty --tcp=80:80
  service/empty created
  $ curl -sv 172.22.0.3:$(kubectl get svc empty -o jsonpath='{.spec.ports[0].nodePort}')
  *   Trying 172.22.0.3:30466...
  * connect to 172.22.0.3 port 30466 from 172.22.0.254 port 59414 failed: Connection refused
  * Failed to connect to 172.22.0.3 port 30466 after 0 ms: Couldn't connect to server
  * closing connection #0
  $ kubectl exec tools -- curl -sv -o /dev/null web/index.html web/50x.html 2>&1 | grep -e Connect -e Re-using -e '^< HTTP'
  * Connected to web (10.98.0.120) port 80
  < HTTP/1.1 200 OK
  < Connection: keep-alive
  * Connection #0 to host web left intact
  * Re-using existing connection with host web
  < HTTP/1.1 200 OK
  < Connection: keep-alive
  * Connection #0 to host web left intact
Not silenced, the progress meter ends with a last update when the connect fails, and not at all
when the name does not resolve: curl's error follows on the meter's line.
  $ kubectl exec tools -- curl -v web:8080
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0* Host web:8080 was resolved.
  * IPv6: (none)
  * IPv4: 10.98.0.120
  *   Trying 10.98.0.120:8080...
  * connect to 10.98.0.120 port 8080 from 10.244.0.142 port 39882 failed: Connection refused
  * Failed to connect to web port 8080 after 0 ms: Couldn't connect to server
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0
  * closing connection #0
  curl: (7) Failed to connect to web port 8080 after 0 ms: Couldn't connect to server
  command terminated with exit code 7
  $ kubectl exec tools -- curl nothing
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (6) Could not resolve host: nothing
  command terminated with exit code 6
