kubectl replace puts a manifest in place of the live object, whole. The object must exist; a
manifest that carries a resourceVersion is refused when the object changed since it was read.
--force deletes the objects, waits until they are gone and creates them again.
  $ cat <<EOF > cm.yaml
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: settings
  > data:
  >   mode: dev
  > ---
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: other
  > data:
  >   mode: prod
  > EOF
  $ kubectl replace -f cm.yaml
  Error from server (NotFound): error when replacing "cm.yaml": configmaps "settings" not found
  Error from server (NotFound): error when replacing "cm.yaml": configmaps "other" not found
  $ echo $?
  1
  $ kubectl create -f cm.yaml
  configmap/settings created
  configmap/other created
  $ kubectl get configmap settings -o yaml > live.yaml
  $ sed -i 's/mode: dev/mode: test/' cm.yaml
  $ kubectl replace -f cm.yaml
  configmap/settings replaced
  configmap/other replaced
  $ kubectl get configmap settings -o jsonpath='{.data.mode}{"\n"}'
  test
  $ kubectl replace -f cm.yaml --dry-run=client -o yaml
  apiVersion: v1
  data:
    mode: test
  kind: ConfigMap
  metadata:
    name: settings
    namespace: default
  ---
  apiVersion: v1
  data:
    mode: prod
  kind: ConfigMap
  metadata:
    name: other
    namespace: default
  $ kubectl replace -f live.yaml
  Error from server (Conflict): error when replacing "live.yaml": Operation cannot be fulfilled on configmaps "settings": the object has been modified; please apply your changes to the latest version and try again
  $ echo $?
  1
  $ kubectl replace --force -f cm.yaml
  configmap "settings" deleted
  configmap "other" deleted
  configmap/settings replaced
  configmap/other replaced
  $ kubectl replace --force -f cm.yaml --dry-run=server
  error: --dry-run can not be used when --force is set
  $ kubectl replace -f cm.yaml --timeout=10s
  error: --timeout must have --force specified
  $ kubectl replace
  error: must specify one of -f and -k
  $ kubectl run web --image=nginx:1.27
  pod/web created
  $ kubectl get pod web -o yaml | sed 's/image: nginx:1.27/image: nginx:1.28/' | kubectl replace -f -
  pod/web replaced
  $ kubectl get pod web -o jsonpath='{.spec.containers[0].image}{"\n"}'
  nginx:1.28
  $ kubectl label --local -f cm.yaml tier=config -o yaml
  apiVersion: v1
  data:
    mode: test
  kind: ConfigMap
  metadata:
    labels:
      tier: config
    name: settings
  apiVersion: v1
  data:
    mode: prod
  kind: ConfigMap
  metadata:
    labels:
      tier: config
    name: other
  $ kubectl annotate --local -f cm.yaml note=draft
  configmap/settings annotated
  configmap/other annotated
  $ kubectl label --local configmap settings tier=config
  error: can only use local files by -f pod.yaml or --filename=pod.json when --local=true is set
  $ kubectl get configmap settings --show-labels
  NAME       DATA   AGE   LABELS
  settings   1      0s    <none>
