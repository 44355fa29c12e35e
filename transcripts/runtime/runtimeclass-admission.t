RuntimeClass objects and what admission does with them: a missing class refuses pods (a
Deployment's ReplicaSet reports it as FailedCreate), and a class's overhead and scheduling are
copied into the pods that name it. The handler must be a DNS label and cannot be changed.
  $ kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml
  $ sed -i 's/    spec:/    spec:\n      runtimeClassName: secure/' web.yaml
  $ kubectl apply -f web.yaml
  deployment.apps/web created
  $ sleep 2
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    0/1     0            0           2s
  $ kubectl describe rs -l app=web | tail -3
    Type     Reason        Age              From                   Message
    ----     ------        ----             ----                   -------
    Warning  FailedCreate  1s (x9 over 2s)  replicaset-controller  Error creating: pods "web-dbd447b77-" is forbidden: pod rejected: RuntimeClass "secure" not found
  $ cat <<EOF | kubectl create -f -
  > apiVersion: node.k8s.io/v1
  > kind: RuntimeClass
  > metadata:
  >   name: secure
  > handler: runsc
  > overhead:
  >   podFixed:
  >     cpu: 100m
  >     memory: 64Mi
  > scheduling:
  >   nodeSelector:
  >     kubernetes.io/os: linux
  >   tolerations:
  >   - key: sandbox
  >     operator: Exists
  > EOF
  runtimeclass.node.k8s.io/secure created
  $ kubectl get runtimeclass secure -o yaml
  apiVersion: node.k8s.io/v1
  handler: runsc
  kind: RuntimeClass
  metadata:
    creationTimestamp: "2025-04-23T07:25:02Z"
    name: secure
    resourceVersion: "180"
    uid: ca76ab06-7ef3-4dbe-b535-60287f18f90d
  overhead:
    podFixed:
      cpu: 100m
      memory: 64Mi
  scheduling:
    nodeSelector:
      kubernetes.io/os: linux
    tolerations:
    - key: sandbox
      operator: Exists
  $ kubectl describe runtimeclass secure
  Name:         secure
  Namespace:    
  Labels:       <none>
  Annotations:  <none>
  API Version:  node.k8s.io/v1
  Handler:      runsc
  Kind:         RuntimeClass
  Metadata:
    Creation Timestamp:  2025-04-23T07:25:02Z
    Resource Version:    180
    UID:                 ca76ab06-7ef3-4dbe-b535-60287f18f90d
  Overhead:
    Pod Fixed:
      Cpu:     100m
      Memory:  64Mi
  Scheduling:
    Node Selector:
      kubernetes.io/os:  linux
    Tolerations:
      Key:       sandbox
      Operator:  Exists
  Events:        <none>
  $ sleep 20
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    1/1     1            1           22s
  $ kubectl run one --image=nginx --overrides='{"spec":{"runtimeClassName":"secure","nodeSelector":{"kubernetes.io/os":"windows"}}}'
  Error from server (Forbidden): pods "one" is forbidden: conflict: runtimeClass.scheduling.nodeSelector[kubernetes.io/os] = linux; pod.spec.nodeSelector[kubernetes.io/os] = windows
  $ kubectl run two --image=nginx --overrides='{"spec":{"runtimeClassName":"secure"}}'
  pod/two created
  $ kubectl get pod two -o jsonpath='{.spec.overhead}{"\n"}{.spec.nodeSelector}{"\n"}{.spec.tolerations[*].key}{"\n"}'
  {"cpu":"100m","memory":"64Mi"}
  {"kubernetes.io/os":"linux"}
  node.kubernetes.io/not-ready node.kubernetes.io/unreachable sandbox
  $ kubectl get runtimeclass
  NAME     HANDLER   AGE
  secure   runsc     20s
  $ kubectl patch runtimeclass secure -p '{"handler":"kata"}'
  The RuntimeClass "secure" is invalid: handler: Invalid value: "kata": field is immutable
  $ kubectl create -f - <<EOF
  > apiVersion: node.k8s.io/v1
  > kind: RuntimeClass
  > metadata:
  >   name: nohandler
  > EOF
  The RuntimeClass "nohandler" is invalid: handler: Invalid value: "": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
  $ kubectl delete runtimeclass secure
  runtimeclass.node.k8s.io "secure" deleted
