curl and wget inside pods reach a Service by name: the pod's resolv.conf search list finds
web.default.svc.tk8s.k8s, kube-proxy sends the connection to a ready endpoint. nginx's image has
curl (with its progress meter on stderr when not silenced, as kubectl exec gives it no terminal);
busybox has wget but no curl. A Service whose selector matches nothing refuses at once.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl expose deployment web --port=80
  service/web exposed
  $ kubectl run client --image=busybox -- sleep 3600
  pod/client created
  $ kubectl run tools --image=nginx
  pod/tools created
  $ sleep 20
  $ kubectl exec client -- wget -qO- http://web
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
  $ kubectl exec client -- wget -O- web/index.html
  Connecting to web (10.98.0.48:80)
  writing to stdout
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
  written to stdout
  $ kubectl exec client -- sh -c 'curl web'
  sh: curl: not found
  command terminated with exit code 127
  $ kubectl exec tools -- curl -s web
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
  $ kubectl exec tools -- curl -sI web.default.svc.tk8s.k8s
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 615
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Connection: keep-alive
  ETag: "67ffa8c7-267"
  Accept-Ranges: bytes
  
  $ kubectl exec tools -- curl -s web/missing
  <html>
  <head><title>404 Not Found</title></head>
  <body>
  <center><h1>404 Not Found</h1></center>
  <hr><center>nginx/1.27.5</center>
  </body>
  </html>
  $ kubectl exec tools -- curl web:8080
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0
  curl: (7) Failed to connect to web port 8080 after 0 ms: Couldn't connect to server
  command terminated with exit code 7
  $ kubectl create service clusterip typo --tcp=80:80
  service/typo created
  $ kubectl exec tools -- curl -sS typo
  curl: (7) Failed to connect to typo port 80 after 0 ms: Couldn't connect to server
  command terminated with exit code 7
  $ kubectl exec tools -- curl -sS nothing
  curl: (6) Could not resolve host: nothing
  command terminated with exit code 6
  $ kubectl exec client -- nc -zv web 80
  web (10.98.0.48:80) open
  $ kubectl exec client -- nc -zv typo 80
  nc: typo (10.98.0.65:80): Connection refused
  command terminated with exit code 1
