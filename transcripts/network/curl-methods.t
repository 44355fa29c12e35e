nginx answers methods as its static module does: GET and HEAD read a file (HEAD without the
body), a POST finds the file and is refused there with nginx's own 405 page (a missing file
is still 404, a directory still redirected), and any other method is refused before the file
is looked for. Servers that do not look at the method (agnhost) answer every one alike. The
apiserver's pod proxy passes the method on.
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl run tools --image=nginx:alpine
  pod/tools created
  $ kubectl run echo --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- netexec
  pod/echo created
  $ sleep 20
  $ IP=$(kubectl get pod web -o jsonpath='{.status.podIP}')
  $ kubectl exec tools -- curl -si -X POST $IP/
  HTTP/1.1 405 Not Allowed
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 157
  Connection: keep-alive
  
  <html>
  <head><title>405 Not Allowed</title></head>
  <body>
  <center><h1>405 Not Allowed</h1></center>
  <hr><center>nginx/1.27.5</center>
  </body>
  </html>
  $ kubectl exec tools -- curl -s -d name=x -o /dev/null -w '%{http_code}\n' $IP/index.html
  405
  $ kubectl exec tools -- curl -s -d name=x -o /dev/null -w '%{http_code}\n' $IP/missing.html
  404
  $ kubectl exec web -- mkdir /usr/share/nginx/html/docs
  $ kubectl exec tools -- curl -s -X POST -o /dev/null -w '%{http_code}\n' $IP/docs
  301
  $ kubectl exec tools -- curl -s -X PUT -o /dev/null -w '%{http_code}\n' $IP/missing.html
  405
  $ kubectl exec tools -- curl -si -X DELETE $IP/index.html
  HTTP/1.1 405 Not Allowed
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 157
  Connection: keep-alive
  
  <html>
  <head><title>405 Not Allowed</title></head>
  <body>
  <center><h1>405 Not Allowed</h1></center>
  <hr><center>nginx/1.27.5</center>
  </body>
  </html>
  $ kubectl exec tools -- curl -sI $IP/index.html
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 615
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Connection: keep-alive
  ETag: "67ffa8c7-267"
  Accept-Ranges: bytes
  
  $ ECHO=$(kubectl get pod echo -o jsonpath='{.status.podIP}')
  $ kubectl exec tools -- curl -s -X DELETE -o /dev/null -w '%{http_code}\n' $ECHO:8080/hostname
  200
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ sleep 1
  $ curl -s -X POST -o /dev/null -w '%{http_code}\n' 127.0.0.1:8001/api/v1/namespaces/default/pods/web/proxy/
  405
  $ curl -s -X POST -o /dev/null -w '%{http_code}\n' 127.0.0.1:8001/api/v1/namespaces/default/pods/echo:8080/proxy/hostname
  200
