What a learner finds inside an nginx pod: the image's own files (Debian's os-release, nginx's
configuration and pages, dated as the image was built), the hostname the kubelet writes, and a
page nginx serves from its file: edit index.html inside the pod and curl gets the new page, with
Last-Modified and the ETag (mtime and length in hex) following the file. Without index.html nginx
refuses to list the directory (403) and /index.html is not found (404), as with an empty volume
mounted over the html directory. httpd's ETag puts the length first and the time in microseconds.
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 20
  $ kubectl exec web -- cat /etc/os-release
  PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
  NAME="Debian GNU/Linux"
  VERSION_ID="12"
  VERSION="12 (bookworm)"
  VERSION_CODENAME=bookworm
  ID=debian
  HOME_URL="https://www.debian.org/"
  SUPPORT_URL="https://www.debian.org/support"
  BUG_REPORT_URL="https://bugs.debian.org/"
  $ kubectl exec web -- cat /etc/hostname
  web
  $ kubectl exec web -- ls -l /usr/share/nginx/html
  total 8
  -rw-r--r-- 1 root root 497 Apr 16 12:55 50x.html
  -rw-r--r-- 1 root root 615 Apr 16 12:55 index.html
  $ kubectl exec web -- grep -v '#' /etc/nginx/conf.d/default.conf
  server {
      listen       80;
      listen  [::]:80;
      server_name  localhost;
  
  
      location / {
          root   /usr/share/nginx/html;
          index  index.html index.htm;
      }
  
  
      error_page   500 502 503 504  /50x.html;
      location = /50x.html {
          root   /usr/share/nginx/html;
      }
  
  
  
  }
  $ kubectl exec web -- curl -sI localhost
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 615
  Last-Modified: Wed, 16 Apr 2025 12:55:35 GMT
  Connection: keep-alive
  ETag: "67ffa8c7-267"
  Accept-Ranges: bytes
  
  $ kubectl exec web -- sh -c 'echo "<h1>hello from web</h1>" > /usr/share/nginx/html/index.html'
  $ kubectl exec web -- curl -s localhost
  <h1>hello from web</h1>
  $ kubectl exec web -- curl -sI localhost/index.html
  HTTP/1.1 200 OK
  Server: nginx/1.27.5
  Date: Wed, 23 Apr 2025 07:25:20 GMT
  Content-Type: text/html
  Content-Length: 24
  Last-Modified: Wed, 23 Apr 2025 07:25:20 GMT
  Connection: keep-alive
  ETag: "680895e0-18"
  Accept-Ranges: bytes
  
  $ kubectl exec web -- rm /usr/share/nginx/html/index.html
  $ kubectl exec web -- curl -s localhost
  <html>
  <head><title>403 Forbidden</title></head>
  <body>
  <center><h1>403 Forbidden</h1></center>
  <hr><center>nginx/1.27.5</center>
  </body>
  </html>
  $ kubectl exec web -- curl -s localhost/index.html
  <html>
  <head><title>404 Not Found</title></head>
  <body>
  <center><h1>404 Not Found</h1></center>
  <hr><center>nginx/1.27.5</center>
  </body>
  </html>
  $ kubectl run apache --image=httpd
  pod/apache created
  $ sleep 20
  $ kubectl exec apache -- cat /usr/local/apache2/htdocs/index.html
  <html><body><h1>It works!</h1></body></html>
  $ kubectl expose pod apache --port=80
  service/apache exposed
  $ kubectl exec web -- curl -sI apache
  HTTP/1.1 200 OK
  Date: Wed, 23 Apr 2025 07:25:40 GMT
  Server: Apache/2.4.63 (Unix)
  Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT
  ETag: "2d-432a5e4a73a80"
  Accept-Ranges: bytes
  Content-Length: 45
  Content-Type: text/html
  
