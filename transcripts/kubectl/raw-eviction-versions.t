The eviction subresource takes an Eviction in policy/v1 or, as the apiserver still accepts it,
policy/v1beta1 (a body without apiVersion is read as policy/v1); an Eviction of another group
is no kind the apiserver knows, and so is an Eviction in a policy version its scheme never had.
A version the scheme still registers but does not serve (apps/v1beta1) decodes, then is refused
as not the URL's.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ sleep 30
  $ kubectl get pods -l app=web -o name | head -2 | cut -d/ -f2 > pods
  $ P=$(sed -n 1p pods); Q=$(sed -n 2p pods)
  $ echo '{"apiVersion":"policy/v1beta1","kind":"Eviction","metadata":{"name":"'$P'"}}' | kubectl create --raw /api/v1/namespaces/default/pods/$P/eviction -f -; echo
  {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}
  
  $ echo '{"kind":"Eviction","metadata":{"name":"'$Q'"},"deleteOptions":{"gracePeriodSeconds":0}}' | kubectl create --raw /api/v1/namespaces/default/pods/$Q/eviction -f -; echo
  {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}
  
  $ echo '{"apiVersion":"apps/v1","kind":"Eviction","metadata":{"name":"'$Q'"}}' | kubectl create --raw /api/v1/namespaces/default/pods/$Q/eviction -f -
  Error from server (BadRequest): Eviction in version "v1" cannot be handled as a Eviction: no kind "Eviction" is registered for version "apps/v1" in scheme "pkg/api/legacyscheme/scheme.go:30"
  $ echo '{"apiVersion":"policy/v2","kind":"Eviction","metadata":{"name":"'$Q'"}}' | kubectl create --raw /api/v1/namespaces/default/pods/$Q/eviction -f -
  Error from server (BadRequest): Eviction in version "v2" cannot be handled as a Eviction: no kind "Eviction" is registered for version "policy/v2" in scheme "pkg/api/legacyscheme/scheme.go:30"
  $ echo '{"apiVersion":"apps/v1beta1","kind":"Deployment","metadata":{"name":"old"}}' | kubectl create --raw /apis/apps/v1/namespaces/default/deployments -f -
  Error from server (BadRequest): the API version in the data (apps/v1beta1) does not match the expected API version (apps/v1)
  $ echo '{"apiVersion":"apps/v9","kind":"Deployment","metadata":{"name":"old"}}' | kubectl create --raw /apis/apps/v1/namespaces/default/deployments -f -
  Error from server (BadRequest): Deployment in version "v9" cannot be handled as a Deployment: no kind "Deployment" is registered for version "apps/v9" in scheme "pkg/api/legacyscheme/scheme.go:30"
  $ kubectl get pods -l app=web
  NAME                   READY   STATUS              RESTARTS   AGE
  web-65d846d465-8p647   0/1     ContainerCreating   0          0s
  web-65d846d465-9sjxk   1/1     Terminating         0          30s
  web-65d846d465-c9dcc   1/1     Running             0          30s
  web-65d846d465-d52dn   0/1     ContainerCreating   0          0s
