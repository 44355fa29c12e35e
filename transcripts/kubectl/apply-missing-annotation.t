kubectl apply keeps its last-applied-configuration annotation on what it writes. An object made
another way (kubectl create, run, expose) has none: apply then warns on stderr, before it
patches the object, and adds the annotation, so the next apply is quiet. A client dry run sends
nothing and warns not (nor can it tell configured from unchanged).
  $ cat <<EOF > cm.yaml
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: settings
  > data:
  >   mode: dev
  > EOF
  $ kubectl create -f cm.yaml
  configmap/settings created
  $ kubectl apply -f cm.yaml --dry-run=client
  configmap/settings configured (dry run)
  $ kubectl apply -f cm.yaml
  Warning: resource configmaps/settings is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  configmap/settings configured
  $ kubectl apply -f cm.yaml
  configmap/settings unchanged
  $ kubectl get cm settings -o jsonpath='{.metadata.annotations}{"\n"}'
  {"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"v1\",\"data\":{\"mode\":\"dev\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"settings\",\"namespace\":\"default\"}}\n"}
  $ kubectl create deployment api --image=nginx
  deployment.apps/api created
  $ kubectl create deployment api --image=nginx:1.27 --dry-run=client -o yaml | kubectl apply -f -
  Warning: resource deployments/api is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  deployment.apps/api configured
  $ kubectl get deployment api -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
  nginx:1.27
