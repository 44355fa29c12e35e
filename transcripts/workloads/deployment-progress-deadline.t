A rollout that cannot progress (its new image does not exist) is marked failed once
progressDeadlineSeconds pass without progress: Progressing turns False with reason
ProgressDeadlineExceeded, and kubectl rollout status stops with an error. The old pods keep serving.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   replicas: 2
  >   progressDeadlineSeconds: 60
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
  >         image: nginx:1.27
  > EOF
  deployment.apps/web created
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
  deployment "web" successfully rolled out
  $ kubectl set image deployment/web nginx=nginx:no-such-tag
  deployment.apps/web image updated
  $ sleep 30
  $ kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  Available True MinimumReplicasAvailable: Deployment has minimum availability.
  Progressing True ReplicaSetUpdated: ReplicaSet "web-5d5f8869bf" is progressing.
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  error: deployment "web" exceeded its progress deadline
  $ echo $?
  1
  $ kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  Available True MinimumReplicasAvailable: Deployment has minimum availability.
  Progressing False ProgressDeadlineExceeded: ReplicaSet "web-5d5f8869bf" has timed out progressing.
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    2/2     1            2           67s
  $ kubectl get rs,pods -l app=web
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-5d5f8869bf   1         1         0       61s
  replicaset.apps/web-796cf5c97c   2         2         2       67s
  
  NAME                       READY   STATUS             RESTARTS   AGE
  pod/web-5d5f8869bf-m6jdk   0/1     ImagePullBackOff   0          61s
  pod/web-796cf5c97c-c89zj   1/1     Running            0          67s
  pod/web-796cf5c97c-c9dcc   1/1     Running            0          67s

Fixing the image starts progress again.
  $ kubectl set image deployment/web nginx=nginx:1.28
  deployment.apps/web image updated
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  Available True MinimumReplicasAvailable: Deployment has minimum availability.
  Progressing True NewReplicaSetAvailable: ReplicaSet "web-6774d4bdfd" has successfully progressed.

A paused Deployment does not time out: its Progressing condition is Unknown while paused.
  $ kubectl rollout pause deployment/web
  deployment.apps/web paused
  $ kubectl set image deployment/web nginx=nginx:no-such-tag
  deployment.apps/web image updated
  $ sleep 300
  $ kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  Available True MinimumReplicasAvailable: Deployment has minimum availability.
  Progressing Unknown DeploymentPaused: Deployment is paused
  $ kubectl get rs -l app=web
  NAME             DESIRED   CURRENT   READY   AGE
  web-5d5f8869bf   0         0         0       6m9s
  web-6774d4bdfd   2         2         2       5m8s
  web-796cf5c97c   0         0         0       6m15s
  $ kubectl rollout resume deployment/web
  deployment.apps/web resumed
  $ sleep 30
  $ kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  Available True MinimumReplicasAvailable: Deployment has minimum availability.
  Progressing True ReplicaSetUpdated: ReplicaSet "web-5d5f8869bf" is progressing.
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  error: deployment "web" exceeded its progress deadline
