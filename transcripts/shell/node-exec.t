Inside the node containers. The notes ask kube-proxy its mode from the host (curl prints no
newline, hence the `; echo`), then step into the control plane with `docker exec -it` (the
lab's docker is root's podman): the prompt becomes the node's, `exit` comes back. The node
has kubeadm's files; the host's /opt/zfs/tk8s is its /opt/zfs (kcn's --volume).
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
  drwxr-xr-x 4 root root 4096 Apr 21 08:53 ..
  -rw------- 1 1000 1000 5630 Apr 21 08:53 config
  -rw-r--r-- 1 root root  837 Apr 21 08:53 containerd-config.yaml
  drwxr-xr-x 2 root root 4096 Apr 21 08:57 dkreg
  drwxr-xr-x 3 root root 4096 Apr 23 05:47 goweb
  -rw-r--r-- 1 root root   78 Apr 23 00:42 hosts
  -rw-r--r-- 1 root root 1856 Apr 21 08:53 init-config.yaml
  -rw-rw-r-- 1 1000 1000  207 Apr 23 00:42 net.info
  drwxr-xr-x 2 root root 4096 Apr 21 08:57 podman
  drwxrwxrwx 2 root root 4096 Apr 21 08:57 storage
  -rwxr-xr-x 1 root root   86 Apr 23 00:42 tkadd-dnat.sh
  -rwxr-xr-x 1 root root   89 Apr 23 00:42 tkdel-dnat.sh
  -rwxr-xr-x 1 root root   89 Apr 23 00:30 tkdel-dnat.sh.old
  drwxr-xr-x 3 1000 1000 4096 Apr 21 08:58 wulin
  $ curl localhost:8080
  curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server
  $ echo $?
  7
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
