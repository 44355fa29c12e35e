kubectl get --raw reads the apiserver's OpenAPI documents, built from the schemas it serves
(the ones kubectl explain shows): /openapi/v3 is an index with one document per group/version,
each URL carrying the SHA-512 of the document as upper-case hex, so clients can cache them;
/openapi/v3/api/v1 and /openapi/v3/apis/GROUP/VERSION are OpenAPI 3.0 documents; /openapi/v2
is one Swagger 2.0 document of everything. All are compact JSON without a closing newline.
  $ kubectl get --raw /openapi/v3 | grep -o '"[a-z0-9./]*":{"serverRelativeURL"' | head -5
  "api":{"serverRelativeURL"
  "api/v1":{"serverRelativeURL"
  "apis":{"serverRelativeURL"
  "apis/admissionregistration.k8s.io":{"serverRelativeURL"
  "apis/admissionregistration.k8s.io/v1":{"serverRelativeURL"
  $ kubectl get --raw /openapi/v3 | grep -o '"/openapi/v3/apis/apps/v1?hash=[0-9A-F]*"' | wc -c
  161
  $ kubectl get --raw /openapi/v3 | tail -c 4; echo
  "}}}
  $ kubectl get --raw /openapi/v3/apis/apps/v1 | head -c 120; echo
  {"openapi":"3.0.0","info":{"title":"Kubernetes","version":"v1.32.2"},"paths":{"/apis/apps/v1/controllerrevisions":{"get"
  $ kubectl get --raw /openapi/v3/apis/apps/v1 > apps.json; grep -o '"operationId":"[a-zA-Z0-9]*Deployment[a-zA-Z]*"' apps.json
  "operationId":"listAppsV1DeploymentForAllNamespaces"
  "operationId":"listAppsV1NamespacedDeployment"
  "operationId":"createAppsV1NamespacedDeployment"
  "operationId":"readAppsV1NamespacedDeployment"
  "operationId":"replaceAppsV1NamespacedDeployment"
  "operationId":"deleteAppsV1NamespacedDeployment"
  "operationId":"patchAppsV1NamespacedDeployment"
  $ kubectl get --raw /openapi/v3/api/v1 | grep -o '"io.k8s.api.core.v1.Pod":{"description":"[^"]*","type":"object"'
  "io.k8s.api.core.v1.Pod":{"description":"A Pod is a group of one or more containers that share storage, network and a lifecycle. The scheduler places it on one node, where the kubelet runs its containers.","type":"object"
  $ kubectl get --raw /openapi/v3/api/v1 | grep -o '"containers":{[^{]*"items":{"$ref":"[^"]*"}'
  "containers":{"description":"The containers the pod runs. At least one is required, and they cannot be added or removed after the pod is created.","type":"array","items":{"$ref":"#/components/schemas/io.k8s.api.core.v1.Container"}
  $ kubectl get --raw /openapi/v3/api/v1 | grep -o '"metadata":{"description":"[^"]*","allOf":\[{"$ref":"[^"]*"}\]}' | head -1
  "metadata":{"description":"Standard object metadata: the name, namespace, labels, annotations and bookkeeping fields the server keeps.","allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}]}
  $ kubectl get --raw /openapi/v2 | head -c 60; echo
  {"swagger":"2.0","info":{"title":"Kubernetes","version":"v1.
  $ kubectl get --raw /openapi/v2 | grep -o '"io.k8s.api.rbac.v1.Subject":{[^}]*}'
  "io.k8s.api.rbac.v1.Subject":{"description":"A user, group or service account.","type":"object","required":["kind","name"],"properties":{"apiGroup":{"description":"rbac.authorization.k8s.io for users and groups; \"\" for service accounts.","type":"string"}
The discovery endpoints have small documents of their own in the index too.
  $ kubectl get --raw /openapi/v3 | grep -o '"[a-z]*":{"serverRelativeURL"'
  "api":{"serverRelativeURL"
  "apis":{"serverRelativeURL"
  "version":{"serverRelativeURL"
  $ kubectl get --raw /openapi/v3/apis/apps | grep -o '"paths":{"/apis/apps/":{"get":{[^}]*'
  "paths":{"/apis/apps/":{"get":{"tags":["apps"],"description":"Reads the versions of the apps API group.","operationId":"getAppsAPIGroup","responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup"
A group/version the server does not serve, or a path under /openapi that is not a document,
is the apiserver's plain 404.
  $ kubectl get --raw /openapi/v3/apis/apps/v9
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get --raw /openapi/v3/apis/nosuch.example.com
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl get --raw /openapi/v1
  Error from server (NotFound): the server could not find the requested resource
A CustomResourceDefinition's kinds are published in their group's document once it is established.
  $ kubectl get --raw /openapi/v3 | grep -o '"apis/crd.projectcalico.org/v1"'
  "apis/crd.projectcalico.org/v1"
  $ kubectl get --raw /openapi/v3/apis/crd.projectcalico.org/v1 | grep -o '"org.projectcalico.crd.v1.IPPool":{"type":"object","properties":{"apiVersion"'
  "org.projectcalico.crd.v1.IPPool":{"type":"object","properties":{"apiVersion"
