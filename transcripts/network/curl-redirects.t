nginx answers a directory named without its closing slash with a 301 to the path with it. Its
Location is absolute: the name from the request's Host header, and the port nginx itself listens
on (80, left out), not the Service's port the client used. curl shows the redirect; with -L it
follows it, showing each response's headers with -i but only the last body.
  $ kubectl run web --image=nginx --labels=app=web
  pod/web created
  $ kubectl expose pod web --port=8080 --target-port=80
  service/web exposed
  $ kubectl run tools --image=nginx
  pod/tools created
  $ sleep 20
  $ kubectl exec web -- sh -c 'mkdir -p /usr/share/nginx/html/docs && echo "<p>docs</p>" > /usr/share/nginx/html/docs/index.html'
  $ kubectl exec tools -- curl -si web:8080/docs
  HTTP/1.1 301 Moved Permanently
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 169
  Location: http://web/docs/
  Connection: keep-alive
  
  <html>
  <head><title>301 Moved Permanently</title></head>
  <body>
  <center><h1>301 Moved Permanently</h1></center>
  <hr><center>nginx/1.27.5</center>
  </body>
  </html>
  $ kubectl exec tools -- curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' web:8080/docs?page=2
  301 http://web/docs/?page=2
Following it through the Service leads to port 80 of the name the Location gives, where the
Service listens for nothing: curl's connection is refused. Its standard output is a pipe, so the
redirect's headers wait in curl's buffer and come out when it exits, after its error.
  $ kubectl exec tools -- curl -sSIL web.default.svc.tk8s.k8s:8080/docs
  curl: (7) Failed to connect to web.default.svc.tk8s.k8s port 80 after 0 ms: Couldn't connect to server
  HTTP/1.1 301 Moved Permanently
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 169
  Location: http://web.default.svc.tk8s.k8s/docs/
  Connection: keep-alive
  
  command terminated with exit code 7
Straight to the pod, port 80 is nginx's own: -L reaches the directory's index file.
  $ IP=$(kubectl get pod web -o jsonpath='{.status.podIP}')
  $ kubectl exec tools -- curl -sL $IP/docs
  <p>docs</p>
  $ kubectl exec tools -- curl -siL $IP/docs
  HTTP/1.1 301 Moved Permanently
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 169
  Location: http://10.244.1.8/docs/
  Connection: keep-alive
  
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 12
  Last-Modified: Wed, 23 Apr 2025 07:25:20 GMT
  Connection: keep-alive
  ETag: "680895e0-c"
  Accept-Ranges: bytes
  
  <p>docs</p>
A directory with its slash and without an index is forbidden, as nginx lists no directory.
  $ kubectl exec web -- mkdir /usr/share/nginx/html/empty
  $ kubectl exec tools -- curl -sL -o /dev/null -w '%{http_code} after %{num_redirects} redirect\n' $IP/empty
  403 after 1 redirect
curl follows at most --max-redirs redirects (50 by default), then stops with its error 47.
  $ kubectl exec tools -- curl -sSL --max-redirs 0 $IP/docs
  curl: (47) Maximum (0) redirects followed
  command terminated with exit code 47
Through a port forward the Host header is localhost:8080, and nginx's Location drops that port.
  $ kubectl port-forward pod/web 8080:80 > /dev/null &
  [1] 2482
  $ curl -sI localhost:8080/docs | grep Location
  Handling connection for 8080
  Location: http://localhost/docs/
  $ curl -sSL localhost:8080/docs
  Handling connection for 8080
  curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server
