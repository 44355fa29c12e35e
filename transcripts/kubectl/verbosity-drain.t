kubectl drain -v=N, as kubectl 1.32 logs it (checked against kubectl.1.32 and a loopback API
server): the node's GET and the cordon helper's patch, the typed client's list of the node's pods
by field selector (500 at a time), a GET of each DaemonSet that owns one of them, the core group's
resource list that names the eviction subresource, then for each pod the policy/v1 eviction and
the GETs that look for it every second until it is gone. At -v=2 and up drain also says when it
starts on each pod. A server dry run sends the patch and the evictions with dryRun and waits for
nothing.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 30
  $ kubectl drain tk8s-worker2 --ignore-daemonsets --delete-emptydir-data --dry-run=server -v=6
  I0423 07:25:30.000000   23130 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:30.000100   23130 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:30.000200   23130 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:30.000300   23130 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:30.000400   23130 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:30.003400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2 200 OK in 3 milliseconds
  I0423 07:25:30.006400   23130 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2?dryRun=All 200 OK in 3 milliseconds
  node/tk8s-worker2 cordoned (server dry run)
  I0423 07:25:30.009400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dtk8s-worker2&limit=500 200 OK in 3 milliseconds
  I0423 07:25:30.012400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/daemonsets/canal 200 OK in 3 milliseconds
  I0423 07:25:30.015400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy 200 OK in 3 milliseconds
  Warning: ignoring DaemonSet-managed Pods: kube-system/canal-ql5xj, kube-system/kube-proxy-4g4b7
  I0423 07:25:30.018400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1 200 OK in 3 milliseconds
  evicting pod default/web-65d846d465-c89zj (server dry run)
  I0423 07:25:30.021400   23130 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c89zj/eviction 201 Created in 3 milliseconds
  evicting pod local-path-storage/local-path-provisioner-84944977bd-fpmmz (server dry run)
  I0423 07:25:30.024400   23130 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/local-path-storage/pods/local-path-provisioner-84944977bd-fpmmz/eviction 201 Created in 3 milliseconds
  node/tk8s-worker2 drained (server dry run)
  $ kubectl drain tk8s-worker2 --ignore-daemonsets --delete-emptydir-data -v=6
  I0423 07:25:30.000000   23130 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:30.000100   23130 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:30.000200   23130 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:30.000300   23130 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:30.000400   23130 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:30.003400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2 200 OK in 3 milliseconds
  I0423 07:25:30.006400   23130 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2 200 OK in 3 milliseconds
  node/tk8s-worker2 cordoned
  I0423 07:25:30.009400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dtk8s-worker2&limit=500 200 OK in 3 milliseconds
  I0423 07:25:30.012400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/daemonsets/canal 200 OK in 3 milliseconds
  I0423 07:25:30.015400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy 200 OK in 3 milliseconds
  Warning: ignoring DaemonSet-managed Pods: kube-system/canal-ql5xj, kube-system/kube-proxy-4g4b7
  I0423 07:25:30.018400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1 200 OK in 3 milliseconds
  pod/web-65d846d465-c89zj eviction started
  evicting pod default/web-65d846d465-c89zj
  I0423 07:25:30.021400   23130 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c89zj/eviction 201 Created in 3 milliseconds
  I0423 07:25:30.024400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c89zj 200 OK in 3 milliseconds
  pod/local-path-provisioner-84944977bd-fpmmz eviction started
  evicting pod local-path-storage/local-path-provisioner-84944977bd-fpmmz
  I0423 07:25:30.027400   23130 round_trippers.go:560] POST https://172.22.0.1:6443/api/v1/namespaces/local-path-storage/pods/local-path-provisioner-84944977bd-fpmmz/eviction 201 Created in 3 milliseconds
  I0423 07:25:30.030400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/local-path-storage/pods/local-path-provisioner-84944977bd-fpmmz 200 OK in 3 milliseconds
  I0423 07:25:31.033400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c89zj 404 Not Found in 3 milliseconds
  pod/web-65d846d465-c89zj evicted
  I0423 07:25:31.036400   23130 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/local-path-storage/pods/local-path-provisioner-84944977bd-fpmmz 404 Not Found in 3 milliseconds
  pod/local-path-provisioner-84944977bd-fpmmz evicted
  node/tk8s-worker2 drained
  $ kubectl uncordon tk8s-worker2 -v=6
  I0423 07:25:31.000000   23131 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:31.000100   23131 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:31.000200   23131 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:31.000300   23131 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:31.000400   23131 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:31.003400   23131 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2 200 OK in 3 milliseconds
  I0423 07:25:31.006400   23131 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2 200 OK in 3 milliseconds
  node/tk8s-worker2 uncordoned
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --delete-emptydir-data --force --pod-selector=app=web -v=8 2>&1 | grep -v 'round_trippers.go:587\|Response Headers' | cut -c1-200
  I0423 07:25:31.000000   23131 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:31.000100   23131 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:31.000200   23131 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:31.000300   23131 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:31.000400   23131 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:31.000500   23131 helper.go:105] "Request Body" body=""
  I0423 07:25:31.000600   23131 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1
  I0423 07:25:31.000700   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.000800   23131 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:31.000900   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.003900   23131 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:31.004700   23131 helper.go:105] "Response Body" body="{\"kind\":\"Node\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"tk8s-worker1\",\"uid\":\"7120728d-5c5c-4a96-acb5-2848580bd83a\",\"r
  I0423 07:25:31.004800   23131 type.go:328] "Request Body" body="{\"spec\":{\"unschedulable\":true}}"
  I0423 07:25:31.004900   23131 round_trippers.go:470] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1
  I0423 07:25:31.005000   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.005100   23131 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:31.005200   23131 round_trippers.go:480]     Content-Type: application/strategic-merge-patch+json
  I0423 07:25:31.005300   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.008300   23131 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  node/tk8s-worker1 cordoned
  I0423 07:25:31.009100   23131 type.go:204] "Request Body" body=""
  I0423 07:25:31.009200   23131 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dtk8s-worker1&labelSelector=app%3Dweb&limit=500
  I0423 07:25:31.009300   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.009400   23131 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:31.009500   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.012500   23131 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:31.013300   23131 discovery_client.go:404] "Request Body" body=""
  I0423 07:25:31.013400   23131 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1
  I0423 07:25:31.013500   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.013600   23131 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:31.013700   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.016700   23131 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:31.017500   23131 discovery_client.go:404] "Response Body" body="{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\",\"resources\":[{\"name\":\"bindings\",\"singularName\":\"binding\",\"
  pod/web-65d846d465-c9dcc eviction started
  evicting pod default/web-65d846d465-c9dcc
  I0423 07:25:31.017600   23131 eviction_expansion.go:38] "Request Body" body=<
  	{"kind":"Eviction","apiVersion":"policy/v1","metadata":{"name":"web-65d846d465-c9dcc","namespace":"default","creationTimestamp":null},"deleteOptions":{}}
   >
  I0423 07:25:31.017700   23131 round_trippers.go:470] POST https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c9dcc/eviction
  I0423 07:25:31.017800   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.017900   23131 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:31.018000   23131 round_trippers.go:480]     Content-Type: application/json
  I0423 07:25:31.018100   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.021100   23131 round_trippers.go:581] Response Status: 201 Created in 3 milliseconds
  I0423 07:25:31.022000   23131 eviction_expansion.go:38] "Response Body" body=<
  	{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}
   >
  I0423 07:25:31.022100   23131 type.go:168] "Request Body" body=""
  I0423 07:25:31.022200   23131 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c9dcc
  I0423 07:25:31.022300   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.022400   23131 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:31.022500   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.025500   23131 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  pod/web-65d846d465-lb9r4 eviction started
  evicting pod default/web-65d846d465-lb9r4
  I0423 07:25:31.026300   23131 eviction_expansion.go:38] "Request Body" body=<
  	{"kind":"Eviction","apiVersion":"policy/v1","metadata":{"name":"web-65d846d465-lb9r4","namespace":"default","creationTimestamp":null},"deleteOptions":{}}
   >
  I0423 07:25:31.026400   23131 round_trippers.go:470] POST https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-lb9r4/eviction
  I0423 07:25:31.026500   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.026600   23131 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:31.026700   23131 round_trippers.go:480]     Content-Type: application/json
  I0423 07:25:31.026800   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.029800   23131 round_trippers.go:581] Response Status: 201 Created in 3 milliseconds
  I0423 07:25:31.030700   23131 eviction_expansion.go:38] "Response Body" body=<
  	{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}
   >
  I0423 07:25:31.030800   23131 type.go:168] "Request Body" body=""
  I0423 07:25:31.030900   23131 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-lb9r4
  I0423 07:25:31.031000   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:31.031100   23131 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:31.031200   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:31.034200   23131 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:32.035000   23131 type.go:168] "Request Body" body=""
  I0423 07:25:32.035100   23131 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-c9dcc
  I0423 07:25:32.035200   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:32.035300   23131 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:32.035400   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:32.038400   23131 round_trippers.go:581] Response Status: 404 Not Found in 3 milliseconds
  pod/web-65d846d465-c9dcc evicted
  I0423 07:25:32.039200   23131 type.go:168] "Request Body" body=""
  I0423 07:25:32.039300   23131 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/web-65d846d465-lb9r4
  I0423 07:25:32.039400   23131 round_trippers.go:476] Request Headers:
  I0423 07:25:32.039500   23131 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:32.039600   23131 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:32.042600   23131 round_trippers.go:581] Response Status: 404 Not Found in 3 milliseconds
  pod/web-65d846d465-lb9r4 evicted
  node/tk8s-worker1 drained
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 uncordoned
  $ kubectl drain tk8s-worker1 --pod-selector=app=none --chunk-size=0 -v=6
  I0423 07:25:32.000000   23132 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:32.000100   23132 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:32.000200   23132 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:32.000300   23132 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:32.000400   23132 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:32.003400   23132 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  I0423 07:25:32.006400   23132 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  node/tk8s-worker1 cordoned
  I0423 07:25:32.009400   23132 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dtk8s-worker1&labelSelector=app%3Dnone 200 OK in 3 milliseconds
  node/tk8s-worker1 drained
  $ kubectl cordon tk8s-worker2 --dry-run=server -v=8 2>&1 | grep -v 'round_trippers.go:587\|Response Headers' | cut -c1-200
  I0423 07:25:32.000000   23132 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:32.000100   23132 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:32.000200   23132 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:32.000300   23132 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:32.000400   23132 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:32.000500   23132 helper.go:105] "Request Body" body=""
  I0423 07:25:32.000600   23132 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2
  I0423 07:25:32.000700   23132 round_trippers.go:476] Request Headers:
  I0423 07:25:32.000800   23132 round_trippers.go:480]     Accept: application/json, */*
  I0423 07:25:32.000900   23132 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:32.003900   23132 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:32.004700   23132 helper.go:105] "Response Body" body="{\"kind\":\"Node\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"tk8s-worker2\",\"uid\":\"a84c4d1a-0a24-4a17-8a04-1773e5e406e6\",\"r
  I0423 07:25:32.004800   23132 type.go:328] "Request Body" body="{\"spec\":{\"unschedulable\":true}}"
  I0423 07:25:32.004900   23132 round_trippers.go:470] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker2?dryRun=All
  I0423 07:25:32.005000   23132 round_trippers.go:476] Request Headers:
  I0423 07:25:32.005100   23132 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:32.005200   23132 round_trippers.go:480]     Content-Type: application/strategic-merge-patch+json
  I0423 07:25:32.005300   23132 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:32.008300   23132 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  node/tk8s-worker2 cordoned (server dry run)
