The lab's kubeconfig is kubeadm's admin.conf for tk8s; kubectl version, config, cluster-info and
discovery print what kubectl 1.32 prints (checked against kubectl.1.32).
  $ kubectl version
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  Server Version: v1.32.2
  $ kubectl version --client -o yaml
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
  
  $ kubectl config view
  apiVersion: v1
  clusters:
  - cluster:
      certificate-authority-data: DATA+OMITTED
      server: https://172.22.0.1:6443
    name: tk8s
  contexts:
  - context:
      cluster: tk8s
      user: kubernetes-admin
    name: kubernetes-admin@tk8s
  current-context: kubernetes-admin@tk8s
  kind: Config
  preferences: {}
  users:
  - name: kubernetes-admin
    user:
      client-certificate-data: DATA+OMITTED
      client-key-data: DATA+OMITTED
  $ kubectl config get-contexts
  CURRENT   NAME                    CLUSTER   AUTHINFO           NAMESPACE
  *         kubernetes-admin@tk8s   tk8s      kubernetes-admin   
  $ kubectl config current-context
  kubernetes-admin@tk8s
  $ kubectl config get-clusters
  NAME
  tk8s
  $ kubectl config get-users
  NAME
  kubernetes-admin
  $ kubectl config use-context nope
  error: no context exists with the name: "nope"
  $ kubectl config use-context kubernetes-admin@tk8s
  Switched to context "kubernetes-admin@tk8s".
  $ kubectl config foo
  error: unknown command "foo"
  See 'kubectl config -h' for help and examples

Setting the current context's namespace changes where later commands look.
  $ kubectl config set-context --current --namespace=kube-system
  Context "kubernetes-admin@tk8s" modified.
  $ kubectl get svc
  NAME             TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE
  kube-dns         ClusterIP   10.98.0.10    <none>        53/UDP,53/TCP,9153/TCP   46h
  metrics-server   ClusterIP   10.98.0.142   <none>        443/TCP                  46h
  $ kubectl config view --minify -o jsonpath='{.contexts[0].context.namespace}{"\n"}'
  kube-system
  $ kubectl config set-context --current --namespace=default
  Context "kubernetes-admin@tk8s" modified.
  $ kubectl get svc
  NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  kubernetes   ClusterIP   10.98.0.1    <none>        443/TCP   46h

