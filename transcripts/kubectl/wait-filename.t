kubectl wait -f waits on the live objects a manifest names, in the order they are written.
Checked against kubectl 1.32.
  $ kubectl create configmap app-config --from-literal=a=b
  configmap/app-config created
  $ cat > config.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: app-config
  > EOF
  $ kubectl wait --for=jsonpath='{.metadata.name}'=app-config -f config.yaml
  configmap/app-config condition met
  $ kubectl wait --for=create -f config.yaml -o name
  configmap/app-config
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl get deployment web -o yaml > web.yaml
  $ kubectl wait --for=condition=Available -f web.yaml --timeout=2m
  deployment.apps/web condition met
An object the manifest names that does not exist is reported after the waits.
  $ cat > both.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: app-config
  > ---
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: nope
  > EOF
  $ kubectl wait --for=jsonpath='{.metadata.name}'=app-config -f both.yaml
  configmap/app-config condition met
  Error from server (NotFound): configmaps "nope" not found
  $ echo $?
  1
  $ kubectl wait --for=create -f both.yaml --timeout=1s
  Error from server (NotFound): configmaps "nope" not found
Beside a timeout, the missing object is one more line, without kubectl's Error from server.
  $ kubectl wait --for=jsonpath='{.metadata.name}'=zzz -f both.yaml --timeout=1s
  timed out waiting for the condition on configmaps/app-config
  configmaps "nope" not found
Waiting for deletion, a missing object is already gone.
  $ kubectl wait --for=delete -f both.yaml --timeout=1s
  error: timed out waiting for the condition on configmaps/app-config
Directories are read recursively unless -R=false, and resource names cannot be added to -f.
  $ mkdir -p manifests/config
  $ cp config.yaml manifests/config/
  $ kubectl wait --for=jsonpath='{.metadata.name}'=app-config -f manifests --timeout=1s
  configmap/app-config condition met
  $ kubectl wait --for=jsonpath='{.metadata.name}'=app-config -f manifests -R=false --timeout=1s
  error: error reading [manifests]: recognized file extensions are [.json .yaml .yml]
  $ kubectl wait --for=jsonpath='{.metadata.name}'=app-config -f config.yaml pods
  error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well
  $ kubectl wait --for=jsonpath='{.metadata.name}'=app-config -f config.yaml configmap/app-config
  error: resource/name arguments cannot be provided when a path is specified
List items of unknown kinds are reported with the objects that could not be read.
  $ cat > items.yaml <<EOF
  > apiVersion: v1
  > kind: List
  > items:
  > - apiVersion: v1
  >   kind: Widget
  >   metadata:
  >     name: w1
  > - apiVersion: v1
  >   kind: ConfigMap
  >   metadata:
  >     name: c1
  > EOF
  $ kubectl wait --for=jsonpath='{.metadata.name}'=app-config -f items.yaml
  unable to recognize no matches for kind "Widget" in version "v1"
  Error from server (NotFound): configmaps "c1" not found
