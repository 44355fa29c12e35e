A node whose container stops. `sudo podman stop` waits out podman's 10 s timeout (the node's
bash ignores SIGTERM) and kills it. The node lifecycle controller hears nothing from its kubelet
for 40 s, calls it NotReady and taints it unreachable; its pods keep their last reported status
(1/1 Running) but lose their Ready condition and so leave the Endpoints. 300 s later (the default
toleration of unreachable) the taint eviction controller deletes them: they stay Terminating, as
no kubelet can confirm, while the ReplicaSet makes replacements elsewhere. The DaemonSet pods
tolerate unreachable and stay. When the container starts again, the kubelet lets the deleted pods
go and restarts the others in new sandboxes.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     app: web
  >   ports:
  >   - port: 80
  > EOF
  service/web created
  $ sleep 10
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          10s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          10s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          10s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ kubectl get endpoints web
  NAME   ENDPOINTS                                     AGE
  web    10.244.0.142:80,10.244.1.8:80,10.244.1.9:80   10s
  $ sudo podman stop tk8s-worker2
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker2 in 10 seconds, resorting to SIGKILL
  tk8s-worker2
  $ sudo podman ps -a
  CONTAINER ID  IMAGE                               COMMAND     CREATED       STATUS                               PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                                       tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                                       tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Exited (137) Less than a second ago              tk8s-worker2
  $ sleep 39
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
  $ sleep 1
  $ kubectl get nodes
  NAME                 STATUS     ROLES           AGE   VERSION
  tk8s-control-plane   Ready      control-plane   46h   v1.32.2
  tk8s-worker1         Ready      <none>          46h   v1.32.2
  tk8s-worker2         NotReady   <none>          46h   v1.32.2
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          96m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          60s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          60s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          60s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ kubectl get endpoints web
  NAME   ENDPOINTS         AGE
  web    10.244.0.142:80   60s
  $ kubectl get node tk8s-worker2 -o jsonpath='{range .spec.taints[*]}{.key}:{.effect}{"\n"}{end}'
  node.kubernetes.io/unreachable:NoExecute
  node.kubernetes.io/unreachable:NoSchedule
  $ kubectl get node tk8s-worker2 -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason} {.message}{"\n"}{end}'
  MemoryPressure Unknown NodeStatusUnknown Kubelet stopped posting node status.
  DiskPressure Unknown NodeStatusUnknown Kubelet stopped posting node status.
  PIDPressure Unknown NodeStatusUnknown Kubelet stopped posting node status.
  Ready Unknown NodeStatusUnknown Kubelet stopped posting node status.
  $ kubectl get pod web-65d846d465-9sjxk -o jsonpath='{range .status.conditions[*]}{.type} {.status}{"\n"}{end}'
  PodReadyToStartContainers True
  Initialized True
  Ready False
  ContainersReady True
  PodScheduled True
  $ sleep 299
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE     IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          101m    10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          5m59s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          5m59s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          5m59s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ sleep 1
  $ kubectl get pods -o wide
  NAME                   READY   STATUS              RESTARTS   AGE    IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running             0          101m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-8dzqm   0/1     ContainerCreating   0          0s     10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Terminating         0          6m     10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running             0          6m     10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Terminating         0          6m     10.244.1.9     tk8s-worker2   <none>           <none>
  web-65d846d465-h7spf   0/1     ContainerCreating   0          0s     10.244.0.144   tk8s-worker1   <none>           <none>
  $ sleep 10
  $ kubectl get pods -o wide
  NAME                   READY   STATUS        RESTARTS   AGE     IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running       0          101m    10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-8dzqm   1/1     Running       0          10s     10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Terminating   0          6m10s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running       0          6m10s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Terminating   0          6m10s   10.244.1.9     tk8s-worker2   <none>           <none>
  web-65d846d465-h7spf   1/1     Running       0          10s     10.244.0.144   tk8s-worker1   <none>           <none>
  $ kubectl get endpoints web
  NAME   ENDPOINTS                                         AGE
  web    10.244.0.142:80,10.244.0.143:80,10.244.0.144:80   6m10s
  $ kubectl get pods -A -o wide | grep -e NAME -e worker2
  NAMESPACE            NAME                                         READY   STATUS        RESTARTS        AGE     IP             NODE                 NOMINATED NODE   READINESS GATES
  default              web-65d846d465-9sjxk                         1/1     Terminating   0               6m10s   10.244.1.8     tk8s-worker2         <none>           <none>
  default              web-65d846d465-c9dcc                         1/1     Terminating   0               6m10s   10.244.1.9     tk8s-worker2         <none>           <none>
  kube-system          canal-ql5xj                                  2/2     Running       6 (6h50m ago)   46h     172.22.0.3     tk8s-worker2         <none>           <none>
  kube-system          kube-proxy-4g4b7                             1/1     Running       3 (6h50m ago)   46h     172.22.0.3     tk8s-worker2         <none>           <none>
  local-path-storage   local-path-provisioner-84944977bd-fpmmz      1/1     Terminating   3 (6h50m ago)   46h     10.244.1.7     tk8s-worker2         <none>           <none>
  $ kubectl get events | grep -e LAST -e NodeNotReady -e TaintManager
  LAST SEEN   TYPE      REASON                 OBJECT                      MESSAGE
  5m10s       Normal    NodeNotReady           node/tk8s-worker2           Node tk8s-worker2 status is now: NodeNotReady
  5m10s       Warning   NodeNotReady           pod/web-65d846d465-9sjxk    Node is not ready
  10s         Normal    TaintManagerEviction   pod/web-65d846d465-9sjxk    Marking for deletion Pod default/web-65d846d465-9sjxk
  5m10s       Warning   NodeNotReady           pod/web-65d846d465-c9dcc    Node is not ready
  10s         Normal    TaintManagerEviction   pod/web-65d846d465-c9dcc    Marking for deletion Pod default/web-65d846d465-c9dcc
  $ sudo podman start tk8s-worker2
  tk8s-worker2
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE     IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          101m    10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-8dzqm   1/1     Running   0          10s     10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          6m10s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-h7spf   1/1     Running   0          10s     10.244.0.144   tk8s-worker1   <none>           <none>
  $ sleep 10
  $ kubectl get pods -A -o wide | grep -e NAME -e worker2
  NAMESPACE            NAME                                         READY   STATUS    RESTARTS        AGE     IP             NODE                 NOMINATED NODE   READINESS GATES
  kube-system          canal-ql5xj                                  2/2     Running   8 (10s ago)     46h     172.22.0.3     tk8s-worker2         <none>           <none>
  kube-system          kube-proxy-4g4b7                             1/1     Running   4 (10s ago)     46h     172.22.0.3     tk8s-worker2         <none>           <none>
  $ kubectl get events | grep -e LAST -e node/tk8s-worker2
  LAST SEEN   TYPE      REASON                    OBJECT                      MESSAGE
  5m20s       Normal    NodeNotReady              node/tk8s-worker2           Node tk8s-worker2 status is now: NodeNotReady
  10s         Normal    Starting                  node/tk8s-worker2           Starting kubelet.
  10s         Normal    NodeAllocatableEnforced   node/tk8s-worker2           Updated Node Allocatable limit across pods
  10s         Normal    NodeHasSufficientMemory   node/tk8s-worker2           Node tk8s-worker2 status is now: NodeHasSufficientMemory
  10s         Normal    NodeHasNoDiskPressure     node/tk8s-worker2           Node tk8s-worker2 status is now: NodeHasNoDiskPressure
  10s         Normal    NodeHasSufficientPID      node/tk8s-worker2           Node tk8s-worker2 status is now: NodeHasSufficientPID
  10s         Normal    NodeReady                 node/tk8s-worker2           Node tk8s-worker2 status is now: NodeReady
  $ sudo podman ps
  CONTAINER ID  IMAGE                               COMMAND     CREATED       STATUS         PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                 tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                 tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 10 seconds              tk8s-worker2
