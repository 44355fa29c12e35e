The host reboots, as it did on the morning of Apr 24 (the files kcn rewrites in /opt/zfs date
from 00:42). Every node container stops and, once the host is back 45 s later, starts again;
each kubelet restarts its pods in new sandboxes: every restart count goes up by one, pods get
new IPs from their node's range, host-network pods keep the node's. Two hours later `docker ps -a`
prints exactly the course notes' capture.
  $ kubectl get pods -A -o wide
  NAMESPACE            NAME                                         READY   STATUS    RESTARTS        AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  default              goweb                                        1/1     Running   0               95m   10.244.0.141   tk8s-worker1         <none>           <none>
  kube-system          calico-kube-controllers-6b65fb5f89-66t62     1/1     Running   3 (6h44m ago)   46h   10.244.0.15    tk8s-control-plane   <none>           <none>
  kube-system          canal-9dc5v                                  2/2     Running   6 (6h44m ago)   46h   172.22.0.2     tk8s-worker1         <none>           <none>
  kube-system          canal-ql5xj                                  2/2     Running   6 (6h44m ago)   46h   172.22.0.3     tk8s-worker2         <none>           <none>
  kube-system          canal-rv6n7                                  2/2     Running   6 (6h44m ago)   46h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          coredns-66967f4c59-sc4gn                     1/1     Running   3 (6h44m ago)   46h   10.244.0.13    tk8s-control-plane   <none>           <none>
  kube-system          coredns-66967f4c59-zkpkl                     1/1     Running   3 (6h44m ago)   46h   10.244.0.14    tk8s-control-plane   <none>           <none>
  kube-system          etcd-tk8s-control-plane                      1/1     Running   3 (6h44m ago)   46h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-apiserver-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-controller-manager-tk8s-control-plane   1/1     Running   3 (6h44m ago)   46h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-proxy-4g4b7                             1/1     Running   3 (6h44m ago)   46h   172.22.0.3     tk8s-worker2         <none>           <none>
  kube-system          kube-proxy-lstnd                             1/1     Running   3 (6h44m ago)   46h   172.22.0.2     tk8s-worker1         <none>           <none>
  kube-system          kube-proxy-tpn5w                             1/1     Running   3 (6h44m ago)   46h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-scheduler-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          metrics-server-8467fcc7b7-d9x4b              1/1     Running   3 (6h44m ago)   46h   10.244.0.140   tk8s-worker1         <none>           <none>
  local-path-storage   local-path-provisioner-84944977bd-fpmmz      1/1     Running   3 (6h44m ago)   46h   10.244.1.7     tk8s-worker2         <none>           <none>
  $ sleep 62175
  $ sudo reboot
  $ sleep 5
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE     VERSION
  tk8s-control-plane   Ready    control-plane   2d15h   v1.32.2
  tk8s-worker1         Ready    <none>          2d15h   v1.32.2
  tk8s-worker2         Ready    <none>          2d15h   v1.32.2
  $ kubectl get pods -A -o wide
  NAMESPACE            NAME                                         READY   STATUS    RESTARTS     AGE     IP             NODE                 NOMINATED NODE   READINESS GATES
  default              goweb                                        1/1     Running   1 (5s ago)   18h     10.244.0.142   tk8s-worker1         <none>           <none>
  kube-system          calico-kube-controllers-6b65fb5f89-66t62     1/1     Running   4 (5s ago)   2d15h   10.244.0.16    tk8s-control-plane   <none>           <none>
  kube-system          canal-9dc5v                                  2/2     Running   8 (5s ago)   2d15h   172.22.0.2     tk8s-worker1         <none>           <none>
  kube-system          canal-ql5xj                                  2/2     Running   8 (5s ago)   2d15h   172.22.0.3     tk8s-worker2         <none>           <none>
  kube-system          canal-rv6n7                                  2/2     Running   8 (5s ago)   2d15h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          coredns-66967f4c59-sc4gn                     1/1     Running   4 (5s ago)   2d15h   10.244.0.17    tk8s-control-plane   <none>           <none>
  kube-system          coredns-66967f4c59-zkpkl                     1/1     Running   4 (5s ago)   2d15h   10.244.0.18    tk8s-control-plane   <none>           <none>
  kube-system          etcd-tk8s-control-plane                      1/1     Running   4 (5s ago)   2d15h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-apiserver-tk8s-control-plane            1/1     Running   4 (5s ago)   2d15h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-controller-manager-tk8s-control-plane   1/1     Running   4 (5s ago)   2d15h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-proxy-4g4b7                             1/1     Running   4 (5s ago)   2d15h   172.22.0.3     tk8s-worker2         <none>           <none>
  kube-system          kube-proxy-lstnd                             1/1     Running   4 (5s ago)   2d15h   172.22.0.2     tk8s-worker1         <none>           <none>
  kube-system          kube-proxy-tpn5w                             1/1     Running   4 (5s ago)   2d15h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          kube-scheduler-tk8s-control-plane            1/1     Running   4 (5s ago)   2d15h   172.22.0.1     tk8s-control-plane   <none>           <none>
  kube-system          metrics-server-8467fcc7b7-d9x4b              0/1     Running   4 (5s ago)   2d15h   10.244.0.143   tk8s-worker1         <none>           <none>
  local-path-storage   local-path-provisioner-84944977bd-fpmmz      1/1     Running   4 (5s ago)   2d15h   10.244.1.8     tk8s-worker2         <none>           <none>
  $ kubectl get events | grep -e LAST -e node/tk8s-worker2
  LAST SEEN   TYPE     REASON                    OBJECT                    MESSAGE
  5s          Normal   Starting                  node/tk8s-worker2         Starting kubelet.
  5s          Normal   NodeAllocatableEnforced   node/tk8s-worker2         Updated Node Allocatable limit across pods
  5s          Normal   NodeHasSufficientMemory   node/tk8s-worker2         Node tk8s-worker2 status is now: NodeHasSufficientMemory
  5s          Normal   NodeHasNoDiskPressure     node/tk8s-worker2         Node tk8s-worker2 status is now: NodeHasNoDiskPressure
  5s          Normal   NodeHasSufficientPID      node/tk8s-worker2         Node tk8s-worker2 status is now: NodeHasSufficientPID
  3s          Normal   RegisteredNode            node/tk8s-worker2         Node tk8s-worker2 event: Registered Node tk8s-worker2 in Controller
  $ kubectl get endpoints kube-dns -n kube-system
  NAME       ENDPOINTS                                                  AGE
  kube-dns   10.244.0.17:53,10.244.0.18:53,10.244.0.17:53 + 3 more...   2d15h
  $ sleep 7200
  $ docker ps -a
  CONTAINER ID  IMAGE                               COMMAND     CREATED     STATUS      PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Up 2 hours              tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Up 2 hours              tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Up 2 hours              tk8s-worker2
  $ reboot
  Failed to set wall message, ignoring: Interactive authentication required.
  Call to Reboot failed: Interactive authentication required.
  $ echo $?
  1
