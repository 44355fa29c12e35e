kubectl proxy --www serves a directory of the host beside the API, under --www-prefix
(/static/ by default), as Go's file server does: a file with its type (from its extension,
else sniffed from its first bytes), length and modification time; a directory's index.html, or
else a listing; canonical paths by redirect. The request filter guards only the API.
  $ mkdir -p site/docs
  $ echo '<h1>Hello from the lab</h1>' > site/index.html
  $ echo 'plain notes' > site/docs/notes
  $ echo '{"ready": true}' > site/docs/status.json
  $ echo 'body { color: teal; }' > site/docs/site.css
  $ kubectl proxy --www=site --www-prefix=/ui/ &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -i localhost:8001/ui/
  HTTP/1.1 200 OK
  Accept-Ranges: bytes
  Content-Length: 28
  Content-Type: text/html; charset=utf-8
  Last-Modified: Wed, 23 Apr 2025 07:25:00 GMT
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  
  <h1>Hello from the lab</h1>
  $ curl -i localhost:8001/ui/docs/
  HTTP/1.1 200 OK
  Content-Type: text/html; charset=utf-8
  Last-Modified: Wed, 23 Apr 2025 07:25:00 GMT
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 177
  
  <!doctype html>
  <meta name="viewport" content="width=device-width">
  <pre>
  <a href="notes">notes</a>
  <a href="site.css">site.css</a>
  <a href="status.json">status.json</a>
  </pre>
  $ curl -i localhost:8001/ui/docs/notes
  HTTP/1.1 200 OK
  Accept-Ranges: bytes
  Content-Length: 12
  Content-Type: text/plain; charset=utf-8
  Last-Modified: Wed, 23 Apr 2025 07:25:00 GMT
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  
  plain notes
  $ curl -si localhost:8001/ui/docs/status.json | head -4
  HTTP/1.1 200 OK
  Accept-Ranges: bytes
  Content-Length: 16
  Content-Type: application/json
  $ curl -I localhost:8001/ui/docs/site.css
  HTTP/1.1 200 OK
  Accept-Ranges: bytes
  Content-Length: 22
  Content-Type: text/css; charset=utf-8
  Last-Modified: Wed, 23 Apr 2025 07:25:00 GMT
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  
The prefix without its slash, a directory without one, a file with one and any index.html go
to their canonical path; a missing file is the file server's 404, and the API is still served.
  $ curl -i localhost:8001/ui
  HTTP/1.1 301 Moved Permanently
  Content-Type: text/html; charset=utf-8
  Location: /ui/
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 39
  
  <a href="/ui/">Moved Permanently</a>.
  
  $ curl -i localhost:8001/ui/docs
  HTTP/1.1 301 Moved Permanently
  Location: docs/
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 0
  
  $ curl -i localhost:8001/ui/docs/notes/
  HTTP/1.1 301 Moved Permanently
  Location: ../notes
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 0
  
  $ curl -i localhost:8001/ui/index.html
  HTTP/1.1 301 Moved Permanently
  Location: ./
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 0
  
  $ curl -i localhost:8001/ui/missing.html
  HTTP/1.1 404 Not Found
  Content-Type: text/plain; charset=utf-8
  X-Content-Type-Options: nosniff
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 19
  
  404 page not found
  $ curl -s localhost:8001/api/v1/namespaces/default | jq -r .metadata.name
  default
A directory that does not exist is only warned about; kubectl serves it all the same, and
every file is missing from it.
  $ kubectl proxy -p 8002 -w nowhere
  W0423 07:25:00.000000   23100 proxy.go:200] Failed to stat static file directory nowhere: stat nowhere: no such file or directory
  Starting to serve on 127.0.0.1:8002
  $ curl -s localhost:8002/static/
  404 page not found
