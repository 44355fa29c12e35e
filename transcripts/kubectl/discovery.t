kubectl api-resources and api-versions list what the API server serves: names, short names,
groups, scope and kinds, filtered by group or scope, or just the group versions.
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
The create-only APIs (bindings, the authentication and authorization reviews) are listed but
cannot be read; events.k8s.io/v1 serves the same events as the core group, in its own schema.
  $ kubectl api-resources --api-group=authorization.k8s.io -o wide
  NAME                        SHORTNAMES   APIVERSION                NAMESPACED   KIND                       VERBS    CATEGORIES
  localsubjectaccessreviews                authorization.k8s.io/v1   true         LocalSubjectAccessReview   create   
  selfsubjectaccessreviews                 authorization.k8s.io/v1   false        SelfSubjectAccessReview    create   
  selfsubjectrulesreviews                  authorization.k8s.io/v1   false        SelfSubjectRulesReview     create   
  subjectaccessreviews                     authorization.k8s.io/v1   false        SubjectAccessReview        create   
  $ kubectl api-resources --verbs=create --namespaced=true -o name | head -3
  bindings
  configmaps
  endpoints
  $ kubectl get bindings
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl get tokenreviews.authentication.k8s.io
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl get selfsubjectaccessreviews x
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl delete tokenreviews x
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl describe bindings
  Error from server (MethodNotAllowed): the server does not allow this method on the requested resource
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl get events.events.k8s.io
  LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
  10s         Normal   Scheduled   pod/web   Successfully assigned default/web to tk8s-worker2
  8s          Normal   Pulling     pod/web   Pulling image "nginx"
  4s          Normal   Pulled      pod/web   Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  4s          Normal   Created     pod/web   Created container: web
  4s          Normal   Started     pod/web   Started container web
  $ kubectl get events.v1.events.k8s.io -o yaml | head -28
  apiVersion: v1
  items:
  - action: Binding
    apiVersion: events.k8s.io/v1
    deprecatedFirstTimestamp: null
    deprecatedLastTimestamp: null
    deprecatedSource: {}
    eventTime: "2025-04-23T07:25:00.000000Z"
    kind: Event
    metadata:
      creationTimestamp: "2025-04-23T07:25:00Z"
      name: web.1838e1c6e6eaf8a6
      namespace: default
      resourceVersion: "167"
      uid: 36f0cc89-4b48-4ab0-a402-7ae71992e320
    note: Successfully assigned default/web to tk8s-worker2
    reason: Scheduled
    regarding:
      apiVersion: v1
      kind: Pod
      name: web
      namespace: default
      resourceVersion: "165"
      uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
    reportingController: default-scheduler
    reportingInstance: default-scheduler-tk8s-control-plane
    type: Normal
  - apiVersion: events.k8s.io/v1
  $ kubectl api-resources --api-group=metrics.k8s.io
  NAME    SHORTNAMES   APIVERSION               NAMESPACED   KIND
  nodes                metrics.k8s.io/v1beta1   false        NodeMetrics
  pods                 metrics.k8s.io/v1beta1   true         PodMetrics
Deleting through events.k8s.io deletes the stored events.
  $ kubectl delete events.events.k8s.io --all
  event.events.k8s.io "web.1838e1c6e6eaf8a6" deleted
  event.events.k8s.io "web.1838e1c75e208ca8" deleted
  event.events.k8s.io "web.1838e1c864ec8ce9" deleted
  event.events.k8s.io "web.1838e1c864ec8cea" deleted
  event.events.k8s.io "web.1838e1c864ec8ceb" deleted
  $ kubectl get ev
  No resources found in default namespace.
