local-path-provisioner v0.0.31's manifest binds its service account to a ClusterRole for the
volumes it makes (and the claims, nodes and storage classes it reads) and to a Role in its own
namespace for the helper pods that make and remove each volume's folder.
  $ kubectl get roles,rolebindings -n local-path-storage
  NAME                                                         CREATED AT
  role.rbac.authorization.k8s.io/local-path-provisioner-role   2025-04-21T09:02:30Z
  
  NAME                                                                ROLE                               AGE
  rolebinding.rbac.authorization.k8s.io/local-path-provisioner-bind   Role/local-path-provisioner-role   46h
  $ kubectl get clusterrole/local-path-provisioner-role clusterrolebinding/local-path-provisioner-bind -o wide
  NAME                                                                CREATED AT
  clusterrole.rbac.authorization.k8s.io/local-path-provisioner-role   2025-04-21T09:02:30Z
  
  NAME                                                                       ROLE                                      AGE   USERS   GROUPS   SERVICEACCOUNTS
  clusterrolebinding.rbac.authorization.k8s.io/local-path-provisioner-bind   ClusterRole/local-path-provisioner-role   46h                    local-path-storage:local-path-provisioner-service-account
  $ kubectl describe clusterrole local-path-provisioner-role
  Name:         local-path-provisioner-role
  Labels:       <none>
  Annotations:  <none>
  PolicyRule:
    Resources                      Non-Resource URLs  Resource Names  Verbs
    ---------                      -----------------  --------------  -----
    events                         []                 []              [create patch]
    persistentvolumes              []                 []              [get list watch create patch update delete]
    configmaps                     []                 []              [get list watch]
    nodes                          []                 []              [get list watch]
    persistentvolumeclaims         []                 []              [get list watch]
    pods/log                       []                 []              [get list watch]
    pods                           []                 []              [get list watch]
    storageclasses.storage.k8s.io  []                 []              [get list watch]
  $ kubectl describe role local-path-provisioner-role -n local-path-storage
  Name:         local-path-provisioner-role
  Labels:       <none>
  Annotations:  <none>
  PolicyRule:
    Resources  Non-Resource URLs  Resource Names  Verbs
    ---------  -----------------  --------------  -----
    pods       []                 []              [get list watch create patch update delete]
  $ kubectl describe rolebinding local-path-provisioner-bind -n local-path-storage
  Name:         local-path-provisioner-bind
  Labels:       <none>
  Annotations:  <none>
  Role:
    Kind:  Role
    Name:  local-path-provisioner-role
  Subjects:
    Kind            Name                                    Namespace
    ----            ----                                    ---------
    ServiceAccount  local-path-provisioner-service-account  local-path-storage

So it may make PersistentVolumes, and helper pods only where it runs.
  $ kubectl auth can-i create persistentvolumes --as=system:serviceaccount:local-path-storage:local-path-provisioner-service-account
  yes
  $ kubectl auth can-i create pods -n local-path-storage --as=system:serviceaccount:local-path-storage:local-path-provisioner-service-account
  yes
  $ kubectl auth can-i create pods -n default --as=system:serviceaccount:local-path-storage:local-path-provisioner-service-account
  no
  $ kubectl auth can-i --list -n local-path-storage --as=system:serviceaccount:local-path-storage:local-path-provisioner-service-account | head -12
  Resources                                       Non-Resource URLs                      Resource Names   Verbs
  events                                          []                                     []               [create patch]
  selfsubjectreviews.authentication.k8s.io        []                                     []               [create]
  selfsubjectaccessreviews.authorization.k8s.io   []                                     []               [create]
  selfsubjectrulesreviews.authorization.k8s.io    []                                     []               [create]
  persistentvolumes                               []                                     []               [get list watch create patch update delete]
  pods                                            []                                     []               [get list watch create patch update delete]
  configmaps                                      []                                     []               [get list watch]
  nodes                                           []                                     []               [get list watch]
  persistentvolumeclaims                          []                                     []               [get list watch]
  pods/log                                        []                                     []               [get list watch]
  storageclasses.storage.k8s.io                   []                                     []               [get list watch]
