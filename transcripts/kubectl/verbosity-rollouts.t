kubectl -v=6 and -v=7 for rollouts and waits, as kubectl 1.32 logs them (checked against
kubectl.1.32 and a loopback API server): the builder's GET, then history and undo read the
object again and its ReplicaSets with the typed client (protobuf), undo sends a JSON patch;
pause, resume and restart a strategic merge patch. rollout status and wait follow the object
with an informer: its reflector from -v=3, its list by name and its watch from -v=6, stopped
once the rollout or the condition is done.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 30
  $ kubectl set image deploy web nginx=nginx:1.25
  deployment.apps/web image updated
  $ kubectl rollout status deploy web -v=6
  I0423 07:25:30.000000   23130 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:30.000100   23130 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:30.000200   23130 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:30.000300   23130 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:30.000400   23130 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:30.003400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:30.003500   23130 reflector.go:313] Starting reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:30.003600   23130 reflector.go:349] Listing and watching *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:30.006600   23130 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?fieldSelector=metadata.name%3Dweb&limit=500&resourceVersion=0 200 OK in 3 milliseconds
  I0423 07:25:30.006700   23130 reflector.go:376] Caches populated for *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  I0423 07:25:30.009700   23130 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dweb&resourceVersion=203&timeoutSeconds=330&watch=true 200 OK in 3 milliseconds
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  I0423 07:25:39.218800   23130 reflector.go:319] Stopping reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  $ kubectl rollout history deploy web -v=7
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.209500   23139 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:39.209600   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.209700   23139 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:39.209800   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.212800   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.212900   23139 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:39.213000   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.213100   23139 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:39.213200   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.216200   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.216300   23139 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dweb
  I0423 07:25:39.216400   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.216500   23139 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:39.216600   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.219600   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
  $ kubectl rollout undo deploy web -v=7
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.209500   23139 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:39.209600   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.209700   23139 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:39.209800   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.212800   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.212900   23139 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:39.213000   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.213100   23139 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:39.213200   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.216200   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.216300   23139 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dweb
  I0423 07:25:39.216400   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.216500   23139 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:39.216600   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.219600   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.219700   23139 round_trippers.go:470] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:39.219800   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.219900   23139 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:39.220000   23139 round_trippers.go:480]     Content-Type: application/json-patch+json
  I0423 07:25:39.220100   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.223100   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web rolled back
  $ kubectl rollout undo deploy web --to-revision=3 --dry-run=server -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:39.215400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:39.218400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dweb 200 OK in 3 milliseconds
  deployment.apps/web skipped rollback (current template already matches revision 3) (server dry run)
  $ kubectl rollout pause deploy web -v=7
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.209500   23139 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:39.209600   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.209700   23139 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:39.209800   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.212800   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.212900   23139 round_trippers.go:470] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-rollout
  I0423 07:25:39.213000   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.213100   23139 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:39.213200   23139 round_trippers.go:480]     Content-Type: application/strategic-merge-patch+json
  I0423 07:25:39.213300   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.216300   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web paused
  $ kubectl rollout pause deploy web -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  error: deployments.apps "web" is already paused
  $ kubectl rollout resume deploy web -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:39.215400   23139 round_trippers.go:560] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-rollout 200 OK in 3 milliseconds
  deployment.apps/web resumed
  $ kubectl rollout restart deploy web -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:39.215400   23139 round_trippers.go:560] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-rollout 200 OK in 3 milliseconds
  deployment.apps/web restarted
  $ kubectl rollout status deploy web --watch=false -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:39.212500   23139 reflector.go:313] Starting reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.212600   23139 reflector.go:349] Listing and watching *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.215600   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?fieldSelector=metadata.name%3Dweb&limit=500&resourceVersion=0 200 OK in 3 milliseconds
  I0423 07:25:39.215700   23139 reflector.go:376] Caches populated for *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  I0423 07:25:39.218700   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dweb&resourceVersion=279&timeoutSeconds=339&watch=true 200 OK in 3 milliseconds
  I0423 07:25:39.218800   23139 reflector.go:319] Stopping reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  $ kubectl rollout history ds kube-proxy -n kube-system -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy 200 OK in 3 milliseconds
  I0423 07:25:39.215400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy 200 OK in 3 milliseconds
  I0423 07:25:39.218400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/controllerrevisions?labelSelector=k8s-app%3Dkube-proxy 200 OK in 3 milliseconds
  daemonset.apps/kube-proxy 
  REVISION  CHANGE-CAUSE
  1         <none>
  
  $ kubectl wait --for=condition=Ready pod/goweb -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:39.212500   23139 reflector.go:313] Starting reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.212600   23139 reflector.go:349] Listing and watching *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.215600   23139 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dgoweb&limit=500&resourceVersion=0 200 OK in 3 milliseconds
  I0423 07:25:39.215700   23139 reflector.go:376] Caches populated for *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.218700   23139 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dgoweb&resourceVersion=279&timeoutSeconds=339&watch=true 200 OK in 3 milliseconds
  I0423 07:25:39.218800   23139 reflector.go:319] Stopping reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  pod/goweb condition met
  $ kubectl wait --for=condition=Ready pod/goweb --timeout=2s -v=7
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.209500   23139 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb
  I0423 07:25:39.209600   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.209700   23139 round_trippers.go:480]     Accept: application/json
  I0423 07:25:39.209800   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.212800   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.212900   23139 reflector.go:313] Starting reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.213000   23139 reflector.go:349] Listing and watching *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.213100   23139 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dgoweb&limit=500&resourceVersion=0
  I0423 07:25:39.213200   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.213300   23139 round_trippers.go:480]     Accept: application/json
  I0423 07:25:39.213400   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.216400   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.216500   23139 reflector.go:376] Caches populated for *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.216600   23139 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dgoweb&resourceVersion=279&timeoutSeconds=339&watch=true
  I0423 07:25:39.216700   23139 round_trippers.go:476] Request Headers:
  I0423 07:25:39.216800   23139 round_trippers.go:480]     Accept: application/json
  I0423 07:25:39.216900   23139 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:39.219900   23139 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:39.220000   23139 reflector.go:319] Stopping reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  pod/goweb condition met
  $ kubectl delete pod goweb --wait=false
  pod "goweb" deleted
  $ kubectl wait --for=delete pod/goweb -v=6
  I0423 07:25:39.209000   23139 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:39.209100   23139 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:39.209200   23139 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:39.209300   23139 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:39.209400   23139 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:39.212400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:39.215400   23139 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:39.215500   23139 reflector.go:313] Starting reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.215600   23139 reflector.go:349] Listing and watching *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.218600   23139 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dgoweb&limit=500&resourceVersion=0 200 OK in 3 milliseconds
  I0423 07:25:39.218700   23139 reflector.go:376] Caches populated for *unstructured.Unstructured from k8s.io/client-go/tools/watch/informerwatcher.go:146
  I0423 07:25:39.221700   23139 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dgoweb&resourceVersion=281&timeoutSeconds=339&watch=true 200 OK in 3 milliseconds
  I0423 07:25:40.221800   23139 reflector.go:319] Stopping reflector *unstructured.Unstructured (0s) from k8s.io/client-go/tools/watch/informerwatcher.go:146
  pod/goweb condition met
  $ kubectl events --for pod/goweb -v=7
  I0423 07:25:40.209000   23140 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:40.209100   23140 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:40.209200   23140 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:40.209300   23140 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:40.209400   23140 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:40.209500   23140 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/events?fieldSelector=involvedObject.kind%3DPod%2CinvolvedObject.apiVersion%3Dv1%2CinvolvedObject.name%3Dgoweb&limit=500
  I0423 07:25:40.209600   23140 round_trippers.go:476] Request Headers:
  I0423 07:25:40.209700   23140 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:40.209800   23140 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:40.212800   23140 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  LAST SEEN   TYPE     REASON    OBJECT      MESSAGE
  1s          Normal   Killing   Pod/goweb   Stopping container goweb
  $ kubectl events -A -v=6 | tail -1
  I0423 07:25:40.209000   23140 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:40.209100   23140 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:40.209200   23140 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:40.209300   23140 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:40.209400   23140 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:40.212400   23140 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/events?limit=500 200 OK in 3 milliseconds
  default     1s                Normal   Scheduled           Pod/web-65d846d465-64nvf    Successfully assigned default/web-65d846d465-64nvf to tk8s-worker1
  $ kubectl get --raw /api/v1/namespaces/default/pods?limit=1 -v=7 | head -c 40
  I0423 07:25:40.209000   23140 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:40.209100   23140 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:40.209200   23140 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:40.209300   23140 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:40.209400   23140 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:40.209500   23140 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?limit=1
  I0423 07:25:40.209600   23140 round_trippers.go:476] Request Headers:
  I0423 07:25:40.209700   23140 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:40.209800   23140 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:40.212800   23140 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  {"kind":"PodList","apiVersion":"v1","met (no-eol)
  $ kubectl get --raw /nope -v=6
  I0423 07:25:40.209000   23140 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:40.209100   23140 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:40.209200   23140 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:40.209300   23140 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:40.209400   23140 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:40.212400   23140 round_trippers.go:560] GET https://172.22.0.1:6443/nope 404 Not Found in 3 milliseconds
  I0423 07:25:40.212500   23140 helpers.go:246] server response object: %s[{
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "the server could not find the requested resource",
    "reason": "NotFound",
    "details": {},
    "code": 404
  }]
  Error from server (NotFound): the server could not find the requested resource
