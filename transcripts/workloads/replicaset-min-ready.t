A ReplicaSet counts a pod as available only once it has been ready for minReadySeconds, and
leaves counts that are zero out of its status, as the v1 type does. With every pod ready but
not yet available, the controller syncs the set again after minReadySeconds on its own.
  $ cat > rs.yaml <<EOF
  > apiVersion: apps/v1
  > kind: ReplicaSet
  > metadata:
  >   name: web
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
  $ kubectl apply -f rs.yaml
  replicaset.apps/web created
  $ kubectl get rs web -o jsonpath='{.status}{"\n"}'
  {"fullyLabeledReplicas":2,"observedGeneration":1,"replicas":2}
  $ sleep 15
  $ kubectl get pods
  NAME        READY   STATUS    RESTARTS   AGE
  goweb       1/1     Running   0          95m
  web-9nwv6   1/1     Running   0          15s
  web-vck4g   1/1     Running   0          15s
  $ kubectl get rs web -o jsonpath='{.status}{"\n"}'
  {"fullyLabeledReplicas":2,"observedGeneration":1,"readyReplicas":2,"replicas":2}
  $ sleep 20
  $ kubectl get rs web -o jsonpath='{.status}{"\n"}'
  {"availableReplicas":2,"fullyLabeledReplicas":2,"observedGeneration":1,"readyReplicas":2,"replicas":2}
  $ kubectl get rs web
  NAME   DESIRED   CURRENT   READY   AGE
  web    2         2         2       35s
