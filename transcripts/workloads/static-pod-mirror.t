The control plane's pods are static pods: the kubelet on tk8s-control-plane runs them from
/etc/kubernetes/manifests, and the API shows each as a mirror pod. Deleting a mirror pod stops
nothing. Its kubelet deletes it for good and creates it again: a new object (new UID, its age
starting over), Pending as any new pod until the kubelet's status manager, at its next full
sync (every 10 s), writes the status of the static pod, whose containers ran on with no restart.
  $ kubectl get pod kube-apiserver-tk8s-control-plane -n kube-system -o jsonpath='{.metadata.uid}{"\n"}'
  bd8094b9-8f91-492a-9bcd-091e7137c8b2
  $ kubectl delete pod kube-apiserver-tk8s-control-plane -n kube-system
  pod "kube-apiserver-tk8s-control-plane" deleted
  $ kubectl get pods -n kube-system
  NAME                                         READY   STATUS    RESTARTS        AGE
  calico-kube-controllers-6b65fb5f89-66t62     1/1     Running   3 (6h44m ago)   46h
  canal-9dc5v                                  2/2     Running   6 (6h44m ago)   46h
  canal-ql5xj                                  2/2     Running   6 (6h44m ago)   46h
  canal-rv6n7                                  2/2     Running   6 (6h44m ago)   46h
  coredns-66967f4c59-sc4gn                     1/1     Running   3 (6h44m ago)   46h
  coredns-66967f4c59-zkpkl                     1/1     Running   3 (6h44m ago)   46h
  etcd-tk8s-control-plane                      1/1     Running   3 (6h44m ago)   46h
  kube-apiserver-tk8s-control-plane            0/1     Pending   0               0s
  kube-controller-manager-tk8s-control-plane   1/1     Running   3 (6h44m ago)   46h
  kube-proxy-4g4b7                             1/1     Running   3 (6h44m ago)   46h
  kube-proxy-lstnd                             1/1     Running   3 (6h44m ago)   46h
  kube-proxy-tpn5w                             1/1     Running   3 (6h44m ago)   46h
  kube-scheduler-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  metrics-server-8467fcc7b7-d9x4b              1/1     Running   3 (6h44m ago)   46h
  $ sleep 5
  $ kubectl get pods -n kube-system -l tier=control-plane
  NAME                                         READY   STATUS    RESTARTS        AGE
  etcd-tk8s-control-plane                      1/1     Running   3 (6h44m ago)   46h
  kube-apiserver-tk8s-control-plane            0/1     Pending   0               5s
  kube-controller-manager-tk8s-control-plane   1/1     Running   3 (6h44m ago)   46h
  kube-scheduler-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  $ sleep 5
  $ kubectl get pods -n kube-system -l tier=control-plane
  NAME                                         READY   STATUS    RESTARTS        AGE
  etcd-tk8s-control-plane                      1/1     Running   3 (6h44m ago)   46h
  kube-apiserver-tk8s-control-plane            1/1     Running   3 (6h44m ago)   10s
  kube-controller-manager-tk8s-control-plane   1/1     Running   3 (6h44m ago)   46h
  kube-scheduler-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pod kube-apiserver-tk8s-control-plane -n kube-system -o jsonpath='{.metadata.uid}{"\n"}{.metadata.annotations.kubernetes\.io/config\.mirror}{"\n"}{.metadata.ownerReferences[0].kind}{"\n"}'
  7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  d868aeaa7a01cbbd9b0700a61fa57e92
  Node
  $ sudo podman exec tk8s-control-plane crictl ps
  CONTAINER           IMAGE               CREATED             STATE               NAME                      ATTEMPT             POD ID              POD                                          NAMESPACE
  99d77351d69f1       84c97b2a3b288       7 hours ago         Running             calico-kube-controllers   3                   7e2d0ff5309a5       calico-kube-controllers-6b65fb5f89-66t62     kube-system
  2697a514b5177       9c10fb47abb5c       7 hours ago         Running             calico-node               3                   36b7b32d41d50       canal-rv6n7                                  kube-system
  49c896c3e04e0       85f93120c0536       7 hours ago         Running             kube-flannel              3                   36b7b32d41d50       canal-rv6n7                                  kube-system
  d01f8657fcc46       15854bc51b524       7 hours ago         Running             coredns                   3                   75d97b65060a9       coredns-66967f4c59-sc4gn                     kube-system
  fa515e0b83b47       15854bc51b524       7 hours ago         Running             coredns                   3                   ea0b308d09017       coredns-66967f4c59-zkpkl                     kube-system
  80961f0c4a7a1       e646afd23792e       7 hours ago         Running             etcd                      3                   ddd2961f5bf0f       etcd-tk8s-control-plane                      kube-system
  03577c7ff0d8d       ae0de85f92328       7 hours ago         Running             kube-apiserver            3                   9aefd21bc6b07       kube-apiserver-tk8s-control-plane            kube-system
  ef064924a60c7       a594af2062d6f       7 hours ago         Running             kube-controller-manager   3                   f81484343a31b       kube-controller-manager-tk8s-control-plane   kube-system
  ac7c198bf470a       0fe6da2ee25d5       7 hours ago         Running             kube-proxy                3                   11f0286d8112c       kube-proxy-tpn5w                             kube-system
  b6723b4287644       68e087d3285fb       7 hours ago         Running             kube-scheduler            3                   6facaf282902a       kube-scheduler-tk8s-control-plane            kube-system
