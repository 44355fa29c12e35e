curl draws its progress meter on stderr only when its standard output is no terminal: through a
pipe, into a file, or from `kubectl exec` without `-t`. With `kubectl exec -it`, or in the shell
that opens, the pod's curl writes to a terminal and shows no meter; the host's curl does the
same, and shows the meter again when its output goes to a file.
  $ kubectl create deployment web --image=nginx:1.27 --port=80
  deployment.apps/web created
  $ kubectl expose deployment web
  service/web exposed
  $ kubectl run tools --image=nginx:alpine
  pod/tools created
  $ kubectl wait --for=condition=Ready pod/tools
  pod/tools condition met
  $ kubectl exec tools -- curl -I web
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:06 GMT
  Content-Type: text/html
  Content-Length: 615
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Connection: keep-alive
  ETag: "67ffa8c7-267"
  Accept-Ranges: bytes
  
  $ kubectl exec -it tools -- curl -I web
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:06 GMT
  Content-Type: text/html
  Content-Length: 615
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Connection: keep-alive
  ETag: "67ffa8c7-267"
  Accept-Ranges: bytes
  
  $ kubectl exec -it tools -- sh
  $ curl -o /dev/null web
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k
100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k
  $ curl -s web | head -4
  <!DOCTYPE html>
  <html>
  <head>
  <title>Welcome to nginx!</title>
  $ curl web > page.html
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k
100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k
  $ exit
