Canal's manifest (Calico v3.29.2's canal.yaml) gives its three service accounts their own
ClusterRoles: calico-node's (bound to `canal` by canal-calico), flannel's (bound to `canal` by
canal-flannel), the CNI plugin's and calico-kube-controllers'. With them the manifest creates
the canal-config ConfigMap and a PodDisruptionBudget for calico-kube-controllers.
  $ kubectl get clusterroles calico-node calico-cni-plugin calico-kube-controllers flannel
  NAME                      CREATED AT
  calico-node               2025-04-21T09:00:41Z
  calico-cni-plugin         2025-04-21T09:00:41Z
  calico-kube-controllers   2025-04-21T09:00:41Z
  flannel                   2025-04-21T09:00:41Z
  $ kubectl get clusterrolebindings -o wide canal-calico canal-flannel calico-cni-plugin calico-kube-controllers
  NAME                      ROLE                                  AGE   USERS   GROUPS   SERVICEACCOUNTS
  canal-calico              ClusterRole/calico-node               46h                    kube-system:canal
  canal-flannel             ClusterRole/flannel                   46h                    kube-system:canal
  calico-cni-plugin         ClusterRole/calico-cni-plugin         46h                    kube-system:calico-cni-plugin
  calico-kube-controllers   ClusterRole/calico-kube-controllers   46h                    kube-system:calico-kube-controllers
  $ kubectl describe clusterrole flannel
  Name:         flannel
  Labels:       <none>
  Annotations:  <none>
  PolicyRule:
    Resources     Non-Resource URLs  Resource Names  Verbs
    ---------     -----------------  --------------  -----
    pods          []                 []              [get]
    nodes         []                 []              [list watch]
    nodes/status  []                 []              [patch]
  $ kubectl describe clusterrole calico-cni-plugin
  Name:         calico-cni-plugin
  Labels:       <none>
  Annotations:  <none>
  PolicyRule:
    Resources    Non-Resource URLs  Resource Names  Verbs
    ---------    -----------------  --------------  -----
    namespaces   []                 []              [get]
    nodes        []                 []              [get]
    pods         []                 []              [get]
    pods/status  []                 []              [patch]
  $ kubectl describe clusterrole calico-node
  Name:         calico-node
  Labels:       <none>
  Annotations:  <none>
  PolicyRule:
    Resources                                      Non-Resource URLs  Resource Names       Verbs
    ---------                                      -----------------  --------------       -----
    serviceaccounts/token                          []                 [calico-cni-plugin]  [create]
    serviceaccounts/token                          []                 [canal]              [create]
    bgpconfigurations.crd.projectcalico.org        []                 []                   [get list watch create update]
    bgppeers.crd.projectcalico.org                 []                 []                   [get list watch create update]
    clusterinformations.crd.projectcalico.org      []                 []                   [get list watch create update]
    felixconfigurations.crd.projectcalico.org      []                 []                   [get list watch create update]
    ippools.crd.projectcalico.org                  []                 []                   [get list watch create update]
    tiers.crd.projectcalico.org                    []                 []                   [get list watch create]
    caliconodestatuses.crd.projectcalico.org       []                 []                   [get list watch update]
    namespaces                                     []                 []                   [get list watch]
    nodes                                          []                 []                   [get list watch]
    pods                                           []                 []                   [get list watch]
    bgpfilters.crd.projectcalico.org               []                 []                   [get list watch]
    blockaffinities.crd.projectcalico.org          []                 []                   [get list watch]
    globalbgpconfigs.crd.projectcalico.org         []                 []                   [get list watch]
    globalfelixconfigs.crd.projectcalico.org       []                 []                   [get list watch]
    globalnetworkpolicies.crd.projectcalico.org    []                 []                   [get list watch]
    globalnetworksets.crd.projectcalico.org        []                 []                   [get list watch]
    hostendpoints.crd.projectcalico.org            []                 []                   [get list watch]
    ipamblocks.crd.projectcalico.org               []                 []                   [get list watch]
    ipreservations.crd.projectcalico.org           []                 []                   [get list watch]
    networkpolicies.crd.projectcalico.org          []                 []                   [get list watch]
    networksets.crd.projectcalico.org              []                 []                   [get list watch]
    configmaps                                     []                 []                   [get]
    serviceaccounts                                []                 []                   [list watch]
    nodes/status                                   []                 []                   [patch update]
    pods/status                                    []                 []                   [patch]
    endpoints                                      []                 []                   [watch list get]
    services                                       []                 []                   [watch list get]
    endpointslices.discovery.k8s.io                []                 []                   [watch list]
    networkpolicies.networking.k8s.io              []                 []                   [watch list]
    adminnetworkpolicies.policy.networking.k8s.io  []                 []                   [watch list]

The canal pods run as `canal`: it may watch NetworkPolicies, read Calico's kinds, patch a node's
status and ask for tokens of its own two accounts, and nothing else.
  $ kubectl auth can-i watch networkpolicies.networking.k8s.io --as=system:serviceaccount:kube-system:canal
  yes
  $ kubectl auth can-i list ippools.crd.projectcalico.org --as=system:serviceaccount:kube-system:canal
  yes
  $ kubectl auth can-i patch nodes --subresource=status --as=system:serviceaccount:kube-system:canal
  yes
  $ kubectl auth can-i patch nodes --as=system:serviceaccount:kube-system:canal
  no
  $ kubectl auth can-i create serviceaccounts/calico-cni-plugin --subresource=token -n kube-system --as=system:serviceaccount:kube-system:canal
  yes
  $ kubectl auth can-i create serviceaccounts/coredns --subresource=token -n kube-system --as=system:serviceaccount:kube-system:canal
  no
  $ kubectl auth can-i create pods --as=system:serviceaccount:kube-system:canal
  no
  $ kubectl auth can-i delete ipamblocks.crd.projectcalico.org --as=system:serviceaccount:kube-system:calico-kube-controllers
  yes
  $ kubectl auth can-i list pods --as=system:serviceaccount:kube-system:calico-cni-plugin
  no
  $ kubectl auth can-i get pods --as=system:serviceaccount:kube-system:calico-cni-plugin
  yes

The rest of the manifest: the ConfigMap the canal pods' CNI install reads, and the budget that
lets at most one calico-kube-controllers pod be evicted at a time.
  $ kubectl get configmap canal-config -n kube-system
  NAME           DATA   AGE
  canal-config   6      46h
  $ kubectl get configmap canal-config -n kube-system -o jsonpath='{.data.net-conf\.json}'
  {
    "Network": "10.244.0.0/16",
    "Backend": {
      "Type": "vxlan"
    }
  }
  $ kubectl get pdb -n kube-system
  NAME                      MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
  calico-kube-controllers   N/A             1                 1                     46h
