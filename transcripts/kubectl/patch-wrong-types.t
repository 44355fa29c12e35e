A patch is applied by the apiserver, which then decodes the result into the Go struct. How a
value of the wrong type is refused depends on the patch type. A strategic merge patch (the
default) goes through apimachinery's unstructured converter: kubectl prints the patch as Go
prints a map, then the converter's words.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl patch deployment web -p '{"spec":{"replicas":"3"}}'
  The request is invalid: patch: Invalid value: "map[spec:map[replicas:3]]": unrecognized type: int32
  $ kubectl patch deployment web -p '{"spec":{"replicas":3.5}}'
  The request is invalid: patch: Invalid value: "map[spec:map[replicas:3.5]]": cannot convert float64 to int32
  $ kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":"foo"}}}}'
  The request is invalid: patch: Invalid value: "map[spec:map[template:map[spec:map[containers:foo]]]]": cannot restore slice from string
  $ kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","ports":[{"containerPort":"80"}]}]}}}}'
  The request is invalid: patch: Invalid value: "map[spec:map[template:map[spec:map[containers:[map[name:nginx ports:[map[containerPort:80]]]]]]]]": unrecognized type: int32
  $ kubectl patch deployment web -p '{"metadata":{"labels":{"tier":1}}}'
  The request is invalid: patch: Invalid value: "map[metadata:map[labels:map[tier:1]]]": cannot convert int64 to string
The converter turns any whole number into an int32 as Go converts it: three billion wraps to a
negative count, which validation refuses.
  $ kubectl patch deployment web -p '{"spec":{"replicas":3000000000}}'
  The Deployment "web" is invalid: spec.replicas: Invalid value: -1294967296: must be greater than or equal to 0
  $ kubectl get deployment web -o jsonpath='{.spec.replicas}{"\n"}'
  1
A merge patch and a JSON patch are applied to the object's JSON and decoded with encoding/json;
the refusal shows the whole patched object, its top level and the parts the patch walked into
with their keys sorted, the rest in the Go struct's order.
  $ kubectl create configmap settings --from-literal=mode=fast
  configmap/settings created
  $ kubectl patch configmap settings --type merge -p '{"data":{"retries":3}}'
  The request is invalid: patch: Invalid value: "{\"apiVersion\":\"v1\",\"data\":{\"mode\":\"fast\",\"retries\":3},\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"settings\",\"namespace\":\"default\",\"uid\":\"c5708edf-4a0d-4658-949c-e8519bc41e41\",\"resourceVersion\":\"176\",\"creationTimestamp\":\"2025-04-23T07:25:00Z\",\"managedFields\":[{\"manager\":\"kubectl-create\",\"operation\":\"Update\",\"apiVersion\":\"v1\",\"time\":\"2025-04-23T07:25:00Z\",\"fieldsType\":\"FieldsV1\",\"fieldsV1\":{\"f:data\":{\".\":{},\"f:mode\":{}}}}]}}": json: cannot unmarshal number into Go struct field ConfigMap.data of type string
  $ kubectl patch configmap settings --type json -p '[{"op":"add","path":"/data/debug","value":true}]'
  The request is invalid: patch: Invalid value: "{\"apiVersion\":\"v1\",\"data\":{\"debug\":true,\"mode\":\"fast\"},\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"settings\",\"namespace\":\"default\",\"uid\":\"c5708edf-4a0d-4658-949c-e8519bc41e41\",\"resourceVersion\":\"176\",\"creationTimestamp\":\"2025-04-23T07:25:00Z\",\"managedFields\":[{\"manager\":\"kubectl-create\",\"operation\":\"Update\",\"apiVersion\":\"v1\",\"time\":\"2025-04-23T07:25:00Z\",\"fieldsType\":\"FieldsV1\",\"fieldsV1\":{\"f:data\":{\".\":{},\"f:mode\":{}}}}]}}": json: cannot unmarshal bool into Go struct field ConfigMap.data of type string
  $ kubectl get configmap settings -o jsonpath='{.data}{"\n"}'
  {"mode":"fast"}
  $ kubectl patch deployment web --type merge -p '{"spec":{"replicas":"x"}}' 2>&1 | grep -o 'json: .*'
  json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32
  $ kubectl patch deployment web --type json -p '[{"op":"replace","path":"/spec/replicas","value":3000000000}]' 2>&1 | grep -o 'json: .*'
  json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32
  $ kubectl get deployment web -o jsonpath='{.spec.replicas}{"\n"}'
  1
kubectl apply on a live object sends a strategic merge patch too, the last applied manifest in
it, so its refusal comes from the converter.
  $ cat > app.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: app
  > spec:
  >   replicas: 1
  >   selector:
  >     matchLabels:
  >       app: app
  >   template:
  >     metadata:
  >       labels:
  >         app: app
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  > EOF
  $ kubectl apply -f app.yaml
  deployment.apps/app created
  $ sed -i 's/replicas: 1/replicas: "2"/' app.yaml
  $ kubectl apply -f app.yaml
  The request is invalid: patch: Invalid value: "map[metadata:map[annotations:map[kubectl.kubernetes.io/last-applied-configuration:{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},\"name\":\"app\",\"namespace\":\"default\"},\"spec\":{\"replicas\":\"2\",\"selector\":{\"matchLabels\":{\"app\":\"app\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"app\"}},\"spec\":{\"containers\":[{\"image\":\"nginx\",\"name\":\"web\"}]}}}}\n]] spec:map[replicas:2]]": unrecognized type: int32
  $ kubectl get deployment app -o jsonpath='{.spec.replicas}{"\n"}'
  1
kubectl scale patches the scale subresource; the patched Scale holds an int32.
  $ kubectl scale deployment web --replicas=3000000000
  The request is invalid: patch: Invalid value: "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"uid\":\"7a56ddf8-b0ed-48d1-9008-a1faab5feb32\",\"resourceVersion\":\"175\",\"creationTimestamp\":\"2025-04-23T07:25:00Z\"},\"spec\":{\"replicas\":3000000000},\"status\":{\"replicas\":1,\"selector\":\"app=web\"}}": json: cannot unmarshal number 3000000000 into Go struct field ScaleSpec.spec.replicas of type int32
With --current-replicas kubectl updates the Scale instead, converting the count to an int32
itself; what arrives is negative.
  $ kubectl scale deployment web --current-replicas=1 --replicas=3000000000
  The Scale "web" is invalid: spec.replicas: Invalid value: -1294967296: must be greater than or equal to 0
  $ kubectl scale deployment web --replicas=99999999999999999999
  error: invalid argument "99999999999999999999" for "--replicas" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range
  See 'kubectl scale --help' for usage.
  $ kubectl get deployment web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    0/1     1            0           0s
