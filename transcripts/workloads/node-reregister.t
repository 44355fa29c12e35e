A kubelet registers its Node only when it starts, so a node deleted while its kubelet runs
stays gone. Restarting the kubelet inside the node container registers it again: a new object
(new UID, age 0s) with the labels and annotations the kubelet sets itself (kubeadm's and the
controllers' own come from elsewhere), a pod CIDR from the controller manager's node IPAM and
the TTL annotation, the kubelet's start-up events and RegisteredNode. The DaemonSets put their
pods back, and the kubelet makes its node lease again.
  $ kubectl delete node tk8s-worker2
  node "tk8s-worker2" deleted
  $ sleep 60
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  $ kubectl get leases -n kube-node-lease
  NAME                 HOLDER               AGE
  tk8s-control-plane   tk8s-control-plane   46h
  tk8s-worker1         tk8s-worker1         46h
  $ sudo podman exec tk8s-worker2 systemctl restart kubelet
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          0s    v1.32.2
  $ kubectl get node tk8s-worker2 --show-labels
  NAME           STATUS   ROLES    AGE   VERSION   LABELS
  tk8s-worker2   Ready    <none>   0s    v1.32.2   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=tk8s-worker2,kubernetes.io/os=linux
  $ kubectl get node tk8s-worker2 -o jsonpath='{.metadata.annotations}{"\n"}{.spec}{"\n"}'
  {"node.alpha.kubernetes.io/ttl":"0","volumes.kubernetes.io/controller-managed-attach-detach":"true"}
  {"podCIDR":"10.244.1.0/25","podCIDRs":["10.244.1.0/25"]}
  $ kubectl get events --field-selector involvedObject.name=tk8s-worker2
  LAST SEEN   TYPE     REASON                    OBJECT              MESSAGE
  0s          Normal   Starting                  node/tk8s-worker2   Starting kubelet.
  0s          Normal   NodeAllocatableEnforced   node/tk8s-worker2   Updated Node Allocatable limit across pods
  0s          Normal   NodeHasSufficientMemory   node/tk8s-worker2   Node tk8s-worker2 status is now: NodeHasSufficientMemory
  0s          Normal   NodeHasNoDiskPressure     node/tk8s-worker2   Node tk8s-worker2 status is now: NodeHasNoDiskPressure
  0s          Normal   NodeHasSufficientPID      node/tk8s-worker2   Node tk8s-worker2 status is now: NodeHasSufficientPID
  0s          Normal   RegisteredNode            node/tk8s-worker2   Node tk8s-worker2 event: Registered Node tk8s-worker2 in Controller
  $ sleep 30
  $ kubectl get pods -A -o wide --field-selector spec.nodeName=tk8s-worker2
  NAMESPACE     NAME               READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  kube-system   canal-vxs9j        2/2     Running   0          30s   172.22.0.3   tk8s-worker2   <none>           <none>
  kube-system   kube-proxy-tpbvr   1/1     Running   0          30s   172.22.0.3   tk8s-worker2   <none>           <none>
  $ kubectl get leases -n kube-node-lease
  NAME                 HOLDER               AGE
  tk8s-control-plane   tk8s-control-plane   46h
  tk8s-worker1         tk8s-worker1         46h
  tk8s-worker2         tk8s-worker2         30s
