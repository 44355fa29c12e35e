kubectl apply --prune, the allowlist way: after applying a directory, it deletes the objects an
earlier apply wrote (they carry the last-applied annotation) that match the selector and that
the manifests no longer name, in the namespaces applied to. kubectl 1.32 logs a deprecation
warning through klog when it uses its default list of kinds.
  $ mkdir app
  $ cat <<EOF > app/config.yaml
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: web-config
  >   labels:
  >     app: web
  > data:
  >   mode: prod
  > EOF
  $ cat <<EOF > app/flags.yaml
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: web-flags
  >   labels:
  >     app: web
  > data:
  >   beta: "true"
  > EOF
  $ cat <<EOF > app/web.yaml
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  >   labels:
  >     app: web
  > spec:
  >   replicas: 1
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  > EOF
  $ kubectl apply -f app/
  configmap/web-config created
  configmap/web-flags created
  deployment.apps/web created
  $ kubectl create configmap other --from-literal=a=b
  configmap/other created
  $ kubectl label configmap other app=web
  configmap/other labeled
Taking web-flags out of the directory; an object made without apply has no annotation, so
--prune leaves it alone.
  $ rm app/flags.yaml
  $ kubectl apply --prune -f app/
  error: all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector
  $ kubectl apply --prune -f app/ -l app=web --all
  error: cannot set --all and --selector at the same time
  $ kubectl apply --prune -f app/ -l app=web --prune-allowlist=v1/ConfigMap
  error: invalid GroupVersionKind format: v1/ConfigMap, please follow <group/version/kind>
  $ kubectl apply --prune -f app/ -l app=web --prune-allowlist=core/v1/Widget
  error: no matches for kind "Widget" in version "v1"
  $ kubectl apply --prune -f app/ -l app=web --dry-run=client
  configmap/web-config configured (dry run)
  deployment.apps/web configured (dry run)
  W0423 07:25:00.000000   23100 prune.go:71] Deprecated: kubectl apply will no longer prune non-namespaced resources by default when used with the --namespace flag in a future release. To preserve the current behaviour, list the resources you want to target explicitly in the --prune-allowlist flag.
  configmap/web-flags pruned (dry run)
  $ kubectl apply --prune -f app/ -l app=web --dry-run=server --prune-allowlist=core/v1/ConfigMap
  configmap/web-config unchanged (server dry run)
  deployment.apps/web unchanged (server dry run)
  configmap/web-flags pruned (server dry run)
  $ kubectl get configmaps -l app=web
  NAME         DATA   AGE
  other        1      0s
  web-config   1      0s
  web-flags    1      0s
  $ kubectl apply --prune -f app/ -l app=web
  configmap/web-config unchanged
  deployment.apps/web unchanged
  W0423 07:25:00.000000   23100 prune.go:71] Deprecated: kubectl apply will no longer prune non-namespaced resources by default when used with the --namespace flag in a future release. To preserve the current behaviour, list the resources you want to target explicitly in the --prune-allowlist flag.
  configmap/web-flags pruned
  $ kubectl get configmaps -l app=web
  NAME         DATA   AGE
  other        1      0s
  web-config   1      0s
  $ kubectl apply --prune -f app/ -l app=web --prune-allowlist=core/v1/ConfigMap
  configmap/web-config unchanged
  deployment.apps/web unchanged
Without --prune, -l still chooses which manifests are applied.
  $ kubectl apply -f app/ -l app=nothing
  error: no objects passed to apply
  $ kubectl apply --prune --all --server-side -f app/
  error: --prune is in alpha and doesn't currently work on objects created by server-side apply
With --all every applied object of the listed kinds counts, whatever its labels; the
Deployment's ReplicaSet and Pods, made by controllers, go with it (background cascade).
  $ rm app/web.yaml
  $ kubectl apply --prune --all -f app/ --prune-allowlist=apps/v1/Deployment -o name
  configmap/web-config
  deployment.apps/web
  $ sleep 40
  $ kubectl get deployments,replicasets,pods
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          96m
  $ kubectl apply --prune --all -f app/ --force
  error: --force cannot be used with --prune
Pruning lists and deletes as the user: an applier who may not list a kind hears it after the
apply went through.
  $ kubectl create role cm-writer --verb=get,create,patch --resource=configmaps
  role.rbac.authorization.k8s.io/cm-writer created
  $ kubectl create rolebinding cm-writer --role=cm-writer --serviceaccount=default:default
  rolebinding.rbac.authorization.k8s.io/cm-writer created
  $ kubectl apply --prune --all -f app/ --prune-allowlist=core/v1/ConfigMap --as=system:serviceaccount:default:default
  configmap/web-config unchanged
  error: error pruning namespaced object /v1, Kind=ConfigMap: configmaps is forbidden: User "system:serviceaccount:default:default" cannot list resource "configmaps" in API group "" in the namespace "default"
