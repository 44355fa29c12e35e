kubectl apply set-last-applied records a manifest as an object's last-applied configuration
without changing anything else, so the next apply compares against it. An object that has no
such annotation is refused unless --create-annotation. edit-last-applied would open an editor,
which the lab has none of.
  $ cat > db.yaml <<'EOF'
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: db
  > data:
  >   port: "5432"
  > EOF
  $ kubectl create -f db.yaml
  configmap/db created
  $ kubectl apply set-last-applied -f db.yaml
  error: no last-applied-configuration annotation found on resource: db, to create the annotation, run the command with --create-annotation
  $ kubectl apply set-last-applied -f db.yaml --create-annotation
  configmap/db configured
  $ kubectl apply view-last-applied configmap db -o json
  {
    "apiVersion": "v1",
    "data": {
      "port": "5432"
    },
    "kind": "ConfigMap",
    "metadata": {
      "name": "db",
      "namespace": "default"
    }
  } (no-eol)
  $ kubectl apply set-last-applied -f db.yaml
  set-last-applied db: no changes required.
  $ kubectl get cm db -o jsonpath='{.data.port}{"\n"}'
  5432
  $ sed -i 's/5432/5433/' db.yaml
  $ kubectl apply set-last-applied -f db.yaml --dry-run=client
  configmap/db configured (dry run)
  $ kubectl apply set-last-applied -f db.yaml -o yaml
  apiVersion: v1
  data:
    port: "5432"
  kind: ConfigMap
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1","data":{"port":"5433"},"kind":"ConfigMap","metadata":{"name":"db","namespace":"default"}}'
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: db
    namespace: default
    resourceVersion: "167"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  $ kubectl apply set-last-applied
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
  $ kubectl apply edit-last-applied configmap db
  error: kubectl apply edit-last-applied opens the last-applied configuration in a text editor, and this lab has none.
  Record a changed configuration from a manifest instead:
    kubectl apply view-last-applied configmap db > db.yaml
    cat > db.yaml <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
    kubectl apply set-last-applied -f db.yaml
  $ kubectl apply edit-last-applied deploy nosuch
  Error from server (NotFound): deployments.apps "nosuch" not found
  $ kubectl apply set-last-applied -f db.yaml --foo
  error: unknown flag: --foo
  See 'kubectl apply set-last-applied --help' for usage.
