A Deployment's counts are its ReplicaSets' status as the ReplicaSet controller last wrote it: with
minReadySeconds, ready pods count as available for the Deployment only once its ReplicaSet, synced
again after minReadySeconds, reports them available.
  $ cat > web.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  >   labels:
  >     app: web
  > spec:
  >   replicas: 2
  >   minReadySeconds: 20
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  $ kubectl apply -f web.yaml
  deployment.apps/web created
  $ sleep 15
  $ kubectl get deploy,rs -l app=web
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   2/2     2            0           15s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-65d846d465   2         2         2       15s
  $ kubectl get rs -l app=web -o jsonpath='{.items[0].status}{"\n"}'
  {"fullyLabeledReplicas":2,"observedGeneration":1,"readyReplicas":2,"replicas":2}
  $ kubectl get deploy web -o jsonpath='{.status.readyReplicas} {.status.availableReplicas} {.status.unavailableReplicas}{"\n"}'
  2  2
  $ kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason} {.lastUpdateTime}{"\n"}{end}'
  Available False MinimumReplicasUnavailable 2025-04-23T07:25:00Z
  Progressing True ReplicaSetUpdated 2025-04-23T07:25:06Z
  $ sleep 20
  $ kubectl get deploy,rs -l app=web
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   2/2     2            2           35s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-65d846d465   2         2         2       35s
  $ kubectl get deploy web -o jsonpath='{.status.readyReplicas} {.status.availableReplicas} {.status.unavailableReplicas}{"\n"}'
  2 2 
  $ kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason} {.lastUpdateTime}{"\n"}{end}'
  Available True MinimumReplicasAvailable 2025-04-23T07:25:26Z
  Progressing True NewReplicaSetAvailable 2025-04-23T07:25:26Z
