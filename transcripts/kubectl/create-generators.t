The create generators build an object from flags; --dry-run=client -o yaml shows it as kubectl
built it, and without a dry run the apiserver stores it (and refuses what it does not allow).
  $ kubectl create configmap app-cfg --from-literal=b=2 --from-literal=a=1 --dry-run=client -o yaml
  apiVersion: v1
  data:
    a: "1"
    b: "2"
  kind: ConfigMap
  metadata:
    creationTimestamp: null
    name: app-cfg
  $ cat > /tmp/app.properties <<'EOF'
  > color=blue
  > size=3
  > EOF
  $ printf 'MODE=fast\n# a comment\nLEVEL=3\n' > /tmp/app.env
  $ kubectl create cm app-files --from-file=/tmp/app.properties --from-file=props=/tmp/app.properties
  configmap/app-files created
  $ kubectl create cm app-env --from-env-file=/tmp/app.env -o yaml
  apiVersion: v1
  data:
    LEVEL: "3"
    MODE: fast
  kind: ConfigMap
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: app-env
    namespace: default
    resourceVersion: "166"
    uid: 0485a1f7-4031-4f02-bfdf-a959b47888af
  $ kubectl create cm app-env --from-literal=a=1
  error: failed to create configmap: configmaps "app-env" already exists
  $ kubectl create cm broken --from-file=/tmp/nope
  error: error reading /tmp/nope: no such file or directory
  $ kubectl create cm broken --from-env-file=/tmp/app.env --from-literal=a=1
  error: from-env-file cannot be combined with from-file or from-literal
  $ kubectl create cm Broken --from-literal=a=1
  error: failed to create configmap: ConfigMap "Broken" is invalid: metadata.name: Invalid value: "Broken": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
  $ kubectl create cm saved --from-literal=a=1 --save-config -o jsonpath='{.metadata.annotations}'
  {"kubectl.kubernetes.io/last-applied-configuration":"{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"saved\",\"creationTimestamp\":null},\"data\":{\"a\":\"1\"}}\n"} (no-eol)
  $ kubectl create secret generic db-pass --from-literal=password=s3cr3t
  secret/db-pass created
  $ kubectl create secret generic db-pass --from-literal=password=other
  error: failed to create secret secrets "db-pass" already exists
  $ kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=me --docker-password=pw --dry-run=client -o yaml
  apiVersion: v1
  data:
    .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJ1c2VybmFtZSI6Im1lIiwicGFzc3dvcmQiOiJwdyIsImF1dGgiOiJiV1U2Y0hjPSJ9fX0=
  kind: Secret
  metadata:
    creationTimestamp: null
    name: regcred
  type: kubernetes.io/dockerconfigjson
  $ kubectl create secret tls web-tls --cert=/tmp/app.properties --key=/tmp/app.properties
  error: tls: failed to find any PEM data in certificate input
  $ kubectl create secret
  Create a Secret; its values are stored base64-encoded.
  
  Commands:
    generic           Values from --from-literal, --from-file or --from-env-file (type Opaque)
    tls               A certificate and its key from --cert and --key files
    docker-registry   Credentials for pulling images from a registry
  
  Examples:
    kubectl create secret generic db-pass --from-literal=password=s3cr3t
    kubectl create secret tls web-tls --cert=tls.crt --key=tls.key
    kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=me --docker-password=pw
  
  Usage:
    kubectl create secret (docker-registry | generic | tls) [options]
  
  Use "kubectl create secret <command> --help" for more information about a given command.
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl get cm,secrets
  NAME                         DATA   AGE
  configmap/app-env            2      0s
  configmap/app-files          2      0s
  configmap/kube-root-ca.crt   1      46h
  configmap/saved              1      0s
  
  NAME             TYPE     DATA   AGE
  secret/db-pass   Opaque   1      0s
  $ kubectl get secret db-pass -o jsonpath='{.data.password}'
  czNjcjN0 (no-eol)
  $ kubectl create service clusterip web --tcp=80:8080 --tcp=443:https --dry-run=client -o json
  {
      "kind": "Service",
      "apiVersion": "v1",
      "metadata": {
          "name": "web",
          "creationTimestamp": null,
          "labels": {
              "app": "web"
          }
      },
      "spec": {
          "ports": [
              {
                  "name": "80-8080",
                  "protocol": "TCP",
                  "port": 80,
                  "targetPort": 8080
              },
              {
                  "name": "443-https",
                  "protocol": "TCP",
                  "port": 443,
                  "targetPort": "https"
              }
          ],
          "selector": {
              "app": "web"
          },
          "type": "ClusterIP"
      },
      "status": {
          "loadBalancer": {}
      }
  }
  $ kubectl create service nodeport np --tcp=80:8080 --node-port=30080
  service/np created
  $ kubectl create service nodeport np2 --tcp=80 --node-port=30080
  error: failed to create NodePort service: Service "np2" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated
  $ kubectl create service nodeport np3 --tcp=80 --node-port=80
  error: failed to create NodePort service: Service "np3" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767
  $ kubectl create service clusterip headless --clusterip=None
  service/headless created
  $ kubectl create service externalname search --external-name=www.example.com
  service/search created
  $ kubectl create service nodeport x --clusterip=None
  error: unknown flag: --clusterip
  See 'kubectl create service nodeport --help' for usage.
  $ kubectl create job j --image=busybox --replicas=2
  error: unknown flag: --replicas
  See 'kubectl create job --help' for usage.
  $ kubectl create cm x -f app.yaml
  error: unknown shorthand flag: 'f' in -f
  See 'kubectl create configmap --help' for usage.
  $ kubectl create service clusterip x
  error: at least one tcp port specifier must be provided
  $ kubectl create service headless x
  error: unknown command "headless x"
  See 'kubectl create service -h' for help and examples
  $ kubectl get svc
  NAME         TYPE           CLUSTER-IP    EXTERNAL-IP       PORT(S)        AGE
  headless     ClusterIP      None          <none>            <none>         0s
  kubernetes   ClusterIP      10.98.0.1     <none>            443/TCP        46h
  np           NodePort       10.98.0.167   <none>            80:30080/TCP   0s
  search       ExternalName   <none>        www.example.com   <none>         0s
  $ kubectl create serviceaccount robot
  serviceaccount/robot created
  $ kubectl create sa robot
  error: failed to create serviceaccount: serviceaccounts "robot" already exists
  $ kubectl create quota team --hard=pods=10,services=5,requests.cpu=2,limits.memory=4Gi
  resourcequota/team created
  $ kubectl create quota bad --hard=pods
  error: Invalid argument syntax pods, expected <resource>=<value>
  $ kubectl create role pod-reader --verb=get,list,watch --resource=pods,deployments.apps
  role.rbac.authorization.k8s.io/pod-reader created
  $ kubectl create role bad --verb=get --resource=widgets
  the server doesn't have a resource type "widgets"
  $ kubectl create rolebinding read-pods --role=pod-reader --serviceaccount=default:robot --user=jane
  rolebinding.rbac.authorization.k8s.io/read-pods created
  $ kubectl create rolebinding bad --role=pod-reader --serviceaccount=robot
  error: serviceaccount must be <namespace>:<name>
  $ kubectl create clusterrole node-reader --verb=get,list --resource=nodes
  clusterrole.rbac.authorization.k8s.io/node-reader created
  $ kubectl create clusterrolebinding read-nodes --clusterrole=node-reader --group=ops
  clusterrolebinding.rbac.authorization.k8s.io/read-nodes created
  $ kubectl get sa,quota,roles,rolebindings
  NAME                     SECRETS   AGE
  serviceaccount/default   0         46h
  serviceaccount/robot     0         0s
  
  NAME                 AGE   REQUEST                                        LIMIT
  resourcequota/team   0s    pods: 1/10, requests.cpu: 0/2, services: 4/5   limits.memory: 0/4Gi
  
  NAME                                        CREATED AT
  role.rbac.authorization.k8s.io/pod-reader   2025-04-23T07:25:00Z
  
  NAME                                              ROLE              AGE
  rolebinding.rbac.authorization.k8s.io/read-pods   Role/pod-reader   0s
  $ kubectl get rolebinding read-pods -o wide
  NAME        ROLE              AGE   USERS   GROUPS   SERVICEACCOUNTS
  read-pods   Role/pod-reader   0s    jane             default:robot
  $ kubectl get clusterrolebinding read-nodes -o yaml
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: read-nodes
    resourceVersion: "183"
    uid: 549802ef-b409-4cb9-a8d3-c049dc505204
  roleRef:
    apiGroup: rbac.authorization.k8s.io
    kind: ClusterRole
    name: node-reader
  subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: ops

--validate takes strict, warn, ignore or a Go boolean (TRUE, 0, F ...), the names only in lower
case; a generator refuses anything else even for a client dry run.
  $ kubectl create deployment v --image=nginx --validate=Warn --dry-run=client
  error: invalid - validate option "Warn"; must be one of: strict (or true), warn, ignore (or false)
  $ kubectl create namespace v --validate=F --dry-run=client
  namespace/v created (dry run)
  $ kubectl create configmap v --validate= --dry-run=client
  error: invalid - validate option ""; must be one of: strict (or true), warn, ignore (or false)
