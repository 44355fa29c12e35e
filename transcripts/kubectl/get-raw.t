kubectl get --raw GETs a path of the apiserver and copies the body out as it was sent: the
health checks answer ok (with ?verbose, each of kube-apiserver 1.32's checks and post-start
hooks; &exclude=NAME marks one excluded; /readyz/NAME is one check), /version is indented JSON,
and the API paths answer compact JSON, each object in its Go type's field order; a group
version's path is its discovery document, each resource and subresource sorted by name. The
api-extensions category names the kinds that extend the API.
  $ kubectl get --raw /healthz; echo
  ok
  $ kubectl get --raw /readyz; echo
  ok
  $ kubectl get --raw '/readyz?verbose'
  [+]ping ok
  [+]log ok
  [+]etcd ok
  [+]etcd-readiness ok
  [+]informer-sync ok
  [+]poststarthook/start-apiserver-admission-initializer ok
  [+]poststarthook/generic-apiserver-start-informers ok
  [+]poststarthook/priority-and-fairness-config-consumer ok
  [+]poststarthook/priority-and-fairness-filter ok
  [+]poststarthook/storage-object-count-tracker-hook ok
  [+]poststarthook/start-apiextensions-informers ok
  [+]poststarthook/start-apiextensions-controllers ok
  [+]poststarthook/crd-informer-synced ok
  [+]poststarthook/start-system-namespaces-controller ok
  [+]poststarthook/start-cluster-authentication-info-controller ok
  [+]poststarthook/start-kube-apiserver-identity-lease-controller ok
  [+]poststarthook/start-kube-apiserver-identity-lease-garbage-collector ok
  [+]poststarthook/start-legacy-token-tracking-controller ok
  [+]poststarthook/start-service-ip-repair-controllers ok
  [+]poststarthook/rbac/bootstrap-roles ok
  [+]poststarthook/scheduling/bootstrap-system-priority-classes ok
  [+]poststarthook/priority-and-fairness-config-producer ok
  [+]poststarthook/bootstrap-controller ok
  [+]poststarthook/aggregator-reload-proxy-client-cert ok
  [+]poststarthook/start-kube-aggregator-informers ok
  [+]poststarthook/apiservice-status-local-available-controller ok
  [+]poststarthook/apiservice-status-remote-available-controller ok
  [+]poststarthook/apiservice-registration-controller ok
  [+]poststarthook/apiservice-discovery-controller ok
  [+]poststarthook/kube-apiserver-autoregistration ok
  [+]autoregister-completion ok
  [+]poststarthook/apiservice-openapi-controller ok
  [+]poststarthook/apiservice-openapiv3-controller ok
  [+]shutdown ok
  readyz check passed
  $ kubectl get --raw '/livez?verbose' | tail -3
  [+]poststarthook/apiservice-openapi-controller ok
  [+]poststarthook/apiservice-openapiv3-controller ok
  livez check passed
  $ kubectl get --raw '/healthz?verbose' | head -4
  [+]ping ok
  [+]log ok
  [+]etcd ok
  [+]poststarthook/start-apiserver-admission-initializer ok
  $ kubectl get --raw '/readyz?verbose&exclude=etcd&exclude=nosuch' | sed -n '3p;$p' ; kubectl get --raw '/readyz?verbose&exclude=etcd&exclude=nosuch' | tail -2
  [+]etcd excluded: ok
  readyz check passed
  warn: some health checks cannot be excluded: no matches for "nosuch"
  readyz check passed
  $ kubectl get --raw /livez/etcd; echo
  ok
  $ kubectl get --raw /readyz/poststarthook/rbac/bootstrap-roles; echo
  ok
  $ kubectl get --raw /readyz/nosuch
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get --raw /version; echo
  {
    "major": "1",
    "minor": "32",
    "gitVersion": "v1.32.2",
    "gitCommit": "67a30c0adcf52bd3f56ff0893ce19966be12991f",
    "gitTreeState": "clean",
    "buildDate": "2025-02-12T21:19:47Z",
    "goVersion": "go1.23.6",
    "compiler": "gc",
    "platform": "linux/amd64"
  }
  $ kubectl get --raw /api
  {"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"172.22.0.1:6443"}]}
  $ kubectl get --raw /api/v1/namespaces/default/services
  {"kind":"ServiceList","apiVersion":"v1","metadata":{"resourceVersion":"164"},"items":[{"metadata":{"name":"kubernetes","namespace":"default","uid":"9846e87d-9288-47cd-8f4f-b08319cb4e88","resourceVersion":"83","creationTimestamp":"2025-04-21T09:00:06Z","labels":{"component":"apiserver","provider":"kubernetes"},"managedFields":[{"manager":"kube-apiserver","operation":"Update","apiVersion":"v1","time":"2025-04-21T09:00:06Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{".":{},"f:component":{},"f:provider":{}}},"f:spec":{"f:clusterIP":{},"f:clusterIPs":{},"f:internalTrafficPolicy":{},"f:ipFamilies":{},"f:ipFamilyPolicy":{},"f:ports":{".":{},"k:{\"port\":443,\"protocol\":\"TCP\"}":{".":{},"f:name":{},"f:port":{},"f:protocol":{},"f:targetPort":{}}},"f:sessionAffinity":{},"f:type":{}}}}]},"spec":{"ports":[{"name":"https","protocol":"TCP","port":443,"targetPort":6443}],"clusterIP":"10.98.0.1","clusterIPs":["10.98.0.1"],"type":"ClusterIP","sessionAffinity":"None","ipFamilies":["IPv4"],"ipFamilyPolicy":"SingleStack","internalTrafficPolicy":"Cluster"},"status":{"loadBalancer":{}}}]}
  $ kubectl get --raw /api/v1/namespaces/default/services/kubernetes | jq -r .spec.clusterIP
  10.98.0.1
  $ kubectl get --raw /api/v1/nodes | jq -r '.items[].metadata.name'
  tk8s-control-plane
  tk8s-worker1
  tk8s-worker2
  $ kubectl get --raw /apis | jq -r '.groups[0:3][].name'
  admissionregistration.k8s.io
  apiextensions.k8s.io
  apiregistration.k8s.io
  $ kubectl get --raw /apis/apps/v1/namespaces/kube-system/deployments | jq -r '.kind, (.items | length)'
  DeploymentList
  3
  $ kubectl get --raw /api/v1/namespaces/default/pods/nosuch
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl get --raw /api/v1/nosuch
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get --raw /nosuch
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get --raw /openapi/v2 | head -c 17; echo
  {"swagger":"2.0",
  $ kubectl get pods --raw /api/v1/namespaces/default/pods
  error: arguments may not be passed when --raw is specified
  $ kubectl get --raw /api -o json
  error: --raw and --output are mutually exclusive
  $ kubectl get --raw /apis/apps; echo
  {"kind":"APIGroup","apiVersion":"v1","name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}
  
  $ kubectl get --raw /api/v1 | jq -r '.resources[] | select(.name | startswith("pods")) | [.name, .kind, (.verbs | join(","))] | @tsv'
  pods	Pod	create,delete,deletecollection,get,list,patch,update,watch
  pods/attach	PodAttachOptions	create,get
  pods/binding	Binding	create
  pods/ephemeralcontainers	Pod	get,patch,update
  pods/eviction	Eviction	create
  pods/exec	PodExecOptions	create,get
  pods/log	Pod	get
  pods/portforward	PodPortForwardOptions	create,get
  pods/proxy	PodProxyOptions	create,delete,get,patch,update
  pods/status	Pod	get,patch,update
  $ kubectl get --raw /apis/apps/v1 | jq -c '.resources[] | select(.name == "deployments" or .name == "deployments/scale")'
  {"name":"deployments","singularName":"deployment","namespaced":true,"kind":"Deployment","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["deploy"],"categories":["all"],"storageVersionHash":"8aSe+NMegvE="}
  {"name":"deployments/scale","singularName":"","namespaced":true,"group":"autoscaling","version":"v1","kind":"Scale","verbs":["get","patch","update"]}
  $ kubectl get --raw /apis/crd.projectcalico.org/v1 | jq -c '.resources[0]'
  {"name":"bgpconfigurations","singularName":"bgpconfiguration","namespaced":false,"kind":"BGPConfiguration","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"storageVersionHash":"APoTH7a/ve0="}
  $ kubectl get --raw /apis/nothing/v1
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get api-extensions -o name | grep -v projectcalico | head -4
  customresourcedefinition.apiextensions.k8s.io/adminnetworkpolicies.policy.networking.k8s.io
  apiservice.apiregistration.k8s.io/v1.
  apiservice.apiregistration.k8s.io/v1.admissionregistration.k8s.io
  apiservice.apiregistration.k8s.io/v1.apiextensions.k8s.io
