kubectl api-resources and api-versions list what the API server serves: names, short names,
groups, scope and kinds, filtered by group or scope, or just the group versions.
  $ kubectl api-versions
  admissionregistration.k8s.io/v1
  apiextensions.k8s.io/v1
  apiregistration.k8s.io/v1
  apps/v1
  autoscaling/v1
  autoscaling/v2
  batch/v1
  certificates.k8s.io/v1
  coordination.k8s.io/v1
  crd.projectcalico.org/v1
  discovery.k8s.io/v1
  flowcontrol.apiserver.k8s.io/v1
  networking.k8s.io/v1
  node.k8s.io/v1
  policy.networking.k8s.io/v1alpha1
  policy/v1
  rbac.authorization.k8s.io/v1
  scheduling.k8s.io/v1
  storage.k8s.io/v1
  v1
  $ kubectl api-versions extra
  error: unexpected arguments: [extra]
  See 'kubectl api-versions -h' for help and examples
  $ kubectl api-resources --api-group=apps
  NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND
  controllerrevisions                apps/v1      true         ControllerRevision
  daemonsets            ds           apps/v1      true         DaemonSet
  deployments           deploy       apps/v1      true         Deployment
  replicasets           rs           apps/v1      true         ReplicaSet
  statefulsets          sts          apps/v1      true         StatefulSet
  $ kubectl api-resources --namespaced=false -o name | head -5
  componentstatuses
  namespaces
  nodes
  persistentvolumes
  mutatingwebhookconfigurations.admissionregistration.k8s.io
  $ kubectl api-resources --api-group=bogus
  NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND
  $ kubectl api-resources -o bogus
  error: --output bogus is not available
  $ kubectl api-resources --sort-by=bogus
  error: --sort-by accepts only name or kind
  $ kubectl api-resources --sort-by=kind --api-group=batch -o wide
  NAME       SHORTNAMES   APIVERSION   NAMESPACED   KIND      VERBS                                                        CATEGORIES
  cronjobs   cj           batch/v1     true         CronJob   create,delete,deletecollection,get,list,patch,update,watch   all
  jobs                    batch/v1     true         Job       create,delete,deletecollection,get,list,patch,update,watch   all
  $ kubectl api-resources --verbs=list --api-group=networking.k8s.io
  NAME              SHORTNAMES   APIVERSION             NAMESPACED   KIND
  ingressclasses                 networking.k8s.io/v1   false        IngressClass
  ingresses         ing          networking.k8s.io/v1   true         Ingress
  networkpolicies   netpol       networking.k8s.io/v1   true         NetworkPolicy
