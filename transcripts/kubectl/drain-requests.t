kubectl drain's requests as kubectl 1.32 sends them (checked against kubectl.1.32 and a loopback
API server at -v=6 and -v=8). The --pod-selector goes as drain parsed it: requirements sorted by
key, set values sorted, spaces gone.
  $ kubectl drain tk8s-worker1 --pod-selector='tier in (b, a), app = web,!canary' -v=6 2>&1 | grep 'pods?'
  I0423 07:25:00.009400   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/pods?fieldSelector=spec.nodeName%3Dtk8s-worker1&labelSelector=app%3Dweb%2C%21canary%2Ctier+in+%28a%2Cb%29&limit=500 200 OK in 3 milliseconds
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 uncordoned

With --disable-eviction drain deletes each pod with a typed client, its DeleteOptions a protobuf
body that -v=8 logs as a hex dump; a server dry run puts dryRun in that body, not in the URL.
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --delete-emptydir-data --force --disable-eviction --dry-run=server --grace-period=30 -v=8 2>&1 | grep -A5 'type.go:296\] "Request Body"' | head -6
  I0423 07:25:00.021700   23100 type.go:296] "Request Body" body=<
  	00000000  6b 38 73 00 0a 13 0a 02  76 31 12 0d 44 65 6c 65  |k8s.....v1..Dele|
  	00000010  74 65 4f 70 74 69 6f 6e  73 12 07 08 1e 2a 03 41  |teOptions....*.A|
  	00000020  6c 6c 1a 00 22 00                                 |ll..".|
   >
  I0423 07:25:00.021800   23100 round_trippers.go:470] DELETE https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb

The server dry run's pods never go, and kubectl waits for them until Ctrl-C; the lab gives up
after a quiet minute, as if interrupted, and says nothing more. At -v=2 drain says when it starts
on each pod, with the dry run's suffix.
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --delete-emptydir-data --force --disable-eviction --dry-run=server -v=2 2>/dev/null
  node/tk8s-worker1 cordoned (server dry run)
  pod/goweb deletion started (server dry run)
  pod/metrics-server-8467fcc7b7-d9x4b deletion started (server dry run)
  $ kubectl get pod goweb
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          97m

With --timeout the wait ends in an error: drain lists the node's pods again and names those still
to go.
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --delete-emptydir-data --force --disable-eviction --dry-run=server --timeout=3s
  node/tk8s-worker1 cordoned (server dry run)
  Warning: deleting Pods that declare no controller: default/goweb; ignoring DaemonSet-managed Pods: kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd
  There are pending pods in node "tk8s-worker1" when an error occurred: context deadline exceeded
  pod/goweb
  pod/metrics-server-8467fcc7b7-d9x4b
  error: unable to drain node "tk8s-worker1" due to error: context deadline exceeded, continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  error: context deadline exceeded
  $ echo $?
  1

One node refused for one reason: CheckErr prints the aggregate's one error without a prefix.
  $ kubectl drain tk8s-worker1 --force --delete-emptydir-data
  node/tk8s-worker1 cordoned
  error: unable to drain node "tk8s-worker1" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd, continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 uncordoned
