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
  NAME                        ROLE                                    AGE
  cluster-admin               ClusterRole/cluster-admin               46h
  kubeadm:cluster-admins      ClusterRole/cluster-admin               46h
  system:basic-user           ClusterRole/system:basic-user           46h
  system:discovery            ClusterRole/system:discovery            46h
  system:public-info-viewer   ClusterRole/system:public-info-viewer   46h
