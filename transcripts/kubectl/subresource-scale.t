A workload's scale subresource is its Scale (autoscaling/v1): get --subresource=scale prints it
with the apiserver's DESIRED and AVAILABLE columns, and patch --subresource=scale patches the
Scale, whose replicas the apiserver gives to the workload; what prints is the Scale. The status
subresource serves the whole object. Only named objects have subresources, and a kind without
the subresource is not found. A patched Scale is decoded as the apiserver decodes one: its
unknown fields draw warnings and are dropped.
  $ kubectl create deployment web --image=nginx --replicas=1
  deployment.apps/web created
  $ sleep 10
  $ kubectl get deploy web --subresource=scale
  NAME   DESIRED   AVAILABLE   AGE
  web    1         1           10s
  $ kubectl get deploy web --subresource=scale -o yaml
  apiVersion: autoscaling/v1
  kind: Scale
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "182"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    replicas: 1
  status:
    replicas: 1
    selector: app=web
  $ kubectl get deploy --subresource=scale
  error: subresource cannot be used when bulk resources are specified
  $ kubectl get deploy web --subresource=foo
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get cm kube-root-ca.crt --subresource=scale
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get deploy web --subresource=status -o jsonpath='{.status.availableReplicas}{"\n"}'
  1
  $ kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":2}}'
  scale.autoscaling/web patched
  $ kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":2}}'
  scale.autoscaling/web patched (no change)
  $ kubectl patch deployment web --subresource=scale -p '{"spec":{"replicas":3}}' -o name
  scale.autoscaling/web
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    1/3     3            1           10s
  $ kubectl patch deployment web --subresource=scale --type=json -p '[{"op":"replace","path":"/spec/replicas","value":-1}]'
  The Scale "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
  $ kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":"x"}}'
  The request is invalid: patch: Invalid value: "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"uid\":\"7a56ddf8-b0ed-48d1-9008-a1faab5feb32\",\"resourceVersion\":\"204\",\"creationTimestamp\":\"2025-04-23T07:25:00Z\"},\"spec\":{\"replicas\":\"x\"},\"status\":{\"replicas\":3,\"selector\":\"app=web\"}}": json: cannot unmarshal string into Go struct field ScaleSpec.spec.replicas of type int32
  $ kubectl patch deployment web --subresource=scale -p '{"spec":{"replicas":"x"}}'
  The request is invalid: patch: Invalid value: "map[spec:map[replicas:x]]": unrecognized type: int32
  $ kubectl patch deployment web --subresource=scale --type=json -p '[{"op":"replace","path":"/spec/replicas","value":true}]'
  The request is invalid: patch: Invalid value: "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"uid\":\"7a56ddf8-b0ed-48d1-9008-a1faab5feb32\",\"resourceVersion\":\"204\",\"creationTimestamp\":\"2025-04-23T07:25:00Z\"},\"spec\":{\"replicas\":true},\"status\":{\"replicas\":3,\"selector\":\"app=web\"}}": json: cannot unmarshal bool into Go struct field ScaleSpec.spec.replicas of type int32
  $ kubectl patch cm kube-root-ca.crt --subresource=scale -p '{"spec":{"replicas":2}}'
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl patch deployment web --subresource=scale -p '{"spec":{"replicas":3,"foo":1},"status":{"bar":2}}'
  Warning: unknown field "spec.foo"
  Warning: unknown field "status.bar"
  scale.autoscaling/web patched (no change)
  $ kubectl patch deployment web --subresource=scale --type=json -p '[{"op":"add","path":"/spec/zz","value":1}]'
  Warning: unknown field "spec.zz"
  scale.autoscaling/web patched (no change)
  $ kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":1}}' --dry-run=server -o yaml
  apiVersion: autoscaling/v1
  kind: Scale
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "204"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    replicas: 1
  status:
    replicas: 3
    selector: app=web
  $ kubectl get deploy web -o jsonpath='{.spec.replicas}{"\n"}'
  3
  $ kubectl get deploy web --show-managed-fields -o jsonpath='{range .metadata.managedFields[*]}{.manager}/{.subresource}{"\n"}{end}'
  kube-controller-manager/
  kubectl-create/
  kube-controller-manager/status
  kubectl-patch/scale
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -s -X PATCH -H 'Content-Type: application/merge-patch+json' -d '{"spec":{"replicas":1}}' http://127.0.0.1:8001/apis/apps/v1/namespaces/default/deployments/web/scale
  {
    "kind": "Scale",
    "apiVersion": "autoscaling/v1",
    "metadata": {
      "name": "web",
      "namespace": "default",
      "uid": "7a56ddf8-b0ed-48d1-9008-a1faab5feb32",
      "resourceVersion": "205",
      "creationTimestamp": "2025-04-23T07:25:00Z"
    },
    "spec": {
      "replicas": 1
    },
    "status": {
      "replicas": 3,
      "selector": "app=web"
    }
  } (no-eol)
  $ kubectl get deploy web --subresource=scale
  NAME   DESIRED   AVAILABLE   AGE
  web    1         1           10s
