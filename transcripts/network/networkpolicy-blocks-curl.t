A NetworkPolicy that selects a pod isolates it: with Canal (Calico) a connection the policies do
not allow gets no answer at all, so curl waits for its timeout instead of being refused. An
ingress rule naming the client's labels and the port lets it in again. An egress policy
without a DNS rule makes even name lookups time out.
  $ kubectl run web --image=nginx --labels=app=web --port=80
  pod/web created
  $ kubectl expose pod web --port=80
  service/web exposed
  $ kubectl run client --image=nginx --labels=role=client
  pod/client created
  $ sleep 20
  $ kubectl exec client -- curl -s -o /dev/null -w '%{http_code}' web
  200 (no-eol)
  $ kubectl exec client -- curl -sS -m 5 web
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
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: default-deny
  > spec:
  >   podSelector: {}
  >   policyTypes:
  >   - Ingress
  > EOF
  networkpolicy.networking.k8s.io/default-deny created
  $ kubectl exec client -- curl -sS -m 5 web
  curl: (28) Connection timed out after 5001 milliseconds
  command terminated with exit code 28
  $ kubectl exec client -- curl -sS --connect-timeout 2 web
  curl: (28) Connection timed out after 2001 milliseconds
  command terminated with exit code 28
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: web-from-clients
  > spec:
  >   podSelector:
  >     matchLabels:
  >       app: web
  >   ingress:
  >   - from:
  >     - podSelector:
  >         matchLabels:
  >           role: client
  >     ports:
  >     - port: 80
  > EOF
  networkpolicy.networking.k8s.io/web-from-clients created
  $ kubectl exec client -- curl -sS -m 5 web
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
  $ kubectl run other --image=nginx
  pod/other created
  $ sleep 10
  $ kubectl exec other -- curl -sS -m 5 web
  curl: (28) Connection timed out after 5001 milliseconds
  command terminated with exit code 28
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: client-egress
  > spec:
  >   podSelector:
  >     matchLabels:
  >       role: client
  >   policyTypes:
  >   - Egress
  >   egress:
  >   - to:
  >     - podSelector:
  >         matchLabels:
  >           app: web
  > EOF
  networkpolicy.networking.k8s.io/client-egress created
  $ kubectl exec client -- curl -sS -m 30 web
  curl: (28) Resolving timed out after 30000 milliseconds
  command terminated with exit code 28
  $ kubectl exec client -- curl -sS -m 5 $(kubectl get svc web -o jsonpath='{.spec.clusterIP}')
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
