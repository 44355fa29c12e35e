kubectl auth can-i asks the API server whether the current user may do something; the lab's
kubeconfig is the cluster admin's, so the answer is yes unless the question is malformed.
  $ kubectl auth can-i
  error: you must specify two arguments: verb resource or verb resource/resourceName.
  See 'kubectl auth can-i -h' for help and examples.
  $ kubectl auth can-i get
  error: you must specify two arguments: verb resource or verb resource/resourceName.
  See 'kubectl auth can-i -h' for help and examples.
  $ kubectl auth can-i create deployments
  yes
  $ kubectl auth can-i delete nodes -A
  yes
  $ kubectl auth can-i get bogus
  Warning: the server doesn't have a resource type 'bogus'
  
  yes
  $ kubectl auth can-i get pods --subresource=log
  yes
  $ kubectl auth can-i list secrets -n kube-system -q
--list shows every rule the SelfSubjectRulesReview returns for the namespace: the admin's
cluster-admin binding and the rules every authenticated user holds, then any RoleBinding's.
  $ kubectl auth can-i --list
  Resources                                       Non-Resource URLs   Resource Names   Verbs
  *.*                                             []                  []               [*]
                                                  [*]                 []               [*]
  selfsubjectreviews.authentication.k8s.io        []                  []               [create]
  selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]
  selfsubjectrulesreviews.authorization.k8s.io    []                  []               [create]
                                                  [/api/*]            []               [get]
                                                  [/api]              []               [get]
                                                  [/apis/*]           []               [get]
                                                  [/apis]             []               [get]
                                                  [/healthz]          []               [get]
                                                  [/healthz]          []               [get]
                                                  [/livez]            []               [get]
                                                  [/livez]            []               [get]
                                                  [/openapi/*]        []               [get]
                                                  [/openapi]          []               [get]
                                                  [/readyz]           []               [get]
                                                  [/readyz]           []               [get]
                                                  [/version/]         []               [get]
                                                  [/version/]         []               [get]
                                                  [/version]          []               [get]
                                                  [/version]          []               [get]
  $ kubectl create namespace dev
  namespace/dev created
  $ kubectl create role cm-reader --verb=get,list --resource=configmaps -n dev
  role.rbac.authorization.k8s.io/cm-reader created
  $ kubectl create rolebinding everyone-reads --role=cm-reader --group=system:authenticated -n dev
  rolebinding.rbac.authorization.k8s.io/everyone-reads created
  $ kubectl auth can-i --list -n dev --no-headers | grep -v '^ '
  *.*                                             []             []    [*]
  selfsubjectreviews.authentication.k8s.io        []             []    [create]
  selfsubjectaccessreviews.authorization.k8s.io   []             []    [create]
  selfsubjectrulesreviews.authorization.k8s.io    []             []    [create]
  configmaps                                      []             []    [get list]
  $ kubectl auth can-i --list -A
  error: list option can't be specified with neither quiet, all-namespaces nor subresource options
  $ kubectl auth can-i --list get pods
  error: list option must be specified with no arguments
  $ kubectl auth can-i get pods --no-headers
  error: --no-headers cannot be set without --list specified
  $ kubectl get clusterrolebindings
  NAME                                                            ROLE                                                                               AGE
  calico-cni-plugin                                               ClusterRole/calico-cni-plugin                                                      46h
  calico-kube-controllers                                         ClusterRole/calico-kube-controllers                                                46h
  canal-calico                                                    ClusterRole/calico-node                                                            46h
  canal-flannel                                                   ClusterRole/flannel                                                                46h
  cluster-admin                                                   ClusterRole/cluster-admin                                                          46h
  kubeadm:cluster-admins                                          ClusterRole/cluster-admin                                                          46h
  kubeadm:get-nodes                                               ClusterRole/kubeadm:get-nodes                                                      46h
  kubeadm:kubelet-bootstrap                                       ClusterRole/system:node-bootstrapper                                               46h
  kubeadm:node-autoapprove-bootstrap                              ClusterRole/system:certificates.k8s.io:certificatesigningrequests:nodeclient       46h
  kubeadm:node-autoapprove-certificate-rotation                   ClusterRole/system:certificates.k8s.io:certificatesigningrequests:selfnodeclient   46h
  kubeadm:node-proxier                                            ClusterRole/system:node-proxier                                                    46h
  local-path-provisioner-bind                                     ClusterRole/local-path-provisioner-role                                            46h
  metrics-server:system:auth-delegator                            ClusterRole/system:auth-delegator                                                  46h
  system:basic-user                                               ClusterRole/system:basic-user                                                      46h
  system:controller:attachdetach-controller                       ClusterRole/system:controller:attachdetach-controller                              46h
  system:controller:certificate-controller                        ClusterRole/system:controller:certificate-controller                               46h
  system:controller:clusterrole-aggregation-controller            ClusterRole/system:controller:clusterrole-aggregation-controller                   46h
  system:controller:cronjob-controller                            ClusterRole/system:controller:cronjob-controller                                   46h
  system:controller:daemon-set-controller                         ClusterRole/system:controller:daemon-set-controller                                46h
  system:controller:deployment-controller                         ClusterRole/system:controller:deployment-controller                                46h
  system:controller:disruption-controller                         ClusterRole/system:controller:disruption-controller                                46h
  system:controller:endpoint-controller                           ClusterRole/system:controller:endpoint-controller                                  46h
  system:controller:endpointslice-controller                      ClusterRole/system:controller:endpointslice-controller                             46h
  system:controller:endpointslicemirroring-controller             ClusterRole/system:controller:endpointslicemirroring-controller                    46h
  system:controller:ephemeral-volume-controller                   ClusterRole/system:controller:ephemeral-volume-controller                          46h
  system:controller:expand-controller                             ClusterRole/system:controller:expand-controller                                    46h
  system:controller:generic-garbage-collector                     ClusterRole/system:controller:generic-garbage-collector                            46h
  system:controller:horizontal-pod-autoscaler                     ClusterRole/system:controller:horizontal-pod-autoscaler                            46h
  system:controller:job-controller                                ClusterRole/system:controller:job-controller                                       46h
  system:controller:legacy-service-account-token-cleaner          ClusterRole/system:controller:legacy-service-account-token-cleaner                 46h
  system:controller:namespace-controller                          ClusterRole/system:controller:namespace-controller                                 46h
  system:controller:node-controller                               ClusterRole/system:controller:node-controller                                      46h
  system:controller:persistent-volume-binder                      ClusterRole/system:controller:persistent-volume-binder                             46h
  system:controller:pod-garbage-collector                         ClusterRole/system:controller:pod-garbage-collector                                46h
  system:controller:pv-protection-controller                      ClusterRole/system:controller:pv-protection-controller                             46h
  system:controller:pvc-protection-controller                     ClusterRole/system:controller:pvc-protection-controller                            46h
  system:controller:replicaset-controller                         ClusterRole/system:controller:replicaset-controller                                46h
  system:controller:replication-controller                        ClusterRole/system:controller:replication-controller                               46h
  system:controller:resourcequota-controller                      ClusterRole/system:controller:resourcequota-controller                             46h
  system:controller:root-ca-cert-publisher                        ClusterRole/system:controller:root-ca-cert-publisher                               46h
  system:controller:route-controller                              ClusterRole/system:controller:route-controller                                     46h
  system:controller:service-account-controller                    ClusterRole/system:controller:service-account-controller                           46h
  system:controller:service-controller                            ClusterRole/system:controller:service-controller                                   46h
  system:controller:statefulset-controller                        ClusterRole/system:controller:statefulset-controller                               46h
  system:controller:ttl-after-finished-controller                 ClusterRole/system:controller:ttl-after-finished-controller                        46h
  system:controller:ttl-controller                                ClusterRole/system:controller:ttl-controller                                       46h
  system:controller:validatingadmissionpolicy-status-controller   ClusterRole/system:controller:validatingadmissionpolicy-status-controller          46h
  system:coredns                                                  ClusterRole/system:coredns                                                         46h
  system:discovery                                                ClusterRole/system:discovery                                                       46h
  system:kube-controller-manager                                  ClusterRole/system:kube-controller-manager                                         46h
  system:kube-dns                                                 ClusterRole/system:kube-dns                                                        46h
  system:kube-scheduler                                           ClusterRole/system:kube-scheduler                                                  46h
  system:metrics-server                                           ClusterRole/system:metrics-server                                                  46h
  system:monitoring                                               ClusterRole/system:monitoring                                                      46h
  system:node                                                     ClusterRole/system:node                                                            46h
  system:node-proxier                                             ClusterRole/system:node-proxier                                                    46h
  system:public-info-viewer                                       ClusterRole/system:public-info-viewer                                              46h
  system:service-account-issuer-discovery                         ClusterRole/system:service-account-issuer-discovery                                46h
  system:volume-scheduler                                         ClusterRole/system:volume-scheduler                                                46h
can-i has no output format: -o belongs to whoami.
  $ kubectl auth can-i get pods -o yaml
  error: unknown shorthand flag: 'o' in -o
  See 'kubectl auth can-i --help' for usage.
A flag error names the subcommand.
  $ kubectl auth whoami --foo
  error: unknown flag: --foo
  See 'kubectl auth whoami --help' for usage.
