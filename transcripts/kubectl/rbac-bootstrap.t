The cluster holds the apiserver's bootstrap RBAC policy of Kubernetes 1.32 (the user-facing
roles, the system:* roles of the components and one system:controller:* role per controller),
kubeadm's own roles, and those of the add-ons' manifests: Canal's, local-path-provisioner's and
metrics-server's.
  $ kubectl get clusterroles
  NAME                                                                   CREATED AT
  admin                                                                  2025-04-21T09:00:06Z
  calico-cni-plugin                                                      2025-04-21T09:00:41Z
  calico-kube-controllers                                                2025-04-21T09:00:41Z
  calico-node                                                            2025-04-21T09:00:41Z
  cluster-admin                                                          2025-04-21T09:00:06Z
  edit                                                                   2025-04-21T09:00:06Z
  flannel                                                                2025-04-21T09:00:41Z
  kubeadm:get-nodes                                                      2025-04-21T09:00:07Z
  local-path-provisioner-role                                            2025-04-21T09:02:30Z
  system:aggregate-to-admin                                              2025-04-21T09:00:06Z
  system:aggregate-to-edit                                               2025-04-21T09:00:06Z
  system:aggregate-to-view                                               2025-04-21T09:00:06Z
  system:aggregated-metrics-reader                                       2025-04-21T09:03:15Z
  system:auth-delegator                                                  2025-04-21T09:00:06Z
  system:basic-user                                                      2025-04-21T09:00:06Z
  system:certificates.k8s.io:certificatesigningrequests:nodeclient       2025-04-21T09:00:06Z
  system:certificates.k8s.io:certificatesigningrequests:selfnodeclient   2025-04-21T09:00:06Z
  system:certificates.k8s.io:kube-apiserver-client-approver              2025-04-21T09:00:06Z
  system:certificates.k8s.io:kube-apiserver-client-kubelet-approver      2025-04-21T09:00:06Z
  system:certificates.k8s.io:kubelet-serving-approver                    2025-04-21T09:00:06Z
  system:certificates.k8s.io:legacy-unknown-approver                     2025-04-21T09:00:06Z
  system:controller:attachdetach-controller                              2025-04-21T09:00:06Z
  system:controller:certificate-controller                               2025-04-21T09:00:06Z
  system:controller:clusterrole-aggregation-controller                   2025-04-21T09:00:06Z
  system:controller:cronjob-controller                                   2025-04-21T09:00:06Z
  system:controller:daemon-set-controller                                2025-04-21T09:00:06Z
  system:controller:deployment-controller                                2025-04-21T09:00:06Z
  system:controller:disruption-controller                                2025-04-21T09:00:06Z
  system:controller:endpoint-controller                                  2025-04-21T09:00:06Z
  system:controller:endpointslice-controller                             2025-04-21T09:00:06Z
  system:controller:endpointslicemirroring-controller                    2025-04-21T09:00:06Z
  system:controller:ephemeral-volume-controller                          2025-04-21T09:00:06Z
  system:controller:expand-controller                                    2025-04-21T09:00:06Z
  system:controller:generic-garbage-collector                            2025-04-21T09:00:06Z
  system:controller:horizontal-pod-autoscaler                            2025-04-21T09:00:06Z
  system:controller:job-controller                                       2025-04-21T09:00:06Z
  system:controller:legacy-service-account-token-cleaner                 2025-04-21T09:00:06Z
  system:controller:namespace-controller                                 2025-04-21T09:00:06Z
  system:controller:node-controller                                      2025-04-21T09:00:06Z
  system:controller:persistent-volume-binder                             2025-04-21T09:00:06Z
  system:controller:pod-garbage-collector                                2025-04-21T09:00:06Z
  system:controller:pv-protection-controller                             2025-04-21T09:00:06Z
  system:controller:pvc-protection-controller                            2025-04-21T09:00:06Z
  system:controller:replicaset-controller                                2025-04-21T09:00:06Z
  system:controller:replication-controller                               2025-04-21T09:00:06Z
  system:controller:resourcequota-controller                             2025-04-21T09:00:06Z
  system:controller:root-ca-cert-publisher                               2025-04-21T09:00:06Z
  system:controller:route-controller                                     2025-04-21T09:00:06Z
  system:controller:service-account-controller                           2025-04-21T09:00:06Z
  system:controller:service-controller                                   2025-04-21T09:00:06Z
  system:controller:statefulset-controller                               2025-04-21T09:00:06Z
  system:controller:ttl-after-finished-controller                        2025-04-21T09:00:06Z
  system:controller:ttl-controller                                       2025-04-21T09:00:06Z
  system:controller:validatingadmissionpolicy-status-controller          2025-04-21T09:00:06Z
  system:coredns                                                         2025-04-21T09:00:08Z
  system:discovery                                                       2025-04-21T09:00:06Z
  system:heapster                                                        2025-04-21T09:00:06Z
  system:kube-aggregator                                                 2025-04-21T09:00:06Z
  system:kube-controller-manager                                         2025-04-21T09:00:06Z
  system:kube-dns                                                        2025-04-21T09:00:06Z
  system:kube-scheduler                                                  2025-04-21T09:00:06Z
  system:kubelet-api-admin                                               2025-04-21T09:00:06Z
  system:metrics-server                                                  2025-04-21T09:03:15Z
  system:monitoring                                                      2025-04-21T09:00:06Z
  system:node                                                            2025-04-21T09:00:06Z
  system:node-bootstrapper                                               2025-04-21T09:00:06Z
  system:node-problem-detector                                           2025-04-21T09:00:06Z
  system:node-proxier                                                    2025-04-21T09:00:06Z
  system:persistent-volume-provisioner                                   2025-04-21T09:00:06Z
  system:public-info-viewer                                              2025-04-21T09:00:06Z
  system:service-account-issuer-discovery                                2025-04-21T09:00:06Z
  system:volume-scheduler                                                2025-04-21T09:00:06Z
  view                                                                   2025-04-21T09:00:06Z
  $ kubectl get clusterrolebindings -l kubernetes.io/bootstrapping=rbac-defaults --no-headers | wc -l
  45
  $ kubectl get roles -A
  NAMESPACE            NAME                                             CREATED AT
  kube-public          kubeadm:bootstrap-signer-clusterinfo             2025-04-21T09:00:07Z
  kube-public          system:controller:bootstrap-signer               2025-04-21T09:00:06Z
  kube-system          extension-apiserver-authentication-reader        2025-04-21T09:00:06Z
  kube-system          kube-proxy                                       2025-04-21T09:00:08Z
  kube-system          kubeadm:kubelet-config                           2025-04-21T09:00:07Z
  kube-system          kubeadm:nodes-kubeadm-config                     2025-04-21T09:00:07Z
  kube-system          system::leader-locking-kube-controller-manager   2025-04-21T09:00:06Z
  kube-system          system::leader-locking-kube-scheduler            2025-04-21T09:00:06Z
  kube-system          system:controller:bootstrap-signer               2025-04-21T09:00:06Z
  kube-system          system:controller:cloud-provider                 2025-04-21T09:00:06Z
  kube-system          system:controller:token-cleaner                  2025-04-21T09:00:06Z
  local-path-storage   local-path-provisioner-role                      2025-04-21T09:02:30Z
  $ kubectl get rolebindings -n kube-public -o wide
  NAME                                   ROLE                                        AGE   USERS              GROUPS   SERVICEACCOUNTS
  kubeadm:bootstrap-signer-clusterinfo   Role/kubeadm:bootstrap-signer-clusterinfo   46h   system:anonymous            
  system:controller:bootstrap-signer     Role/system:controller:bootstrap-signer     46h                               kube-system:bootstrap-signer

