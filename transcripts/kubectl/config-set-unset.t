kubectl config set and unset change one value of the kubeconfig by a dotted path through
client-go's internal Config type; checked line for line against kubectl.1.32 on the same file
(the map dumps' addresses differ from run to run in the real binary).
  $ kubectl config set clusters.tk8s.server https://172.22.0.2:6443
  Property "clusters.tk8s.server" set.
  $ kubectl config set clusters.tk8s.tls-server-name kubernetes
  Property "clusters.tk8s.tls-server-name" set.
  $ kubectl config set clusters.10.0.0.1.server https://10.0.0.1:6443
  Property "clusters.10.0.0.1.server" set.
  $ kubectl config set clusters.10.0.0.1.insecure-skip-tls-verify true
  Property "clusters.10.0.0.1.insecure-skip-tls-verify" set.
  $ kubectl config set contexts.robot.cluster tk8s
  Property "contexts.robot.cluster" set.
  $ kubectl config set contexts.robot.user robot
  Property "contexts.robot.user" set.
  $ kubectl config set contexts.robot.namespace kube-system
  Property "contexts.robot.namespace" set.
  $ kubectl config set users.robot.token abc.def
  Property "users.robot.token" set.
  $ kubectl config set users.robot.act-as system:serviceaccount:default:robot
  Property "users.robot.act-as" set.
  $ kubectl config set users.robot.as bob
  error: can't set a map to a value: map[kubernetes-admin:0xc000706f00 robot:0xc000706f80]
  $ kubectl config set users.robot.act-as-groups dev
  error: unrecognized slice type. string
  $ kubectl config set users.robot.client-key-data notbase64!
  error: error decoding input value: illegal base64 data at input byte 9
  $ kubectl config set users.robot.client-key-data YWJj
  Property "users.robot.client-key-data" set.
  $ kubectl config set preferences.colors true
  Property "preferences.colors" set.
  $ kubectl config set preferences.colour true
  error: unable to parse preferences.colour after [{preferences 0x2038880}] at api.Preferences
  $ kubectl config set current-context
  Set one value of the kubeconfig. PROPERTY_NAME is a path of field names and entry names
  joined by dots (clusters.NAME.server, contexts.NAME.namespace, current-context); an entry
  that is not there yet is created. Data fields such as certificate-authority-data take
  base64 text, or the bytes as given with --set-raw-bytes.
  
  Examples:
    # Point the cluster tk8s at another address
    kubectl config set clusters.tk8s.server https://172.22.0.2:6443
    
    # Give the context robot a default namespace
    kubectl config set contexts.robot.namespace kube-system
    
    # Switch to another context
    kubectl config set current-context robot
  
  Options:
      --set-raw-bytes=false:
  	Store the value of a data field as it is instead of decoding base64.
  
  Usage:
    kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  error: Unexpected args: [current-context]
  $ kubectl config set current-context robot
  Property "current-context" set.
  $ kubectl config get-contexts
  CURRENT   NAME                    CLUSTER   AUTHINFO           NAMESPACE
            kubernetes-admin@tk8s   tk8s      kubernetes-admin   
  *         robot                   tk8s      robot              kube-system
  $ kubectl config view
  apiVersion: v1
  clusters:
  - cluster:
      insecure-skip-tls-verify: true
      server: https://10.0.0.1:6443
    name: 10.0.0.1
  - cluster:
      certificate-authority-data: DATA+OMITTED
      server: https://172.22.0.2:6443
      tls-server-name: kubernetes
    name: tk8s
  contexts:
  - context:
      cluster: tk8s
      user: kubernetes-admin
    name: kubernetes-admin@tk8s
  - context:
      cluster: tk8s
      namespace: kube-system
      user: robot
    name: robot
  current-context: robot
  kind: Config
  preferences:
    colors: true
  users:
  - name: kubernetes-admin
    user:
      client-certificate-data: DATA+OMITTED
      client-key-data: DATA+OMITTED
  - name: robot
    user:
      as: system:serviceaccount:default:robot
      client-key-data: DATA+OMITTED
      token: REDACTED
  $ kubectl config unset users.robot.act-as
  Property "users.robot.act-as" unset.
  $ kubectl config unset clusters.10.0.0.1
  Property "clusters.10.0.0.1" unset.
  $ kubectl config unset contexts.nothere.namespace
  error: current map key `nothere` is invalid
  $ kubectl config unset preferences
  Property "preferences" unset.
  $ kubectl config view -o json
  {
      "kind": "Config",
      "apiVersion": "v1",
      "preferences": {},
      "clusters": [
          {
              "name": "tk8s",
              "cluster": {
                  "server": "https://172.22.0.2:6443",
                  "tls-server-name": "kubernetes",
                  "certificate-authority-data": "DATA+OMITTED"
              }
          }
      ],
      "users": [
          {
              "name": "kubernetes-admin",
              "user": {
                  "client-certificate-data": "DATA+OMITTED",
                  "client-key-data": "DATA+OMITTED"
              }
          },
          {
              "name": "robot",
              "user": {
                  "client-key-data": "DATA+OMITTED",
                  "token": "REDACTED"
              }
          }
      ],
      "contexts": [
          {
              "name": "kubernetes-admin@tk8s",
              "context": {
                  "cluster": "tk8s",
                  "user": "kubernetes-admin"
              }
          },
          {
              "name": "robot",
              "context": {
                  "cluster": "tk8s",
                  "user": "robot",
                  "namespace": "kube-system"
              }
          }
      ],
      "current-context": "robot"
  }
  $ cat ~/.kube/config | grep -A3 "name: robot"
    name: robot
  current-context: robot
  kind: Config
  preferences: {}
  --
  - name: robot
    user:
      client-key-data: YWJj
      token: abc.def
