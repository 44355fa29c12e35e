A Recreate Deployment: on a new template every old pod goes first (its ReplicaSet is scaled to
0), and only when none is left does the new ReplicaSet scale up, so for a moment nothing serves.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   replicas: 3
  >   strategy:
  >     type: Recreate
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
  Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...
  deployment "web" successfully rolled out
  $ kubectl get deploy web -o jsonpath='{.spec.strategy}{"\n"}'
  {"type":"Recreate"}
  $ kubectl set image deployment/web nginx=nginx:1.28
  deployment.apps/web image updated
  $ kubectl get rs,pods -l app=web
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-796cf5c97c   0         0         0       6s
  
  NAME                       READY   STATUS        RESTARTS   AGE
  pod/web-796cf5c97c-9sjxk   1/1     Terminating   0          6s
  pod/web-796cf5c97c-c89zj   1/1     Terminating   0          6s
  pod/web-796cf5c97c-c9dcc   1/1     Terminating   0          6s
  $ sleep 1
  $ kubectl get rs,pods -l app=web
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-6774d4bdfd   3         3         0       0s
  replicaset.apps/web-796cf5c97c   0         0         0       7s
  
  NAME                       READY   STATUS              RESTARTS   AGE
  pod/web-6774d4bdfd-hzqzr   0/1     ContainerCreating   0          0s
  pod/web-6774d4bdfd-jmkkc   0/1     ContainerCreating   0          0s
  pod/web-6774d4bdfd-mkprr   0/1     ContainerCreating   0          0s
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...
  deployment "web" successfully rolled out
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    3/3     3            3           13s
  $ kubectl get events | grep deployment/web
  13s         Normal   ScalingReplicaSet   deployment/web              Scaled up replica set web-796cf5c97c from 0 to 3
  7s          Normal   ScalingReplicaSet   deployment/web              Scaled down replica set web-796cf5c97c from 3 to 0
  6s          Normal   ScalingReplicaSet   deployment/web              Scaled up replica set web-6774d4bdfd from 0 to 3

Recreate takes no rollingUpdate settings.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web2
  > spec:
  >   strategy:
  >     type: Recreate
  >     rollingUpdate:
  >       maxSurge: 1
  >   selector:
  >     matchLabels:
  >       app: web2
  >   template:
  >     metadata:
  >       labels:
  >         app: web2
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  > EOF
  The Deployment "web2" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'
