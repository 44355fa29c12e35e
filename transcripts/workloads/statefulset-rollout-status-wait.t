`kubectl rollout status` without `--timeout` waits for as long as the rollout takes. Here it
ends as every watch of the lab does: quietly, with exit status 0, once the StatefulSet has not
changed for 60 seconds (a pod whose readiness probe fails never becomes ready). With
`--timeout` it gives up as kubectl does.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: db
  > spec:
  >   serviceName: db
  >   replicas: 2
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
  >         readinessProbe:
  >           httpGet:
  >             path: /healthz
  >             port: 80
  > EOF
  statefulset.apps/db created
  $ kubectl rollout status sts db
  Waiting for 2 pods to be ready...
  $ echo $?
  0
  $ kubectl get pods -l app=db
  NAME   READY   STATUS    RESTARTS   AGE
  db-0   0/1     Running   0          60s
  $ kubectl rollout status sts db --timeout=20s
  Waiting for 2 pods to be ready...
  error: timed out waiting for the condition
  $ echo $?
  1
