The course notes' captures of the lab's files ("k8s namespace 設定" and "K8S Runtime Class"),
reproduced by the simulated lab. Inside the control plane, /opt/zfs is the host's /opt/zfs/tk8s
(kcn's --volume); its parent /opt is an overlay directory, so it counts one link. The notes'
listing leaves out ls's `total` line, and was taken a day later (after a reboot at 00:42 on
Apr 24), so kcn's boot files date from this lab's last reboot instead. The notes' `cat` captures
carry the notes' own annotations (`#!! ... !!#` and `# 中文` lines); the sizes in the listing
(1599 and 764 bytes) show the real files do not, and neither do these.
#! world tk8s
  $ docker exec -it tk8s-control-plane bash
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
  $ cat /opt/zfs/init-config.yaml
  apiVersion: kubeadm.k8s.io/v1beta4
  kind: InitConfiguration
  localAPIEndpoint:
    advertiseAddress: 172.22.0.1                   # change from Master node IP
    bindPort: 6443
  nodeRegistration:
    criSocket: unix:///run/containerd/containerd.sock         # change from CRI-O Unix Socket
    imagePullPolicy: IfNotPresent
    name: tk8s-control-plane                                      # change from Master node hsotname
    taints: null
  ---
  apiServer: {}
  apiVersion: kubeadm.k8s.io/v1beta4
  certificatesDir: /etc/kubernetes/pki
  clusterName: tk8s                             # set your clusterName
  controllerManager:
    extraArgs:
      - name: node-cidr-mask-size              # set pod cidr per node
        value: "25"
  dns: {}
  etcd:
    local:
      dataDir: /var/lib/etcd
  imageRepository: registry.k8s.io
  kind: ClusterConfiguration
  kubernetesVersion: 1.32.2
  networking:
    dnsDomain: tk8s.k8s                                    # DNS domain used by Kubernetes Services.
    podSubnet: 10.244.0.0/21                             # the subnet used by Pods.
    serviceSubnet: 10.98.0.0/24                           # subnet used by Kubernetes Services.
  scheduler: {}
  ---
  apiVersion: kubeproxy.config.k8s.io/v1alpha1
  kind: KubeProxyConfiguration
  mode: nftables
  ---
  apiVersion: kubelet.config.k8s.io/v1beta1
  kind: KubeletConfiguration
  maxPods: 80
  # podLogsDir: /opt/zfs/logs
  containerLogMaxFiles: 3    
  containerLogMaxSize: 1Mi   
  #evictionHard:
  #  memory.available: "1024Mi"
  #  nodefs.available: "10%"
  #kubeReserved:
  #  cpu: "500m"
  #  memory: "1Gi"
  #systemReserved:
  #  cpu: "1"
  #  memory: "1Gi"
  #  ephemeral-storage: "10Gi"
  $ exit
  exit
  $ cat /opt/zfs/tk8s/containerd-config.yaml
  [plugins."io.containerd.grpc.v1.cri".registry.mirrors."dkreg.taroko:5000"]
    endpoint = ["http://dkreg.taroko:5000"]
  [plugins."io.containerd.grpc.v1.cri".registry.configs."dkreg.taroko:5000".tls]
    insecure_skip_verify = true
  
  [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.crun]
    base_runtime_spec = "/etc/containerd/cri-base.json"
    runtime_type = "io.containerd.runc.v2"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.crun.options]
      BinaryName = "/usr/bin/crun"
  
  [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runsc]
    base_runtime_spec = "/etc/containerd/cri-base.json"
    runtime_type = "io.containerd.runsc.v1"
  [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runsc.options]
      BinaryName = "/usr/local/bin/runsc"
  $ wc -c /opt/zfs/tk8s/containerd-config.yaml /opt/zfs/tk8s/init-config.yaml ~/.kube/config
   764 /opt/zfs/tk8s/containerd-config.yaml
  1599 /opt/zfs/tk8s/init-config.yaml
  5630 /home/bigred/.kube/config
  7993 total
  $ cat ~/tk/wulin/yaml/rc-crun.yaml
  apiVersion: node.k8s.io/v1
  kind: RuntimeClass
  # 告訴k8s有crun
  metadata:
    name: crun
  handler: crun 
