kubectl's -v=N logs through klog on standard error, as kubectl 1.32 does (checked against
kubectl.1.32 and a loopback API server): client-go's feature gates from -v=1, the reflector
of a waiting delete from -v=3, the Status object of a server error from -v=4, the kubeconfig
files read and one line per request with its answer from -v=6, each request's headers from
-v=7. Every line carries the lab's clock plus a fixed step (3 ms per request); the process ID
is the one kubectl's other klog lines show.
  $ kubectl get pods -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?limit=500 200 OK in 3 milliseconds
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  $ kubectl get pods -A --v=7 | head -2
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/pods?limit=500
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  NAMESPACE            NAME                                         READY   STATUS    RESTARTS        AGE
  default              goweb                                        1/1     Running   0               95m
  $ kubectl get deploy -n kube-system -o yaml -v=6 | head -2
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/deployments?limit=500 200 OK in 3 milliseconds
  apiVersion: v1
  items:
  $ kubectl get pods,svc -l run=nothing -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?labelSelector=run%3Dnothing&limit=500 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/services?labelSelector=run%3Dnothing&limit=500 200 OK in 3 milliseconds
  No resources found in default namespace.
  $ kubectl get pod nope -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/nope 404 Not Found in 3 milliseconds
  I0423 07:25:00.003500   23100 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"nope\" not found",
    "reason": "NotFound",
    "details": {
      "name": "nope",
      "kind": "pods"
    },
    "code": 404
  }]
  Error from server (NotFound): pods "nope" not found
  $ kubectl get pods -v=1 | head -1
  I0423 07:25:00.000000   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  NAME    READY   STATUS    RESTARTS   AGE
  $ kubectl version --client -v=6
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  $ kubectl config current-context -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  kubernetes-admin@tk8s
  $ kubectl describe pod goweb -v=6 | head -2
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:00.009400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dgoweb%2CinvolvedObject.namespace%3Ddefault%2CinvolvedObject.uid%3D24fbb503-1a1f-4923-9620-66a21ff6bd80&limit=500 200 OK in 3 milliseconds
  Name:             goweb
  Namespace:        default
  $ kubectl describe pod nope -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/nope 404 Not Found in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?limit=500 200 OK in 3 milliseconds
  I0423 07:25:00.006500   23100 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"nope\" not found",
    "reason": "NotFound",
    "details": {
      "name": "nope",
      "kind": "pods"
    },
    "code": 404
  }]
  Error from server (NotFound): pods "nope" not found
  $ kubectl get pod goweb -w --request-timeout=2s -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  I0423 07:25:00.006400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dgoweb&resourceVersion=0&watch=true 200 OK in 3 milliseconds
  $ kubectl version -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/version?timeout=32s 200 OK in 3 milliseconds
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  Server Version: v1.32.2
  $ kubectl api-versions -v=6 | head -1
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api?timeout=32s 200 OK in 3 milliseconds
  I0423 07:25:02.006400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/apis?timeout=32s 200 OK in 3 milliseconds
  admissionregistration.k8s.io/v1
  $ kubectl logs goweb --tail=1 -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:02.006400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb/log?container=goweb&tailLines=1 200 OK in 3 milliseconds
  $ kubectl exec goweb -v=6 -- ls /
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:02.003500   23102 podcmd.go:88] Defaulting container name to goweb
  I0423 07:25:02.006500   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb/exec?command=ls&command=%2F&container=goweb&stderr=true&stdout=true 101 Switching Protocols in 3 milliseconds
  dev
  etc
  proc
  root
  tmp
  var
  $ kubectl create configmap demo --from-literal=a=b -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create&fieldValidation=Strict 201 Created in 3 milliseconds
  configmap/demo created
  $ kubectl create configmap demo --from-literal=a=b -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create&fieldValidation=Strict 409 Conflict in 3 milliseconds
  I0423 07:25:02.003500   23102 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "error: failed to create configmap: configmaps \"demo\" already exists",
    "reason": "AlreadyExists",
    "details": {
      "name": "demo",
      "kind": "configmaps"
    },
    "code": 409
  }]
  error: failed to create configmap: configmaps "demo" already exists
  $ kubectl create deployment bad --image=nginx --replicas=-1 -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] POST https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?fieldManager=kubectl-create&fieldValidation=Strict 422 Unprocessable Entity in 3 milliseconds
  I0423 07:25:02.003500   23102 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "error: failed to create deployment: Deployment.apps \"bad\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0",
    "reason": "Invalid",
    "details": {
      "name": "bad",
      "group": "apps",
      "kind": "Deployment",
      "causes": [
        {
          "reason": "FieldValueInvalid",
          "message": "Invalid value: -1: must be greater than or equal to 0",
          "field": "spec.replicas"
        }
      ]
    },
    "code": 422
  }]
  error: failed to create deployment: Deployment.apps "bad" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
  $ cat > cm.yaml <<EOF
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: fromfile
  > data:
  >   k: v
  > EOF
  $ kubectl apply -f cm.yaml -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/openapi/v3?timeout=32s 200 OK in 3 milliseconds
  I0423 07:25:02.006400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/openapi/v3/api/v1?hash=EBE8A5D0AFD0C2963D10EF93A4B16101B510C5C3A604E24BD2FCAC6E0B1690B13912419385E6FF4FC8718AAB96658EFF74F1CF34A4652D391A3F952AF46D5905&timeout=32s 200 OK in 3 milliseconds
  I0423 07:25:02.009400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/configmaps/fromfile 404 Not Found in 3 milliseconds
  I0423 07:25:02.012400   23102 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/configmaps?fieldManager=kubectl-client-side-apply&fieldValidation=Strict 201 Created in 3 milliseconds
  configmap/fromfile created
  I0423 07:25:02.012500   23102 apply.go:548] Running apply post-processor function
  $ sed -i 's/k: v/k: w/' cm.yaml
  $ kubectl apply -f cm.yaml -v=7
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.000500   23102 round_trippers.go:470] GET https://172.22.0.1:6443/openapi/v3?timeout=32s
  I0423 07:25:02.000600   23102 round_trippers.go:476] Request Headers:
  I0423 07:25:02.000700   23102 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:02.000800   23102 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:02.003800   23102 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:02.003900   23102 round_trippers.go:470] GET https://172.22.0.1:6443/openapi/v3/api/v1?hash=EBE8A5D0AFD0C2963D10EF93A4B16101B510C5C3A604E24BD2FCAC6E0B1690B13912419385E6FF4FC8718AAB96658EFF74F1CF34A4652D391A3F952AF46D5905&timeout=32s
  I0423 07:25:02.004000   23102 round_trippers.go:476] Request Headers:
  I0423 07:25:02.004100   23102 round_trippers.go:480]     Accept: application/json
  I0423 07:25:02.004200   23102 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:02.007200   23102 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:02.007300   23102 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/configmaps/fromfile
  I0423 07:25:02.007400   23102 round_trippers.go:476] Request Headers:
  I0423 07:25:02.007500   23102 round_trippers.go:480]     Accept: application/json
  I0423 07:25:02.007600   23102 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:02.010600   23102 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:02.010700   23102 round_trippers.go:470] PATCH https://172.22.0.1:6443/api/v1/namespaces/default/configmaps/fromfile?fieldManager=kubectl-client-side-apply&fieldValidation=Strict
  I0423 07:25:02.010800   23102 round_trippers.go:476] Request Headers:
  I0423 07:25:02.010900   23102 round_trippers.go:480]     Accept: application/json
  I0423 07:25:02.011000   23102 round_trippers.go:480]     Content-Type: application/strategic-merge-patch+json
  I0423 07:25:02.011100   23102 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:02.014100   23102 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  configmap/fromfile configured
  I0423 07:25:02.014200   23102 apply.go:548] Running apply post-processor function
  $ kubectl create -f cm.yaml --validate=false -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create&fieldValidation=Ignore 409 Conflict in 3 milliseconds
  I0423 07:25:02.003500   23102 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "error when creating \"cm.yaml\": configmaps \"fromfile\" already exists",
    "reason": "AlreadyExists",
    "details": {
      "name": "fromfile",
      "kind": "configmaps"
    },
    "code": 409
  }]
  Error from server (AlreadyExists): error when creating "cm.yaml": configmaps "fromfile" already exists
  $ kubectl run web --image=nginx -v=7
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.000500   23102 round_trippers.go:470] POST https://172.22.0.1:6443/api/v1/namespaces/default/pods?fieldManager=kubectl-run
  I0423 07:25:02.000600   23102 round_trippers.go:476] Request Headers:
  I0423 07:25:02.000700   23102 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:02.000800   23102 round_trippers.go:480]     Content-Type: application/json
  I0423 07:25:02.000900   23102 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:02.003900   23102 round_trippers.go:581] Response Status: 201 Created in 3 milliseconds
  pod/web created
  $ kubectl delete pod web -v=6
  I0423 07:25:02.000000   23102 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:02.000100   23102 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:02.000200   23102 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:02.000300   23102 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:02.000400   23102 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:02.003400   23102 round_trippers.go:560] DELETE https://172.22.0.1:6443/api/v1/namespaces/default/pods/web 200 OK in 3 milliseconds
  pod "web" deleted
  I0423 07:25:02.006400   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web 200 OK in 3 milliseconds
  I0423 07:25:02.006500   23102 reflector.go:313] Starting reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:02.006600   23102 reflector.go:349] Listing and watching *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:02.009600   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dweb&limit=500&resourceVersion=0 200 OK in 3 milliseconds
  I0423 07:25:02.009700   23102 reflector.go:376] Caches populated for *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:02.012700   23102 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dweb&resourceVersion=172&timeoutSeconds=302&watch=true 200 OK in 3 milliseconds
  I0423 07:25:03.012800   23102 reflector.go:319] Stopping reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  $ kubectl delete pod nope -v=6
  I0423 07:25:03.000000   23103 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:03.000100   23103 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:03.000200   23103 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:03.000300   23103 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:03.000400   23103 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:03.003400   23103 round_trippers.go:560] DELETE https://172.22.0.1:6443/api/v1/namespaces/default/pods/nope 404 Not Found in 3 milliseconds
  I0423 07:25:03.003500   23103 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"nope\" not found",
    "reason": "NotFound",
    "details": {
      "name": "nope",
      "kind": "pods"
    },
    "code": 404
  }]
  Error from server (NotFound): pods "nope" not found
