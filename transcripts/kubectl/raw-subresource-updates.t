Raw writes to the subresources that take an object of their own. A PUT of an autoscaling/v1
Scale to a workload's scale sets its replicas and answers with the Scale (its resource version,
when given, is a precondition; negative replicas are invalid). A POST of a TokenRequest to a
ServiceAccount's token answers with the token in its status (the body may not name another
account). A PUT of the Namespace to its finalize subresource sets the spec's finalizers: a
Terminating namespace left with none goes at once, and the answer is the namespace as it went;
a finalizer name without a path must be a standard one.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ echo '{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"web"},"spec":{"replicas":4}}' | kubectl replace --raw /apis/apps/v1/namespaces/default/deployments/web/scale -f -
  {"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"web","namespace":"default","uid":"7a56ddf8-b0ed-48d1-9008-a1faab5feb32","resourceVersion":"181","creationTimestamp":"2025-04-23T07:25:00Z"},"spec":{"replicas":4},"status":{"replicas":2,"selector":"app=web"}}
  $ echo '{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"web","resourceVersion":"1"},"spec":{"replicas":3}}' | kubectl replace --raw /apis/apps/v1/namespaces/default/deployments/web/scale -f -
  Error from server (Conflict): Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again
  $ echo '{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"web"},"spec":{"replicas":-1}}' | kubectl replace --raw /apis/apps/v1/namespaces/default/deployments/web/scale -f -
  The Scale "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
  $ echo '{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"other"},"spec":{"replicas":1}}' | kubectl replace --raw /apis/apps/v1/namespaces/default/deployments/web/scale -f -
  Error from server (BadRequest): the name of the object (other) does not match the name on the URL (web)
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    0/4     4            0           0s
  $ echo '{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{"audiences":["vault"],"expirationSeconds":600}}' | kubectl create --raw /api/v1/namespaces/default/serviceaccounts/default/token -f - | jq -c '.kind, .metadata, .spec, .status.expirationTimestamp'
  "TokenRequest"
  {"name":"default","namespace":"default","creationTimestamp":"2025-04-23T07:25:00Z"}
  {"audiences":["vault"],"expirationSeconds":600,"boundObjectRef":null}
  "2025-04-23T07:35:00Z"
  $ echo '{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","metadata":{"name":"other"}}' | kubectl create --raw /api/v1/namespaces/default/serviceaccounts/default/token -f -
  The TokenRequest "default" is invalid: metadata.name: Invalid value: "other": must match the service account name if specified
  $ echo '{}' | kubectl create --raw /api/v1/namespaces/default/serviceaccounts/nobody/token -f -
  Error from server (NotFound): serviceaccounts "nobody" not found
  $ kubectl create ns stuck
  namespace/stuck created
  $ kubectl delete ns stuck --wait=false
  namespace "stuck" deleted
  $ kubectl get ns stuck -o jsonpath='{.spec.finalizers} {.status.phase}{"\n"}'
  ["kubernetes"] Terminating
  $ kubectl get ns stuck -o json | jq '.spec.finalizers=["kubernetes","mine"]' | kubectl replace --raw /api/v1/namespaces/stuck/finalize -f -
  The Namespace "stuck" is invalid: spec.finalizers[1]: Invalid value: "mine": name is neither a standard finalizer name nor is it fully qualified
  $ kubectl get ns stuck -o json | jq '.spec.finalizers=[]' | kubectl replace --raw /api/v1/namespaces/stuck/finalize -f - | jq -c '.spec, .status'
  {}
  {"phase":"Terminating"}
  $ kubectl get ns stuck
  Error from server (NotFound): namespaces "stuck" not found
