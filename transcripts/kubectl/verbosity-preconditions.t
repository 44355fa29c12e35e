What kubectl 1.32 sends for the flags that make the server the judge (checked against
kubectl.1.32 and a loopback API server): scale --resource-version is a precondition, like
--current-replicas, so the scale is read and compared first and then updated; cordon, uncordon
and taint with --dry-run=server send their patch with dryRun=All (taint then prints no dry-run
suffix, as its printer is made afresh); patch --subresource=scale of a kind without a scale
subresource is the apiserver's 404. Audit IDs differ from request to request, even for the same
read at the same moment.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl scale deploy web --replicas=3 --resource-version=1 -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale 200 OK in 3 milliseconds
  error: Expected resource version to be 1, was 180
  $ kubectl get deploy web -o jsonpath='{.metadata.resourceVersion}{"\n"}'
  180
  $ kubectl scale deploy web --replicas=3 --resource-version=$(kubectl get deploy web -o jsonpath='{.metadata.resourceVersion}') -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale 200 OK in 3 milliseconds
  I0423 07:25:00.009400   23100 round_trippers.go:560] PUT https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments/web/scale 200 OK in 3 milliseconds
  deployment.apps/web scaled
  $ kubectl cordon tk8s-worker1 --dry-run=server -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1?dryRun=All 200 OK in 3 milliseconds
  node/tk8s-worker1 cordoned (server dry run)
  $ kubectl get node tk8s-worker1 -o jsonpath='{.spec.unschedulable}{"\n"}'
  
  $ kubectl taint node tk8s-worker1 demo=yes:NoSchedule --dry-run=server -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1 200 OK in 3 milliseconds
  I0423 07:25:00.006400   23100 round_trippers.go:560] PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1?dryRun=All&fieldManager=kubectl-taint&fieldValidation=Strict 200 OK in 3 milliseconds
  node/tk8s-worker1 tainted
  $ kubectl taint node tk8s-worker1 demo=yes:NoSchedule --dry-run=client
  node/tk8s-worker1 tainted
  $ kubectl get node tk8s-worker1 -o jsonpath='{.spec.taints}{"\n"}'
  
  $ kubectl patch pod goweb --subresource=scale -p '{"spec":{"replicas":2}}' -v=6
  I0423 07:25:00.000000   23100 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:00.000100   23100 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:00.000200   23100 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:00.000300   23100 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:00.000400   23100 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:00.003400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb/scale 404 Not Found in 3 milliseconds
  I0423 07:25:00.003500   23100 helpers.go:246] server response object: %s[{
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
  $ kubectl get ns default -v=8 2>&1 | grep Audit-Id
  I0423 07:25:00.004100   23100 round_trippers.go:587]     Audit-Id: 5b7e3491-2460-48db-9df4-db7af0f0390e
  $ kubectl get ns default -v=8 2>&1 | grep Audit-Id
  I0423 07:25:00.004100   23100 round_trippers.go:587]     Audit-Id: a3f79517-441e-4600-aab3-05e8b0af9abe
