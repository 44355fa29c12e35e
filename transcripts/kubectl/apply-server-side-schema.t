kubectl apply --server-side sends the manifest as an apply patch, and the apiserver's field
manager converts it to a typed value first: a field the kind does not declare, or a value of
the wrong type, fails that conversion whatever --validate says. The error is no Status of its
own, so kubectl prints it without a reason; several errors are listed under "errors:".
  $ cat > d.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: ssa
  > spec:
  >   replicas: 1
  >   selector:
  >     matchLabels: {app: ssa}
  >   template:
  >     metadata:
  >       labels: {app: ssa}
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  >         imagePullPolicyy: Always
  > EOF
  $ kubectl apply --server-side -f d.yaml
  Error from server: failed to create typed patch object (default/ssa; apps/v1, Kind=Deployment): .spec.template.spec.containers[name="web"].imagePullPolicyy: field not declared in schema
  $ kubectl apply --server-side --validate=false -f d.yaml
  Error from server: failed to create typed patch object (default/ssa; apps/v1, Kind=Deployment): .spec.template.spec.containers[name="web"].imagePullPolicyy: field not declared in schema
  $ kubectl get deploy ssa
  Error from server (NotFound): deployments.apps "ssa" not found
  $ cat > cm.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: ssa
  > data:
  >   port: 8080
  >   debug: true
  > EOF
  $ kubectl apply --server-side -f cm.yaml
  Error from server: failed to create typed patch object (default/ssa; /v1, Kind=ConfigMap): errors:
    .data.debug: expected string, got &value.valueUnstructured{Value:true}
    .data.port: expected string, got &value.valueUnstructured{Value:8080}
  $ cat > svc.yaml <<'EOF'
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: ssa
  > spec:
  >   ports:
  >   - port: "80"
  >     targetPort: 8080
  > EOF
  $ kubectl apply --server-side -f svc.yaml
  Error from server: failed to create typed patch object (default/ssa; /v1, Kind=Service): .spec.ports[port="80",protocol="TCP"].port: expected numeric (int or float), got string
  $ cat > pod.yaml <<'EOF'
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: ssa
  > spec:
  >   containers:
  >   - image: nginx
  > EOF
  $ kubectl apply --server-side -f pod.yaml
  Error from server: failed to create typed patch object (default/ssa; /v1, Kind=Pod): .spec.containers: element 0: associative list with keys has an element that omits key field "name" (and doesn't have default value)
kubectl itself decodes each manifest's metadata before it sends anything.
  $ cat > labels.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: ssa
  >   labels: tier
  > EOF
  $ kubectl apply --server-side -f labels.yaml
  error: unable to decode "labels.yaml": json: cannot unmarshal string into Go struct field ObjectMeta.metadata.labels of type map[string]string
The same manifest applied client-side is decoded strictly instead.
  $ kubectl apply -f d.yaml
  Error from server (BadRequest): error when creating "d.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolicyy"
