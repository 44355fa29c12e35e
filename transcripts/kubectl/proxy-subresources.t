The Kubernetes Basics flow: pods behind a Service, kubectl proxy in the background, and
curl through the apiserver's proxy subresources. A pod id may name a port; without one the
first port its containers declare is used, and a bare .../proxy is redirected to .../proxy/.
  $ kubectl create deployment web --image=nginx --replicas=2 --port=80
  deployment.apps/web created
  $ kubectl expose deployment web --port=80
  service/web exposed
  $ sleep 30
  $ kubectl get pods -l app=web -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  web-6476b5cb9d-c89zj   1/1     Running   0          30s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-6476b5cb9d-c9dcc   1/1     Running   0          30s   10.244.0.142   tk8s-worker1   <none>           <none>
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ export POD_NAME=$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
  $ echo Name of the Pod: $POD_NAME
  Name of the Pod: web-6476b5cb9d-c89zj
  $ curl -s http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:80/proxy/ | head -4
  <!DOCTYPE html>
  <html>
  <head>
  <title>Welcome to nginx!</title>
  $ curl -i http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME/proxy
  HTTP/1.1 301 Moved Permanently
  Audit-Id: 9f894638-0fb9-4c61-b901-d0256ee8967a
  Cache-Control: no-cache, private
  Content-Length: 0
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  Location: /api/v1/namespaces/default/pods/web-6476b5cb9d-c89zj/proxy/
  
HTML through the proxy comes back with its start tags written anew and the links on the
pod's own host given the proxy's path; other hosts and relative links stay as they are.
  $ kubectl exec $POD_NAME -- sh -c 'echo "<p><a href=\"/docs/\">Docs</a> <A HREF=\"http://nginx.org/\">nginx</A><img src=logo.png><br /></p>" > /usr/share/nginx/html/index.html'
  $ curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME/proxy/
  <p><a href="/api/v1/namespaces/default/pods/web-6476b5cb9d-c89zj/proxy/docs/">Docs</a> <a href="http://nginx.org/">nginx</A><img src="logo.png"><br/></p>
A Service's proxy sends each request to one of its ready endpoints.
  $ curl -s http://localhost:8001/api/v1/namespaces/default/services/web/proxy/ | head -1
  <!DOCTYPE html>
  $ curl -s http://localhost:8001/api/v1/namespaces/default/services/web:80/proxy/ | head -1
  <!DOCTYPE html>
A missing pod, a port nothing listens on, and a Service without endpoints are Statuses.
  $ curl http://localhost:8001/api/v1/namespaces/default/pods/nope/proxy/
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"nope\" not found",
    "reason": "NotFound",
    "details": {
      "name": "nope",
      "kind": "pods"
    },
    "code": 404
  } (no-eol)
  $ curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:8080/proxy/
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "error trying to reach service: dial tcp 10.244.1.8:8080: connect: connection refused",
    "reason": "ServiceUnavailable",
    "code": 503
  } (no-eol)
A pod port given by name is no URL port: the apiserver's handler panics on it and resets the
stream, which kubectl proxy reports as its own 500.
  $ curl -s http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:http/proxy/
  E0423 07:25:30.000000   23130 proxy_server.go:147] Error while proxying request: stream error: stream ID 15; INTERNAL_ERROR; received from peer
  stream error: stream ID 15; INTERNAL_ERROR; received from peer
  $ kubectl create service clusterip lonely --tcp=80:80
  service/lonely created
  $ curl http://localhost:8001/api/v1/namespaces/default/services/lonely/proxy/
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "no endpoints available for service \"lonely\"",
    "reason": "ServiceUnavailable",
    "code": 503
  } (no-eol)
kubectl get --raw prints the body, or the error kubectl makes of the answer.
  $ kubectl get --raw /api/v1/namespaces/default/pods/$POD_NAME/proxy/
  <p><a href="/api/v1/namespaces/default/pods/web-6476b5cb9d-c89zj/proxy/docs/">Docs</a> <a href="http://nginx.org/">nginx</A><img src="logo.png"><br/></p>
  $ kubectl get --raw /api/v1/namespaces/default/services/web/proxy/nothing-here
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get --raw /api/v1/namespaces/default/services/lonely/proxy/
  Error from server (ServiceUnavailable): no endpoints available for service "lonely"
  $ kubectl get --raw /api/v1/namespaces/default/pods/nope/proxy/
  Error from server (NotFound): pods "nope" not found
  $ kubectl get --raw /api/v1/namespaces/default/pods/$POD_NAME:http/proxy/
  Unable to connect to the server: stream error: stream ID 1; INTERNAL_ERROR; received from peer
The request is authorized as RBAC's get on pods/proxy: a user who may only view is refused.
  $ kubectl create rolebinding jane-view --clusterrole=view --user=jane
  rolebinding.rbac.authorization.k8s.io/jane-view created
  $ kubectl get --raw /api/v1/namespaces/default/pods/$POD_NAME/proxy/ --as=jane
  Error from server (Forbidden): pods "web-6476b5cb9d-c89zj" is forbidden: User "jane" cannot get resource "pods/proxy" in API group "" in the namespace "default"
  $ kubectl auth can-i get pods --subresource=proxy --as=jane
  no
