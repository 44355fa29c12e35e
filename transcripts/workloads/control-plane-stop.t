The control-plane node's container stops. kube-apiserver ran in it, so nothing answers at the
kubeconfig's server any more: every kubectl command that needs the API fails as kubectl does when
a connection is refused (exit code 1), after client-go logs each failed discovery request, while
client-only ones (help, create's client-side dry run) still work; run asks discovery for the pod's
kind even in a client-side dry run, so it fails too. No controller, scheduler or node lifecycle
work happens, but the worker kubelets keep their pods running, and a crash-looping pod keeps
restarting.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl run crash --image=busybox -- sh -c 'exit 1'
  pod/crash created
  $ kubectl create cronjob tick --image=busybox --schedule='*/1 * * * *' -- date
  cronjob.batch/tick created
  $ sleep 10
  $ kubectl get pods -o wide
  NAME                   READY   STATUS             RESTARTS     AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  crash                  0/1     CrashLoopBackOff   1 (6s ago)   10s   10.244.1.9     tk8s-worker2   <none>           <none>
  goweb                  1/1     Running            0            95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-c89zj   1/1     Running            0            10s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running            0            10s   10.244.0.142   tk8s-worker1   <none>           <none>
  $ sudo podman stop tk8s-control-plane
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-control-plane in 10 seconds, resorting to SIGKILL
  tk8s-control-plane
  $ sudo podman ps -a
  CONTAINER ID  IMAGE                               COMMAND     CREATED       STATUS                               PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Exited (137) Less than a second ago              tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                                       tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                                       tk8s-worker2
  $ kubectl get pods
  E0423 07:25:20.000000   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.001400   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.002800   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.004200   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.005600   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ echo $?
  1
  $ kubectl delete pod crash
  E0423 07:25:20.000000   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.001400   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.002800   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.004200   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.005600   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl get pods --help > /dev/null; echo $?
  0
  $ kubectl create deployment demo --image=nginx --dry-run=client
  deployment.apps/demo created (dry run)
  $ kubectl apply -f nosuch.yaml --dry-run=client
  error: the path "nosuch.yaml" does not exist
  $ kubectl run probe --image=nginx --dry-run=client -o name
  E0423 07:25:20.000000   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl scale deployment web --replicas=3
  E0423 07:25:20.000000   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.001400   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.002800   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.004200   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:25:20.005600   23120 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl scale deployment web
  error: required flag(s) "replicas" not set
  $ sleep 180

Started again, the container's kubelet syncs its pods once the runtime is up (2 s, the world's
startup.imagePresent) and restarts the control plane's static pods in new sandboxes; the apiserver
answers once its container runs. The controllers resume: the node lifecycle controller, starting
afresh, registers every node (the workers' kubelets never stopped, so they stay Ready), the
CronJob controller makes the Job of the latest schedule it missed, and a scale works again.
  $ sudo podman start tk8s-control-plane
  tk8s-control-plane
  $ kubectl get nodes
  E0423 07:28:20.000000   23300 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:20.001400   23300 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:20.002800   23300 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:20.004200   23300 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:20.005600   23300 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ sleep 1
  $ kubectl get nodes
  E0423 07:28:21.000000   23301 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:21.001400   23301 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:21.002800   23301 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:21.004200   23301 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  E0423 07:28:21.005600   23301 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ sleep 1
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
  $ sleep 3
  $ kubectl get pods -o wide
  NAME                   READY   STATUS             RESTARTS      AGE     IP             NODE           NOMINATED NODE   READINESS GATES
  crash                  0/1     CrashLoopBackOff   5 (48s ago)   3m25s   10.244.1.9     tk8s-worker2   <none>           <none>
  goweb                  1/1     Running            0             98m     10.244.0.141   tk8s-worker1   <none>           <none>
  tick-29089888-lpgmw    0/1     Completed          0             3s      10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-c89zj   1/1     Running            0             3m25s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running            0             3m25s   10.244.0.142   tk8s-worker1   <none>           <none>
  $ kubectl get pods -n kube-system
  NAME                                         READY   STATUS    RESTARTS        AGE
  calico-kube-controllers-6b65fb5f89-66t62     1/1     Running   4 (5s ago)      46h
  canal-9dc5v                                  2/2     Running   6 (6h47m ago)   46h
  canal-ql5xj                                  2/2     Running   6 (6h47m ago)   46h
  canal-rv6n7                                  2/2     Running   8 (5s ago)      46h
  coredns-66967f4c59-sc4gn                     1/1     Running   4 (5s ago)      46h
  coredns-66967f4c59-zkpkl                     1/1     Running   4 (5s ago)      46h
  etcd-tk8s-control-plane                      1/1     Running   4 (5s ago)      46h
  kube-apiserver-tk8s-control-plane            1/1     Running   4 (5s ago)      46h
  kube-controller-manager-tk8s-control-plane   1/1     Running   4 (5s ago)      46h
  kube-proxy-4g4b7                             1/1     Running   3 (6h47m ago)   46h
  kube-proxy-lstnd                             1/1     Running   3 (6h47m ago)   46h
  kube-proxy-tpn5w                             1/1     Running   4 (5s ago)      46h
  kube-scheduler-tk8s-control-plane            1/1     Running   4 (5s ago)      46h
  metrics-server-8467fcc7b7-d9x4b              1/1     Running   3 (6h47m ago)   46h
  $ kubectl get events --field-selector involvedObject.kind=Node
  LAST SEEN   TYPE     REASON                    OBJECT                    MESSAGE
  5s          Normal   Starting                  node/tk8s-control-plane   Starting kubelet.
  5s          Normal   NodeAllocatableEnforced   node/tk8s-control-plane   Updated Node Allocatable limit across pods
  5s          Normal   NodeHasSufficientMemory   node/tk8s-control-plane   Node tk8s-control-plane status is now: NodeHasSufficientMemory
  5s          Normal   NodeHasNoDiskPressure     node/tk8s-control-plane   Node tk8s-control-plane status is now: NodeHasNoDiskPressure
  5s          Normal   NodeHasSufficientPID      node/tk8s-control-plane   Node tk8s-control-plane status is now: NodeHasSufficientPID
  3s          Normal   RegisteredNode            node/tk8s-control-plane   Node tk8s-control-plane event: Registered Node tk8s-control-plane in Controller
  3s          Normal   RegisteredNode            node/tk8s-worker1         Node tk8s-worker1 event: Registered Node tk8s-worker1 in Controller
  3s          Normal   RegisteredNode            node/tk8s-worker2         Node tk8s-worker2 event: Registered Node tk8s-worker2 in Controller

The kubelet kept recording the crash loop's events while nothing answered, each retried for about
100 s: only the last restart's were still being retried, and the spam filter (25 events of a type
per object, then one every 5 minutes) let them all through, with the counts so far.
  $ kubectl get events --field-selector involvedObject.name=crash
  LAST SEEN   TYPE      REASON      OBJECT      MESSAGE
  3m25s       Normal    Scheduled   pod/crash   Successfully assigned default/crash to tk8s-worker2
  48s         Normal    Pulling     pod/crash   Pulling image "busybox"
  3m23s       Normal    Pulled      pod/crash   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  48s         Normal    Created     pod/crash   Created container: crash
  48s         Normal    Started     pod/crash   Started container crash
  48s         Normal    Pulled      pod/crash   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  48s         Warning   BackOff     pod/crash   Back-off restarting failed container crash in pod crash_default(0ded8720-bb4c-4c2e-a5ac-a191385d7c74)
  $ kubectl get events --field-selector involvedObject.name=crash -o jsonpath='{range .items[*]}{.count} {.lastTimestamp} {.reason}{"\n"}{end}'
   null Scheduled
  6 2025-04-23T07:27:37Z Pulling
  1 2025-04-23T07:25:02Z Pulled
  6 2025-04-23T07:27:37Z Created
  6 2025-04-23T07:27:37Z Started
  5 2025-04-23T07:27:37Z Pulled
  5 2025-04-23T07:27:37Z BackOff
  $ kubectl get jobs
  NAME            STATUS    COMPLETIONS   DURATION   AGE
  tick-29089888   Running   0/1           3s         3s
  $ kubectl scale deployment web --replicas=3
  deployment.apps/web scaled
  $ sleep 5
  $ kubectl get deployment web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    3/3     3            3           3m30s
  $ sudo podman ps
  CONTAINER ID  IMAGE                               COMMAND     CREATED       STATUS         PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 10 seconds              tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                 tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                 tk8s-worker2
