Inside the node containers. The notes ask kube-proxy its mode from the host (curl prints no
newline, hence the `; echo`), then step into the control plane with `docker exec -it` (the
lab's docker is root's podman): the prompt becomes the node's, `exit` comes back. The node
has kubeadm's files; the host's /opt/zfs/tk8s is its /opt/zfs (kcn's --volume). crictl shows
what the node's containerd runs: the control plane's static pods and DaemonSet pods.
  $ sudo podman exec tk8s-worker2 curl -s localhost:10249/proxyMode; echo
  nftables
  $ docker exec -it tk8s-control-plane bash
  $ hostname
  tk8s-control-plane
  $ ls /etc/kubernetes/manifests
  etcd.yaml	     kube-controller-manager.yaml
  kube-apiserver.yaml  kube-scheduler.yaml
  $ grep -A2 'command:' /etc/kubernetes/manifests/kube-controller-manager.yaml
    - command:
      - kube-controller-manager
      - --allocate-node-cidrs=true
  $ grep -e maxPods -e clusterDomain -A1 /var/lib/kubelet/config.yaml
  clusterDomain: tk8s.k8s
  containerLogMaxFiles: 3
  --
  maxPods: 80
  memorySwap: {}
  $ cat /etc/resolv.conf
  search dns.podman
  nameserver 10.89.0.1
  $ grep -B3 BinaryName /etc/containerd/config.toml
    base_runtime_spec = "/etc/containerd/cri-base.json"
    runtime_type = "io.containerd.runc.v2"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.crun.options]
      BinaryName = "/usr/bin/crun"
  --
    base_runtime_spec = "/etc/containerd/cri-base.json"
    runtime_type = "io.containerd.runsc.v1"
  [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runsc.options]
      BinaryName = "/usr/local/bin/runsc"
  $ ls -al /opt/zfs
  total 64
  drwxrwxrwx 7 root root 4096 Apr 23 00:42 .
  drwxr-xr-x 1 root root 4096 Apr 21 08:53 ..
  -rw------- 1 1000 1000 5630 Apr 21 08:53 config
  -rw-r--r-- 1 root root  764 Apr 21 08:53 containerd-config.yaml
  drwxr-xr-x 2 root root 4096 Apr 21 08:57 dkreg
  drwxr-xr-x 3 root root 4096 Apr 23 05:47 goweb
  -rw-r--r-- 1 root root   70 Apr 23 00:42 hosts
  -rw-r--r-- 1 root root 1599 Apr 21 08:53 init-config.yaml
  -rw-rw-r-- 1 1000 1000  393 Apr 23 00:42 net.info
  drwxr-xr-x 2 root root 4096 Apr 21 08:57 podman
  drwxrwxrwx 2 root root 4096 Apr 21 08:57 storage
  -rwxr-xr-x 1 root root  102 Apr 23 00:42 tkadd-dnat.sh
  -rwxr-xr-x 1 root root  102 Apr 23 00:42 tkdel-dnat.sh
  -rwxr-xr-x 1 root root  102 Apr 23 00:30 tkdel-dnat.sh.old
  drwxr-xr-x 3 1000 1000 4096 Apr 21 08:58 wulin
  $ crictl pods
  POD ID              CREATED             STATE               NAME                                         NAMESPACE           ATTEMPT             RUNTIME
  7e2d0ff5309a5       7 hours ago         Ready               calico-kube-controllers-6b65fb5f89-66t62     kube-system         3                   (default)
  36b7b32d41d50       7 hours ago         Ready               canal-rv6n7                                  kube-system         3                   (default)
  75d97b65060a9       7 hours ago         Ready               coredns-66967f4c59-sc4gn                     kube-system         3                   (default)
  ea0b308d09017       7 hours ago         Ready               coredns-66967f4c59-zkpkl                     kube-system         3                   (default)
  ddd2961f5bf0f       7 hours ago         Ready               etcd-tk8s-control-plane                      kube-system         3                   (default)
  9aefd21bc6b07       7 hours ago         Ready               kube-apiserver-tk8s-control-plane            kube-system         3                   (default)
  f81484343a31b       7 hours ago         Ready               kube-controller-manager-tk8s-control-plane   kube-system         3                   (default)
  11f0286d8112c       7 hours ago         Ready               kube-proxy-tpn5w                             kube-system         3                   (default)
  6facaf282902a       7 hours ago         Ready               kube-scheduler-tk8s-control-plane            kube-system         3                   (default)
  $ crictl ps | grep kube-
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
  $ crictl images | head -4
  IMAGE                                           TAG                 IMAGE ID            SIZE
  quay.io/cloudwalker/flannel                     v0.24.4             85f93120c0536       28.1MB
  quay.io/cloudwalker/kube-controllers            v3.29.2             84c97b2a3b288       35.3MB
  quay.io/cloudwalker/local-path-provisioner      v0.0.31             37e0bd3f13044       21.9MB
  $ curl localhost:8080
  curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server
  $ echo $?
  7
  $ curl -s -X GET -H 'Accept: text/plain' localhost:10248/healthz; echo
  ok
  $ exit
  exit
  $ pwd
  /home/bigred
  $ sudo podman exec tk8s-worker1 nosuch-tool --version
  Error: crun: executable file `nosuch-tool` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found
  $ echo $?
  127
  $ sudo podman exec tk8s-worker3 ls
  Error: no container with name or ID "tk8s-worker3" found: no such container
  $ sudo podman stop tk8s-worker1
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker1 in 10 seconds, resorting to SIGKILL
  tk8s-worker1
  $ sudo podman exec tk8s-worker1 ls
  Error: can only create exec sessions on running containers: container state improper
  $ echo $?
  125
