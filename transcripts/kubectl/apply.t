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
  error: no objects passed to apply
