What the apiserver's create strategies make of a new object before any controller sees it: a
server dry run shows the status reset to the zero value the v1 type writes out (a StatefulSet's
replicas and availableReplicas, a DaemonSet's four counts, a ReplicaSet's replicas, nothing for
a Deployment or a Job) and generation 1.
  $ cat > sts.yaml <<EOF
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: db
  > spec:
  >   serviceName: db
  >   selector:
  >     matchLabels:
  >       app: db
  >   template:
  >     metadata:
  >       labels:
  >         app: db
  >     spec:
  >       containers:
  >       - name: db
  >         image: nginx
  > EOF
  $ kubectl create -f sts.yaml --dry-run=server -o yaml | grep -A3 -e '^status' -e generation
    generation: 1
    name: db
    namespace: default
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  --
  status:
    availableReplicas: 0
    replicas: 0
  $ cat > ds.yaml <<EOF
  > apiVersion: apps/v1
  > kind: DaemonSet
  > metadata:
  >   name: agent
  > spec:
  >   selector:
  >     matchLabels:
  >       app: agent
  >   template:
  >     metadata:
  >       labels:
  >         app: agent
  >     spec:
  >       containers:
  >       - name: agent
  >         image: nginx
  > EOF
  $ kubectl apply -f ds.yaml --dry-run=server -o yaml | grep -A5 -e '^status' -e generation
      deprecated.daemonset.template.generation: "1"
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"annotations":{},"name":"agent","namespace":"default"},"spec":{"selector":{"matchLabels":{"app":"agent"}},"template":{"metadata":{"labels":{"app":"agent"}},"spec":{"containers":[{"image":"nginx","name":"agent"}]}}}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 1
    name: agent
    namespace: default
    uid: 0485a1f7-4031-4f02-bfdf-a959b47888af
  spec:
    revisionHistoryLimit: 10
  --
  status:
    currentNumberScheduled: 0
    desiredNumberScheduled: 0
    numberMisscheduled: 0
    numberReady: 0
  $ kubectl create deployment web --image=nginx --dry-run=server -o yaml | grep -A1 '^status'
  status: {}
  $ kubectl create job once --image=busybox --dry-run=server -o yaml | grep -A1 '^status'
  status: {}
  $ kubectl get sts,ds
  No resources found in default namespace.
