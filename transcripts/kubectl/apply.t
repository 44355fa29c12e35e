kubectl apply reads manifests from files, directories (with -R, their subdirectories too) and
stdin; it creates what is missing, and for what exists merges the new manifest with the live
object and the last applied one: unchanged when nothing would change, configured otherwise.
The apiserver decodes strictly: a misspelt field is refused unless --validate says otherwise.
  $ mkdir -p app/more
  $ cat > app/web.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  >   labels:
  >     tier: front
  > spec:
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     app: web
  >   ports:
  >   - port: 80
  > EOF
  $ printf '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings"},"data":{"mode":"fast"}}\n' > app/more/settings.json
  $ echo 'not a manifest' > app/notes.txt
  $ kubectl apply -f app/web.yaml
  deployment.apps/web created
  service/web created
  $ kubectl apply -f app/web.yaml
  deployment.apps/web unchanged
  service/web unchanged
  $ kubectl apply -f app
  deployment.apps/web unchanged
  service/web unchanged
  $ kubectl apply -R -f app/ -o name
  configmap/settings
  deployment.apps/web
  service/web
  $ kubectl scale deployment web --replicas=4
  deployment.apps/web scaled
  $ kubectl apply -f app/web.yaml
  deployment.apps/web configured
  service/web unchanged
  $ kubectl get deployment web -o jsonpath='{.spec.replicas}{"\n"}'
  2
  $ sed -i '/tier: front/d' app/web.yaml
  $ kubectl apply -f app/web.yaml --dry-run=server
  deployment.apps/web configured (server dry run)
  service/web unchanged (server dry run)
  $ kubectl apply -f app/web.yaml
  deployment.apps/web configured
  service/web unchanged
  $ kubectl get deployment web --show-labels
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE   LABELS
  web    0/2     2            0           0s    <none>
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: typo
  > spec:
  >   containers:
  >   - name: c
  >     image: nginx
  >     imagePullPolicyy: Always
  >     portss: []
  > EOF
  Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolicyy", unknown field "spec.containers[0].portss"
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loose\ndataa:\n  x: "1"\n' > loose.yaml
  $ kubectl apply -f loose.yaml --validate=warn
  Warning: unknown field "dataa"
  configmap/loose created
  $ kubectl create -f loose.yaml --validate=false
  Error from server (AlreadyExists): error when creating "loose.yaml": configmaps "loose" already exists
  $ kubectl get configmap loose -o jsonpath='{.data}{"|"}{.dataa}{"\n"}'
  |
  $ kubectl apply -f loose.yaml --validate=sometimes
  error: invalid - validate option "sometimes"; must be one of: strict (or true), warn, ignore (or false)
  $ kubectl apply -f missing.yaml
  error: the path "missing.yaml" does not exist
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\n data: x\n' | kubectl apply -f -
  error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected key
  $ mkdir empty
  $ kubectl apply -f empty
  error: error reading [empty]: recognized file extensions are [.json .yaml .yml]
On a live object apply sends a strategic merge patch: what changed since the live object,
plus what the new manifest dropped from the last applied one. A server dry run answers with the
object as it would be. A patched object with a field its kind lacks is refused as an invalid
request on the patch, shown as Go prints the patch (kubectl then prints only that); an invalid
object is reported as for any write.
  $ cat > cfg.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: cfg
  > data:
  >   mode: fast
  >   level: "3"
  > EOF
  $ kubectl apply -f cfg.yaml
  configmap/cfg created
  $ sed -i 's/fast/slow/; /level/d' cfg.yaml
  $ kubectl apply -f cfg.yaml --dry-run=server -o yaml
  apiVersion: v1
  data:
    mode: slow
  kind: ConfigMap
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","data":{"mode":"slow"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"cfg","namespace":"default"}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: cfg
    namespace: default
    resourceVersion: "217"
    uid: 8f05ef94-4c95-46f4-8e0a-28a66546c2d2
  $ kubectl get configmap cfg -o jsonpath='{.data}{"\n"}'
  {"level":"3","mode":"fast"}
  $ kubectl apply -f cfg.yaml
  configmap/cfg configured
  $ kubectl get configmap cfg -o jsonpath='{.data}{"\n"}'
  {"mode":"slow"}
  $ kubectl apply -f cfg.yaml -o name
  configmap/cfg
  $ cat > rec.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: rec
  > spec:
  >   replicas: 1
  >   strategy:
  >     type: Recreate
  >   selector:
  >     matchLabels:
  >       app: rec
  >   template:
  >     metadata:
  >       labels:
  >         app: rec
  >     spec:
  >       containers:
  >       - name: a
  >         image: nginx:1.27
  >       - name: b
  >         image: busybox
  >         command: ["sleep", "3600"]
  > EOF
  $ kubectl create deployment rec --image=nginx:1.27 --replicas=1 -o name
  deployment.apps/rec
  $ kubectl get deployment rec -o jsonpath='{.spec.strategy}{"\n"}'
  {"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"},"type":"RollingUpdate"}
  $ kubectl apply -f rec.yaml
  Warning: resource deployments/rec is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  deployment.apps/rec configured
  $ kubectl get deployment rec -o jsonpath='{.spec.strategy}{"\n"}{.spec.template.spec.containers[*].name}{"\n"}'
  {"type":"Recreate"}
  a b nginx
  $ sed -i 's/image: busybox/image: busybox\n        imagePullPolicyy: Always/' rec.yaml
  $ kubectl apply -f rec.yaml
  The request is invalid: patch: Invalid value: "map[metadata:map[annotations:map[kubectl.kubernetes.io/last-applied-configuration:{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},\"name\":\"rec\",\"namespace\":\"default\"},\"spec\":{\"replicas\":1,\"selector\":{\"matchLabels\":{\"app\":\"rec\"}},\"strategy\":{\"type\":\"Recreate\"},\"template\":{\"metadata\":{\"labels\":{\"app\":\"rec\"}},\"spec\":{\"containers\":[{\"image\":\"nginx:1.27\",\"name\":\"a\"},{\"command\":[\"sleep\",\"3600\"],\"image\":\"busybox\",\"imagePullPolicyy\":\"Always\",\"name\":\"b\"}]}}}}\n]] spec:map[template:map[spec:map[$setElementOrder/containers:[map[name:a] map[name:b]] containers:[map[imagePullPolicyy:Always name:b]]]]]]": strict decoding error: unknown field "spec.template.spec.containers[1].imagePullPolicyy"
  $ sed -i '/imagePullPolicyy/d; s/replicas: 1/replicas: -1/' rec.yaml
  $ kubectl apply -f rec.yaml
  The Deployment "rec" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
  $ sed -i 's/replicas: -1/replicas: 1/; s/app: rec/app: other/' rec.yaml
  $ kubectl apply -f rec.yaml
  The Deployment "rec" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"other"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable
kubectl prints each warning the apiserver sends once a command, however many objects drew it.
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loose-a\ndataa: {}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loose-b\ndataa: {}\n' > looser.yaml
  $ kubectl apply -f looser.yaml --validate=warn
  Warning: unknown field "dataa"
  configmap/loose-a created
  configmap/loose-b created
  $ kubectl replace -f looser.yaml --validate=warn
  Warning: unknown field "dataa"
  configmap/loose-a replaced
  configmap/loose-b replaced