view, edit and admin are aggregated: the clusterrole-aggregation controller gives each the rules
of every ClusterRole labelled to join it (metrics-server's reader is one), edit includes view and
admin includes edit.
  $ kubectl describe clusterrole view
  Name:         view
  Labels:       kubernetes.io/bootstrapping=rbac-defaults
                rbac.authorization.k8s.io/aggregate-to-edit=true
  Annotations:  rbac.authorization.kubernetes.io/autoupdate: true
  PolicyRule:
    Resources                                    Non-Resource URLs  Resource Names  Verbs
    ---------                                    -----------------  --------------  -----
    bindings                                     []                 []              [get list watch]
    configmaps                                   []                 []              [get list watch]
    endpoints                                    []                 []              [get list watch]
    events                                       []                 []              [get list watch]
    limitranges                                  []                 []              [get list watch]
    namespaces/status                            []                 []              [get list watch]
    namespaces                                   []                 []              [get list watch]
    persistentvolumeclaims/status                []                 []              [get list watch]
    persistentvolumeclaims                       []                 []              [get list watch]
    pods/log                                     []                 []              [get list watch]
    pods/status                                  []                 []              [get list watch]
    pods                                         []                 []              [get list watch]
    replicationcontrollers/scale                 []                 []              [get list watch]
    replicationcontrollers/status                []                 []              [get list watch]
    replicationcontrollers                       []                 []              [get list watch]
    resourcequotas/status                        []                 []              [get list watch]
    resourcequotas                               []                 []              [get list watch]
    serviceaccounts                              []                 []              [get list watch]
    services/status                              []                 []              [get list watch]
    services                                     []                 []              [get list watch]
    controllerrevisions.apps                     []                 []              [get list watch]
    daemonsets.apps/status                       []                 []              [get list watch]
    daemonsets.apps                              []                 []              [get list watch]
    deployments.apps/scale                       []                 []              [get list watch]
    deployments.apps/status                      []                 []              [get list watch]
    deployments.apps                             []                 []              [get list watch]
    replicasets.apps/scale                       []                 []              [get list watch]
    replicasets.apps/status                      []                 []              [get list watch]
    replicasets.apps                             []                 []              [get list watch]
    statefulsets.apps/scale                      []                 []              [get list watch]
    statefulsets.apps/status                     []                 []              [get list watch]
    statefulsets.apps                            []                 []              [get list watch]
    horizontalpodautoscalers.autoscaling/status  []                 []              [get list watch]
    horizontalpodautoscalers.autoscaling         []                 []              [get list watch]
    cronjobs.batch/status                        []                 []              [get list watch]
    cronjobs.batch                               []                 []              [get list watch]
    jobs.batch/status                            []                 []              [get list watch]
    jobs.batch                                   []                 []              [get list watch]
    endpointslices.discovery.k8s.io              []                 []              [get list watch]
    daemonsets.extensions/status                 []                 []              [get list watch]
    daemonsets.extensions                        []                 []              [get list watch]
    deployments.extensions/scale                 []                 []              [get list watch]
    deployments.extensions/status                []                 []              [get list watch]
    deployments.extensions                       []                 []              [get list watch]
    ingresses.extensions/status                  []                 []              [get list watch]
    ingresses.extensions                         []                 []              [get list watch]
    networkpolicies.extensions                   []                 []              [get list watch]
    replicasets.extensions/scale                 []                 []              [get list watch]
    replicasets.extensions/status                []                 []              [get list watch]
    replicasets.extensions                       []                 []              [get list watch]
    replicationcontrollers.extensions/scale      []                 []              [get list watch]
    nodes.metrics.k8s.io                         []                 []              [get list watch]
    pods.metrics.k8s.io                          []                 []              [get list watch]
    ingresses.networking.k8s.io/status           []                 []              [get list watch]
    ingresses.networking.k8s.io                  []                 []              [get list watch]
    networkpolicies.networking.k8s.io            []                 []              [get list watch]
    poddisruptionbudgets.policy/status           []                 []              [get list watch]
    poddisruptionbudgets.policy                  []                 []              [get list watch]
  $ kubectl get clusterrole edit -o jsonpath='{.aggregationRule}{"\n"}{.metadata.labels}{"\n"}'
  {"clusterRoleSelectors":[{"matchLabels":{"rbac.authorization.k8s.io/aggregate-to-edit":"true"}}]}
  {"kubernetes.io/bootstrapping":"rbac-defaults","rbac.authorization.k8s.io/aggregate-to-admin":"true"}
  $ kubectl get clusterrole admin -o jsonpath='{range .rules[*]}{.apiGroups}{.resources}{"\n"}{end}' | tail -4
  ["policy"]["poddisruptionbudgets","poddisruptionbudgets/status"]
  ["networking.k8s.io"]["ingresses","ingresses/status","networkpolicies"]
  ["authorization.k8s.io"]["localsubjectaccessreviews"]
  ["rbac.authorization.k8s.io"]["rolebindings","roles"]
  $ kubectl describe clusterrole system:controller:deployment-controller
  Name:         system:controller:deployment-controller
  Labels:       kubernetes.io/bootstrapping=rbac-defaults
  Annotations:  rbac.authorization.kubernetes.io/autoupdate: true
  PolicyRule:
    Resources                          Non-Resource URLs  Resource Names  Verbs
    ---------                          -----------------  --------------  -----
    replicasets.apps                   []                 []              [create delete get list patch update watch]
    replicasets.extensions             []                 []              [create delete get list patch update watch]
    events                             []                 []              [create patch update]
    events.events.k8s.io               []                 []              [create patch update]
    pods                               []                 []              [get list update watch]
    deployments.apps                   []                 []              [get list update watch]
    deployments.extensions             []                 []              [get list update watch]
    deployments.apps/finalizers        []                 []              [update]
    deployments.apps/status            []                 []              [update]
    deployments.extensions/finalizers  []                 []              [update]
    deployments.extensions/status      []                 []              [update]

A new role labelled aggregate-to-view joins view, edit and admin at once.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: rbac.authorization.k8s.io/v1
  > kind: ClusterRole
  > metadata:
  >   name: widget-reader
  >   labels:
  >     rbac.authorization.k8s.io/aggregate-to-view: "true"
  > rules:
  > - apiGroups: [example.com]
  >   resources: [widgets]
  >   verbs: [get, list]
  > EOF
  clusterrole.rbac.authorization.k8s.io/widget-reader created
  $ kubectl describe clusterrole view | grep widgets
    widgets.example.com                          []                 []              [get list]
  $ kubectl describe clusterrole admin | grep widgets
    widgets.example.com                             []                 []              [get list]

Bound to view in its namespace, a service account may read most things there but no secrets,
and may change nothing.
  $ kubectl create rolebinding sa-view --clusterrole=view --serviceaccount=default:default
  rolebinding.rbac.authorization.k8s.io/sa-view created
  $ kubectl auth can-i list pods --as=system:serviceaccount:default:default
  yes
  $ kubectl auth can-i get pods --subresource=log --as=system:serviceaccount:default:default
  yes
  $ kubectl auth can-i list secrets --as=system:serviceaccount:default:default
  no
  $ kubectl auth can-i list pods -n kube-system --as=system:serviceaccount:default:default
  no
  $ kubectl auth can-i --list --as=system:serviceaccount:default:default
  Resources                                       Non-Resource URLs                      Resource Names   Verbs
  selfsubjectreviews.authentication.k8s.io        []                                     []               [create]
  selfsubjectaccessreviews.authorization.k8s.io   []                                     []               [create]
  selfsubjectrulesreviews.authorization.k8s.io    []                                     []               [create]
  bindings                                        []                                     []               [get list watch]
  configmaps                                      []                                     []               [get list watch]
  endpoints                                       []                                     []               [get list watch]
  events                                          []                                     []               [get list watch]
  limitranges                                     []                                     []               [get list watch]
  namespaces/status                               []                                     []               [get list watch]
  namespaces                                      []                                     []               [get list watch]
  persistentvolumeclaims/status                   []                                     []               [get list watch]
  persistentvolumeclaims                          []                                     []               [get list watch]
  pods/log                                        []                                     []               [get list watch]
  pods/status                                     []                                     []               [get list watch]
  pods                                            []                                     []               [get list watch]
  replicationcontrollers/scale                    []                                     []               [get list watch]
  replicationcontrollers/status                   []                                     []               [get list watch]
  replicationcontrollers                          []                                     []               [get list watch]
  resourcequotas/status                           []                                     []               [get list watch]
  resourcequotas                                  []                                     []               [get list watch]
  serviceaccounts                                 []                                     []               [get list watch]
  services/status                                 []                                     []               [get list watch]
  services                                        []                                     []               [get list watch]
  controllerrevisions.apps                        []                                     []               [get list watch]
  daemonsets.apps/status                          []                                     []               [get list watch]
  daemonsets.apps                                 []                                     []               [get list watch]
  deployments.apps/scale                          []                                     []               [get list watch]
  deployments.apps/status                         []                                     []               [get list watch]
  deployments.apps                                []                                     []               [get list watch]
  replicasets.apps/scale                          []                                     []               [get list watch]
  replicasets.apps/status                         []                                     []               [get list watch]
  replicasets.apps                                []                                     []               [get list watch]
  statefulsets.apps/scale                         []                                     []               [get list watch]
  statefulsets.apps/status                        []                                     []               [get list watch]
  statefulsets.apps                               []                                     []               [get list watch]
  horizontalpodautoscalers.autoscaling/status     []                                     []               [get list watch]
  horizontalpodautoscalers.autoscaling            []                                     []               [get list watch]
  cronjobs.batch/status                           []                                     []               [get list watch]
  cronjobs.batch                                  []                                     []               [get list watch]
  jobs.batch/status                               []                                     []               [get list watch]
  jobs.batch                                      []                                     []               [get list watch]
  endpointslices.discovery.k8s.io                 []                                     []               [get list watch]
  daemonsets.extensions/status                    []                                     []               [get list watch]
  daemonsets.extensions                           []                                     []               [get list watch]
  deployments.extensions/scale                    []                                     []               [get list watch]
  deployments.extensions/status                   []                                     []               [get list watch]
  deployments.extensions                          []                                     []               [get list watch]
  ingresses.extensions/status                     []                                     []               [get list watch]
  ingresses.extensions                            []                                     []               [get list watch]
  networkpolicies.extensions                      []                                     []               [get list watch]
  replicasets.extensions/scale                    []                                     []               [get list watch]
  replicasets.extensions/status                   []                                     []               [get list watch]
  replicasets.extensions                          []                                     []               [get list watch]
  replicationcontrollers.extensions/scale         []                                     []               [get list watch]
  nodes.metrics.k8s.io                            []                                     []               [get list watch]
  pods.metrics.k8s.io                             []                                     []               [get list watch]
  ingresses.networking.k8s.io/status              []                                     []               [get list watch]
  ingresses.networking.k8s.io                     []                                     []               [get list watch]
  networkpolicies.networking.k8s.io               []                                     []               [get list watch]
  poddisruptionbudgets.policy/status              []                                     []               [get list watch]
  poddisruptionbudgets.policy                     []                                     []               [get list watch]
  widgets.example.com                             []                                     []               [get list]
                                                  [/.well-known/openid-configuration/]   []               [get]
                                                  [/.well-known/openid-configuration]    []               [get]
                                                  [/api/*]                               []               [get]
                                                  [/api]                                 []               [get]
                                                  [/apis/*]                              []               [get]
                                                  [/apis]                                []               [get]
                                                  [/healthz]                             []               [get]
                                                  [/healthz]                             []               [get]
                                                  [/livez]                               []               [get]
                                                  [/livez]                               []               [get]
                                                  [/openapi/*]                           []               [get]
                                                  [/openapi]                             []               [get]
                                                  [/openid/v1/jwks/]                     []               [get]
                                                  [/openid/v1/jwks]                      []               [get]
                                                  [/readyz]                              []               [get]
                                                  [/readyz]                              []               [get]
                                                  [/version/]                            []               [get]
                                                  [/version/]                            []               [get]
                                                  [/version]                             []               [get]
                                                  [/version]                             []               [get]
  $ kubectl get pods --as=system:serviceaccount:default:default
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  $ kubectl logs goweb --as=system:serviceaccount:default:default; echo "exit $?"
  exit 0
  $ kubectl get secrets --as=system:serviceaccount:default:default
  Error from server (Forbidden): secrets is forbidden: User "system:serviceaccount:default:default" cannot list resource "secrets" in API group "" in the namespace "default"

Every request kubectl sends is authorized: reading the object first, then changing it.
  $ kubectl label pod goweb tier=web --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "goweb" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "pods" in API group "" in the namespace "default"
  $ kubectl annotate pod goweb note=x --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "goweb" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "pods" in API group "" in the namespace "default"
  $ kubectl patch pod goweb -p '{"metadata":{"labels":{"a":"b"}}}' --as=system:serviceaccount:default:default
  Error from server (Forbidden): pods "goweb" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "pods" in API group "" in the namespace "default"
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl scale deployment web --replicas=2 --as=system:serviceaccount:default:default
  Error from server (Forbidden): deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "deployments/scale" in API group "apps" in the namespace "default"
  $ kubectl rollout restart deployment web --as=system:serviceaccount:default:default
  error: failed to patch: deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl rollout status deployment web -n kube-system --as=system:serviceaccount:default:default
  Error from server (Forbidden): deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot get resource "deployments" in API group "apps" in the namespace "kube-system"
  $ kubectl set image deployment web nginx=nginx:1.27 --as=system:serviceaccount:default:default
  error: failed to patch image update to pod template: deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl get deployment web -o yaml > web.yaml
  $ kubectl replace -f web.yaml --as=system:serviceaccount:default:default
  Error from server (Forbidden): error when replacing "web.yaml": deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot update resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl apply -f web.yaml --as=system:serviceaccount:default:default
  Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  Error from server (Forbidden): error when applying patch:
  {"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{\"deployment.kubernetes.io/revision\":\"1\"},\"creationTimestamp\":\"2025-04-23T07:25:00Z\",\"generation\":1,\"labels\":{\"app\":\"web\"},\"name\":\"web\",\"namespace\":\"default\",\"resourceVersion\":\"180\",\"uid\":\"2aad8558-2326-4185-af69-5ea48a7cb866\"},\"spec\":{\"progressDeadlineSeconds\":600,\"replicas\":1,\"revisionHistoryLimit\":10,\"selector\":{\"matchLabels\":{\"app\":\"web\"}},\"strategy\":{\"rollingUpdate\":{\"maxSurge\":\"25%\",\"maxUnavailable\":\"25%\"},\"type\":\"RollingUpdate\"},\"template\":{\"metadata\":{\"creationTimestamp\":null,\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"image\":\"nginx\",\"imagePullPolicy\":\"Always\",\"name\":\"nginx\",\"resources\":{},\"terminationMessagePath\":\"/dev/termination-log\",\"terminationMessagePolicy\":\"File\"}],\"dnsPolicy\":\"ClusterFirst\",\"restartPolicy\":\"Always\",\"schedulerName\":\"default-scheduler\",\"securityContext\":{},\"terminationGracePeriodSeconds\":30}}},\"status\":{\"conditions\":[{\"lastTransitionTime\":\"2025-04-23T07:25:00Z\",\"lastUpdateTime\":\"2025-04-23T07:25:00Z\",\"message\":\"Deployment does not have minimum availability.\",\"reason\":\"MinimumReplicasUnavailable\",\"status\":\"False\",\"type\":\"Available\"},{\"lastTransitionTime\":\"2025-04-23T07:25:00Z\",\"lastUpdateTime\":\"2025-04-23T07:25:00Z\",\"message\":\"ReplicaSet \\\"web-65d846d465\\\" is progressing.\",\"reason\":\"ReplicaSetUpdated\",\"status\":\"True\",\"type\":\"Progressing\"}],\"observedGeneration\":1,\"replicas\":1,\"unavailableReplicas\":1,\"updatedReplicas\":1}}\n"}}}
  to:
  Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
  Name: "web", Namespace: "default"
  for: "web.yaml": error when patching "web.yaml": deployments.apps "web" is forbidden: User "system:serviceaccount:default:default" cannot patch resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl apply -f web.yaml --as=jane
  Error from server (Forbidden): error when retrieving current configuration of:
  Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"
  Name: "web", Namespace: "default"
  from server for: "web.yaml": deployments.apps "web" is forbidden: User "jane" cannot get resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl exec goweb --as=system:serviceaccount:default:default -- hostname
  Error from server (Forbidden): pods "goweb" is forbidden: User "system:serviceaccount:default:default" cannot create resource "pods/exec" in API group "" in the namespace "default"
  $ kubectl port-forward pod/goweb 8080:80 --as=system:serviceaccount:default:default
  error: error upgrading connection: pods "goweb" is forbidden: User "system:serviceaccount:default:default" cannot create resource "pods/portforward" in API group "" in the namespace "default"
  $ kubectl logs goweb --as=jane
  Error from server (Forbidden): pods "goweb" is forbidden: User "jane" cannot get resource "pods" in API group "" in the namespace "default"
  $ kubectl get pods -w --as=jane
  Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"
  $ kubectl cordon tk8s-worker --as=jane
  Error from server (Forbidden): nodes "tk8s-worker" is forbidden: User "jane" cannot get resource "nodes" in API group "" at the cluster scope
