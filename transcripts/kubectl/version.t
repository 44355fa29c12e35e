kubectl version and cluster-info say which client and server versions are talking, and where
the control plane and its DNS service answer.
  $ kubectl version
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  Server Version: v1.32.2
  $ kubectl version --client
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  $ kubectl version -o yaml
  clientVersion:
    buildDate: "2025-02-12T21:19:47Z"
    compiler: gc
    gitCommit: 67a30c0adcf52bd3f56ff0893ce19966be12991f
    gitTreeState: clean
    gitVersion: v1.32.2
    goVersion: go1.23.6
    major: "1"
    minor: "32"
    platform: linux/amd64
  kustomizeVersion: v5.5.0
  serverVersion:
    buildDate: "2025-02-12T21:19:47Z"
    compiler: gc
    gitCommit: 67a30c0adcf52bd3f56ff0893ce19966be12991f
    gitTreeState: clean
    gitVersion: v1.32.2
    goVersion: go1.23.6
    major: "1"
    minor: "32"
    platform: linux/amd64
  
  $ kubectl version --output=bogus
  error: --output must be 'yaml' or 'json'
  $ kubectl version extra
  error: extra arguments: [extra]
  $ kubectl cluster-info
  Kubernetes control plane is running at https://172.22.0.1:6443
  CoreDNS is running at https://172.22.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy
  
  To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.
  $ kubectl cluster-info extra
  Kubernetes control plane is running at https://172.22.0.1:6443
  CoreDNS is running at https://172.22.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy
  
  To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.