The control plane's address, CoreDNS's proxy and what the apiserver serves.
  $ kubectl cluster-info
  Kubernetes control plane is running at https://172.22.0.1:6443
  CoreDNS is running at https://172.22.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy
  
  To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.
  $ kubectl api-versions
  admissionregistration.k8s.io/v1
  apiextensions.k8s.io/v1
  apiregistration.k8s.io/v1
  apps/v1
  authentication.k8s.io/v1
  authorization.k8s.io/v1
  autoscaling/v1
  autoscaling/v2
  batch/v1
  certificates.k8s.io/v1
  coordination.k8s.io/v1
  crd.projectcalico.org/v1
  discovery.k8s.io/v1
  events.k8s.io/v1
  flowcontrol.apiserver.k8s.io/v1
  metrics.k8s.io/v1beta1
  networking.k8s.io/v1
  node.k8s.io/v1
  policy.networking.k8s.io/v1alpha1
  policy/v1
  rbac.authorization.k8s.io/v1
  scheduling.k8s.io/v1
  storage.k8s.io/v1
  v1
  $ kubectl api-resources
  NAME                                SHORTNAMES   APIVERSION                          NAMESPACED   KIND
  bindings                                         v1                                  true         Binding
  componentstatuses                   cs           v1                                  false        ComponentStatus
  configmaps                          cm           v1                                  true         ConfigMap
  endpoints                           ep           v1                                  true         Endpoints
  events                              ev           v1                                  true         Event
  limitranges                         limits       v1                                  true         LimitRange
  namespaces                          ns           v1                                  false        Namespace
  nodes                               no           v1                                  false        Node
  persistentvolumeclaims              pvc          v1                                  true         PersistentVolumeClaim
  persistentvolumes                   pv           v1                                  false        PersistentVolume
  pods                                po           v1                                  true         Pod
  podtemplates                                     v1                                  true         PodTemplate
  replicationcontrollers              rc           v1                                  true         ReplicationController
  resourcequotas                      quota        v1                                  true         ResourceQuota
  secrets                                          v1                                  true         Secret
  serviceaccounts                     sa           v1                                  true         ServiceAccount
  services                            svc          v1                                  true         Service
  mutatingwebhookconfigurations                    admissionregistration.k8s.io/v1     false        MutatingWebhookConfiguration
  validatingadmissionpolicies                      admissionregistration.k8s.io/v1     false        ValidatingAdmissionPolicy
  validatingadmissionpolicybindings                admissionregistration.k8s.io/v1     false        ValidatingAdmissionPolicyBinding
  validatingwebhookconfigurations                  admissionregistration.k8s.io/v1     false        ValidatingWebhookConfiguration
  customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1             false        CustomResourceDefinition
  apiservices                                      apiregistration.k8s.io/v1           false        APIService
  controllerrevisions                              apps/v1                             true         ControllerRevision
  daemonsets                          ds           apps/v1                             true         DaemonSet
  deployments                         deploy       apps/v1                             true         Deployment
  replicasets                         rs           apps/v1                             true         ReplicaSet
  statefulsets                        sts          apps/v1                             true         StatefulSet
  selfsubjectreviews                               authentication.k8s.io/v1            false        SelfSubjectReview
  tokenreviews                                     authentication.k8s.io/v1            false        TokenReview
  localsubjectaccessreviews                        authorization.k8s.io/v1             true         LocalSubjectAccessReview
  selfsubjectaccessreviews                         authorization.k8s.io/v1             false        SelfSubjectAccessReview
  selfsubjectrulesreviews                          authorization.k8s.io/v1             false        SelfSubjectRulesReview
  subjectaccessreviews                             authorization.k8s.io/v1             false        SubjectAccessReview
  horizontalpodautoscalers            hpa          autoscaling/v2                      true         HorizontalPodAutoscaler
  cronjobs                            cj           batch/v1                            true         CronJob
  jobs                                             batch/v1                            true         Job
  certificatesigningrequests          csr          certificates.k8s.io/v1              false        CertificateSigningRequest
  leases                                           coordination.k8s.io/v1              true         Lease
  bgpconfigurations                                crd.projectcalico.org/v1            false        BGPConfiguration
  bgpfilters                                       crd.projectcalico.org/v1            false        BGPFilter
  bgppeers                                         crd.projectcalico.org/v1            false        BGPPeer
  blockaffinities                                  crd.projectcalico.org/v1            false        BlockAffinity
  caliconodestatuses                               crd.projectcalico.org/v1            false        CalicoNodeStatus
  clusterinformations                              crd.projectcalico.org/v1            false        ClusterInformation
  felixconfigurations                              crd.projectcalico.org/v1            false        FelixConfiguration
  globalnetworkpolicies                            crd.projectcalico.org/v1            false        GlobalNetworkPolicy
  globalnetworksets                                crd.projectcalico.org/v1            false        GlobalNetworkSet
  hostendpoints                                    crd.projectcalico.org/v1            false        HostEndpoint
  ipamblocks                                       crd.projectcalico.org/v1            false        IPAMBlock
  ipamconfigs                                      crd.projectcalico.org/v1            false        IPAMConfig
  ipamhandles                                      crd.projectcalico.org/v1            false        IPAMHandle
  ippools                                          crd.projectcalico.org/v1            false        IPPool
  ipreservations                                   crd.projectcalico.org/v1            false        IPReservation
  kubecontrollersconfigurations                    crd.projectcalico.org/v1            false        KubeControllersConfiguration
  networkpolicies                                  crd.projectcalico.org/v1            true         NetworkPolicy
  networksets                                      crd.projectcalico.org/v1            true         NetworkSet
  tiers                                            crd.projectcalico.org/v1            false        Tier
  endpointslices                                   discovery.k8s.io/v1                 true         EndpointSlice
  events                              ev           events.k8s.io/v1                    true         Event
  flowschemas                                      flowcontrol.apiserver.k8s.io/v1     false        FlowSchema
  prioritylevelconfigurations                      flowcontrol.apiserver.k8s.io/v1     false        PriorityLevelConfiguration
  nodes                                            metrics.k8s.io/v1beta1              false        NodeMetrics
  pods                                             metrics.k8s.io/v1beta1              true         PodMetrics
  ingressclasses                                   networking.k8s.io/v1                false        IngressClass
  ingresses                           ing          networking.k8s.io/v1                true         Ingress
  networkpolicies                     netpol       networking.k8s.io/v1                true         NetworkPolicy
  runtimeclasses                                   node.k8s.io/v1                      false        RuntimeClass
  poddisruptionbudgets                pdb          policy/v1                           true         PodDisruptionBudget
  adminnetworkpolicies                anp          policy.networking.k8s.io/v1alpha1   false        AdminNetworkPolicy
  clusterrolebindings                              rbac.authorization.k8s.io/v1        false        ClusterRoleBinding
  clusterroles                                     rbac.authorization.k8s.io/v1        false        ClusterRole
  rolebindings                                     rbac.authorization.k8s.io/v1        true         RoleBinding
  roles                                            rbac.authorization.k8s.io/v1        true         Role
  priorityclasses                     pc           scheduling.k8s.io/v1                false        PriorityClass
  csidrivers                                       storage.k8s.io/v1                   false        CSIDriver
  csinodes                                         storage.k8s.io/v1                   false        CSINode
  csistoragecapacities                             storage.k8s.io/v1                   true         CSIStorageCapacity
  storageclasses                      sc           storage.k8s.io/v1                   false        StorageClass
  volumeattachments                                storage.k8s.io/v1                   false        VolumeAttachment
  $ kubectl api-resources --namespaced=false -o wide
  NAME                                SHORTNAMES   APIVERSION                          NAMESPACED   KIND                               VERBS                                                        CATEGORIES
  componentstatuses                   cs           v1                                  false        ComponentStatus                    get,list                                                     
  namespaces                          ns           v1                                  false        Namespace                          create,delete,get,list,patch,update,watch                    
  nodes                               no           v1                                  false        Node                               create,delete,deletecollection,get,list,patch,update,watch   
  persistentvolumes                   pv           v1                                  false        PersistentVolume                   create,delete,deletecollection,get,list,patch,update,watch   
  mutatingwebhookconfigurations                    admissionregistration.k8s.io/v1     false        MutatingWebhookConfiguration       create,delete,deletecollection,get,list,patch,update,watch   api-extensions
  validatingadmissionpolicies                      admissionregistration.k8s.io/v1     false        ValidatingAdmissionPolicy          create,delete,deletecollection,get,list,patch,update,watch   api-extensions
  validatingadmissionpolicybindings                admissionregistration.k8s.io/v1     false        ValidatingAdmissionPolicyBinding   create,delete,deletecollection,get,list,patch,update,watch   api-extensions
  validatingwebhookconfigurations                  admissionregistration.k8s.io/v1     false        ValidatingWebhookConfiguration     create,delete,deletecollection,get,list,patch,update,watch   api-extensions
  customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1             false        CustomResourceDefinition           create,delete,deletecollection,get,list,patch,update,watch   api-extensions
  apiservices                                      apiregistration.k8s.io/v1           false        APIService                         create,delete,deletecollection,get,list,patch,update,watch   api-extensions
  selfsubjectreviews                               authentication.k8s.io/v1            false        SelfSubjectReview                  create                                                       
  tokenreviews                                     authentication.k8s.io/v1            false        TokenReview                        create                                                       
  selfsubjectaccessreviews                         authorization.k8s.io/v1             false        SelfSubjectAccessReview            create                                                       
  selfsubjectrulesreviews                          authorization.k8s.io/v1             false        SelfSubjectRulesReview             create                                                       
  subjectaccessreviews                             authorization.k8s.io/v1             false        SubjectAccessReview                create                                                       
  certificatesigningrequests          csr          certificates.k8s.io/v1              false        CertificateSigningRequest          create,delete,deletecollection,get,list,patch,update,watch   
  bgpconfigurations                                crd.projectcalico.org/v1            false        BGPConfiguration                   create,delete,deletecollection,get,list,patch,update,watch   
  bgpfilters                                       crd.projectcalico.org/v1            false        BGPFilter                          create,delete,deletecollection,get,list,patch,update,watch   
  bgppeers                                         crd.projectcalico.org/v1            false        BGPPeer                            create,delete,deletecollection,get,list,patch,update,watch   
  blockaffinities                                  crd.projectcalico.org/v1            false        BlockAffinity                      create,delete,deletecollection,get,list,patch,update,watch   
  caliconodestatuses                               crd.projectcalico.org/v1            false        CalicoNodeStatus                   create,delete,deletecollection,get,list,patch,update,watch   
  clusterinformations                              crd.projectcalico.org/v1            false        ClusterInformation                 create,delete,deletecollection,get,list,patch,update,watch   
  felixconfigurations                              crd.projectcalico.org/v1            false        FelixConfiguration                 create,delete,deletecollection,get,list,patch,update,watch   
  globalnetworkpolicies                            crd.projectcalico.org/v1            false        GlobalNetworkPolicy                create,delete,deletecollection,get,list,patch,update,watch   
  globalnetworksets                                crd.projectcalico.org/v1            false        GlobalNetworkSet                   create,delete,deletecollection,get,list,patch,update,watch   
  hostendpoints                                    crd.projectcalico.org/v1            false        HostEndpoint                       create,delete,deletecollection,get,list,patch,update,watch   
  ipamblocks                                       crd.projectcalico.org/v1            false        IPAMBlock                          create,delete,deletecollection,get,list,patch,update,watch   
  ipamconfigs                                      crd.projectcalico.org/v1            false        IPAMConfig                         create,delete,deletecollection,get,list,patch,update,watch   
  ipamhandles                                      crd.projectcalico.org/v1            false        IPAMHandle                         create,delete,deletecollection,get,list,patch,update,watch   
  ippools                                          crd.projectcalico.org/v1            false        IPPool                             create,delete,deletecollection,get,list,patch,update,watch   
  ipreservations                                   crd.projectcalico.org/v1            false        IPReservation                      create,delete,deletecollection,get,list,patch,update,watch   
  kubecontrollersconfigurations                    crd.projectcalico.org/v1            false        KubeControllersConfiguration       create,delete,deletecollection,get,list,patch,update,watch   
  tiers                                            crd.projectcalico.org/v1            false        Tier                               create,delete,deletecollection,get,list,patch,update,watch   
  flowschemas                                      flowcontrol.apiserver.k8s.io/v1     false        FlowSchema                         create,delete,deletecollection,get,list,patch,update,watch   
  prioritylevelconfigurations                      flowcontrol.apiserver.k8s.io/v1     false        PriorityLevelConfiguration         create,delete,deletecollection,get,list,patch,update,watch   
  nodes                                            metrics.k8s.io/v1beta1              false        NodeMetrics                        get,list                                                     
  ingressclasses                                   networking.k8s.io/v1                false        IngressClass                       create,delete,deletecollection,get,list,patch,update,watch   
  runtimeclasses                                   node.k8s.io/v1                      false        RuntimeClass                       create,delete,deletecollection,get,list,patch,update,watch   
  adminnetworkpolicies                anp          policy.networking.k8s.io/v1alpha1   false        AdminNetworkPolicy                 create,delete,deletecollection,get,list,patch,update,watch   
  clusterrolebindings                              rbac.authorization.k8s.io/v1        false        ClusterRoleBinding                 create,delete,deletecollection,get,list,patch,update,watch   
  clusterroles                                     rbac.authorization.k8s.io/v1        false        ClusterRole                        create,delete,deletecollection,get,list,patch,update,watch   
  priorityclasses                     pc           scheduling.k8s.io/v1                false        PriorityClass                      create,delete,deletecollection,get,list,patch,update,watch   
  csidrivers                                       storage.k8s.io/v1                   false        CSIDriver                          create,delete,deletecollection,get,list,patch,update,watch   
  csinodes                                         storage.k8s.io/v1                   false        CSINode                            create,delete,deletecollection,get,list,patch,update,watch   
  storageclasses                      sc           storage.k8s.io/v1                   false        StorageClass                       create,delete,deletecollection,get,list,patch,update,watch   
  volumeattachments                                storage.k8s.io/v1                   false        VolumeAttachment                   create,delete,deletecollection,get,list,patch,update,watch   
  $ kubectl auth can-i delete deployments -n kube-system
  yes
  $ kubectl auth can-i get foo
  Warning: the server doesn't have a resource type 'foo'
  
  yes
  $ kubectl api-resources --api-group=apps -o name
  controllerrevisions.apps
  daemonsets.apps
  deployments.apps
  replicasets.apps
  statefulsets.apps

While the control plane is down, only the client-side commands answer.
  $ sudo podman stop tk8s-control-plane
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-control-plane in 10 seconds, resorting to SIGKILL
  tk8s-control-plane
  $ kubectl version
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?
  $ kubectl version --client
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  $ kubectl config current-context
  kubernetes-admin@tk8s
  $ kubectl api-versions
  E0423 07:25:10.000000   23110 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused"
  error: couldn't get available api versions from server: Get "https://172.22.0.1:6443/api?timeout=32s": dial tcp 172.22.0.1:6443: connect: connection refused
