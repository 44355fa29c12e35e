kubectl -v=6 and -v=7 for the verbs that change objects in place, as kubectl 1.32 logs them
(checked against kubectl.1.32 and a loopback API server with a warm discovery cache): the
builder's GET of each object (application/json for label, annotate and patch; any type for
set, rollout, expose and the node verbs), then the write: a merge patch naming the field
manager for label and annotate, patch's own type, scale's merge patch (or read and update
with --current-replicas) of the scale subresource, set's and rollout's strategic merge
patches, the node verbs' patches, expose's and autoscale's creates.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl label pod goweb tier=web -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb?fieldManager=kubectl-label 200 OK in 3 milliseconds
  pod/goweb labeled
  $ kubectl label pod goweb tier=web -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb?fieldManager=kubectl-label 200 OK in 3 milliseconds
  pod/goweb not labeled
  $ kubectl label pods --all tier- --dry-run=server -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb?dryRun=All&fieldManager=kubectl-label 200 OK in 3 milliseconds
  pod/goweb unlabeled (server dry run)
  label "tier" not found.
  I0423 07:25:00.009400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c89zj?dryRun=All&fieldManager=kubectl-label 200 OK in 3 milliseconds
  pod/web-65d846d465-c89zj not labeled (server dry run)
  label "tier" not found.
  I0423 07:25:00.012400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c9dcc?dryRun=All&fieldManager=kubectl-label 200 OK in 3 milliseconds
  pod/web-65d846d465-c9dcc not labeled (server dry run)
  $ kubectl annotate deploy web note=hi -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-annotate
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/merge-patch+json
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web annotated
  $ kubectl patch deploy web --type=merge -p '{"spec":{"replicas":3}}' -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-patch
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/merge-patch+json
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web patched
  $ kubectl patch deploy web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":2}]' -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-patch 200 OK in 3 milliseconds
  deployment.apps/web patched
  $ kubectl patch deploy web --subresource=scale -p '{"spec":{"replicas":2}}' -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale?fieldManager=kubectl-patch 200 OK in 3 milliseconds
  scale.autoscaling/web patched (no change)
  $ kubectl patch pod nope -p '{}' -v=6
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
  $ kubectl scale deploy web --replicas=3 -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/merge-patch+json
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web scaled
  $ kubectl scale deploy web --replicas=2 --current-replicas=3 -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.004200   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007200   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.007300   23100 round_trippers.go:470] PUT https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale
  I0423 07:25:00.007400   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.007500   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.007600   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.010600   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web scaled
  $ kubectl scale deploy web --replicas=2 --current-replicas=5 -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale 200 OK in 3 milliseconds
  error: Expected replicas to be 5, was 2
  $ kubectl scale deploy -l app=web --replicas=2 --dry-run=server -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?labelSelector=app%3Dweb 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale?dryRun=All 200 OK in 3 milliseconds
  deployment.apps/web scaled (server dry run)
  $ kubectl set image deploy web nginx=nginx:1.25 -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-set
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/strategic-merge-patch+json
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  deployment.apps/web image updated
  $ kubectl set env deploy web MODE=prod -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-set 200 OK in 3 milliseconds
  deployment.apps/web env updated
  $ kubectl set resources deploy web --limits=cpu=200m -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-set 200 OK in 3 milliseconds
  deployment.apps/web resource requirements updated
  $ kubectl expose deploy web --port=80 -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] POST https://172.22.0.1:6443/api/v1/namespaces/default/services?fieldManager=kubectl-expose
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/json
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 201 Created in 3 milliseconds
  service/web exposed
  $ kubectl autoscale deploy web --max=3 -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] POST https://172.22.0.1:6443/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers?fieldManager=kubectl-autoscale
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/vnd.kubernetes.protobuf
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 201 Created in 3 milliseconds
  horizontalpodautoscaler.autoscaling/web autoscaled
  $ kubectl cordon tk8s-worker1 -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/strategic-merge-patch+json
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  node/tk8s-worker1 cordoned
  $ kubectl cordon tk8s-worker1 -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  node/tk8s-worker1 already cordoned
  $ kubectl uncordon tk8s-worker1 -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  node/tk8s-worker1 uncordoned
  $ kubectl taint node tk8s-worker1 demo=yes:NoSchedule -v=7
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.000500   23100 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1
  I0423 07:25:00.000600   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.000700   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.000800   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.003800   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:00.003900   23100 round_trippers.go:470] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1?fieldManager=kubectl-taint&fieldValidation=Strict
  I0423 07:25:00.004000   23100 round_trippers.go:476] Request Headers:
  I0423 07:25:00.004100   23100 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:00.004200   23100 round_trippers.go:480]     Content-Type: application/strategic-merge-patch+json
  I0423 07:25:00.004300   23100 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:00.007300   23100 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  node/tk8s-worker1 tainted
  $ kubectl taint node tk8s-worker1 demo- -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1?fieldManager=kubectl-taint&fieldValidation=Strict 200 OK in 3 milliseconds
  node/tk8s-worker1 untainted
