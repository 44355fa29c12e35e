kubectl apply view-last-applied: the last-applied-configuration annotation apply keeps on each
object, as YAML or JSON (indented as Go's json.Indent does, in the annotation's own key order).
Objects that apply never wrote have none: named by type and name they are passed over, but
one read from a manifest stops the command with kubectl's odd "error when ... <nil>".
  $ cat <<EOF > web.yaml
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  >   labels: {app: web}
  > spec:
  >   replicas: 2
  >   selector: {matchLabels: {app: web}}
  >   template:
  >     metadata: {labels: {app: web}}
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  > EOF
  $ kubectl apply -f web.yaml
  deployment.apps/web created
  $ kubectl apply view-last-applied deploy/web
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    annotations: {}
    labels:
      app: web
    name: web
    namespace: default
  spec:
    replicas: 2
    selector:
      matchLabels:
        app: web
    template:
      metadata:
        labels:
          app: web
      spec:
        containers:
        - image: nginx:1.27
          name: nginx
  $ kubectl apply view-last-applied deployment web -o json
  {
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "metadata": {
      "annotations": {},
      "labels": {
        "app": "web"
      },
      "name": "web",
      "namespace": "default"
    },
    "spec": {
      "replicas": 2,
      "selector": {
        "matchLabels": {
          "app": "web"
        }
      },
      "template": {
        "metadata": {
          "labels": {
            "app": "web"
          }
        },
        "spec": {
          "containers": [
            {
              "image": "nginx:1.27",
              "name": "nginx"
            }
          ]
        }
      }
    }
  }
  $ kubectl apply view-last-applied -f web.yaml | head -3
  apiVersion: apps/v1
  kind: Deployment
  metadata:
  $ kubectl apply view-last-applied deploy -l app=web | tail -2
        - image: nginx:1.27
          name: nginx
  $ kubectl apply view-last-applied deploy/coredns -n kube-system; echo "exit $?"
  exit 0
  $ kubectl apply view-last-applied deploy/web -o wide
  error: Unexpected -o output mode: wide, the flag 'output' must be one of yaml|json
  See 'kubectl apply view-last-applied -h' for help and examples
  $ kubectl apply view-last-applied
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
  $ kubectl apply view-last-applied deploy/nope
  Error from server (NotFound): deployments.apps "nope" not found
  $ kubectl apply view-last-applied deploy/web --as=system:serviceaccount:default:default
  Error from server (Forbidden): deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot get resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl get deploy coredns -n kube-system -o yaml > coredns.yaml
  $ kubectl apply view-last-applied -f web.yaml -f coredns.yaml; echo "exit $?"
  error: error when no last-applied-configuration annotation found on resource: coredns
   "coredns.yaml": <nil>
  exit 1
  $ kubectl apply view-last-applied -f coredns.yaml -f web.yaml; echo "exit $?"
  error: error when no last-applied-configuration annotation found on resource: coredns
   "coredns.yaml": <nil>
  exit 1
