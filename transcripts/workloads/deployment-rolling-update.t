A Deployment rolls a new image out one pod at a time: with 3 replicas and the default 25%
surge and 25% unavailable, one extra pod may run and none of the 3 may be missing, so the new
ReplicaSet grows by one each time one of its pods is ready, and the old one shrinks by one.
  $ kubectl create deployment web --image=nginx:1.27 --replicas=3
  deployment.apps/web created
  $ sleep 15
  $ kubectl get deploy,rs,pods
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   3/3     3            3           15s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-796cf5c97c   3         3         3       15s
  
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/goweb                  1/1     Running   0          95m
  pod/web-796cf5c97c-9sjxk   1/1     Running   0          15s
  pod/web-796cf5c97c-c89zj   1/1     Running   0          15s
  pod/web-796cf5c97c-c9dcc   1/1     Running   0          15s
  $ kubectl set image deployment/web nginx=nginx:1.28
  deployment.apps/web image updated
  $ kubectl get rs,pods
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-6774d4bdfd   1         1         0       0s
  replicaset.apps/web-796cf5c97c   3         3         3       15s
  
  NAME                       READY   STATUS              RESTARTS   AGE
  pod/goweb                  1/1     Running             0          95m
  pod/web-6774d4bdfd-mkprr   0/1     ContainerCreating   0          0s
  pod/web-796cf5c97c-9sjxk   1/1     Running             0          15s
  pod/web-796cf5c97c-c89zj   1/1     Running             0          15s
  pod/web-796cf5c97c-c9dcc   1/1     Running             0          15s
  $ sleep 5
  $ kubectl get rs,pods
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-6774d4bdfd   1         1         0       5s
  replicaset.apps/web-796cf5c97c   3         3         3       20s
  
  NAME                       READY   STATUS              RESTARTS   AGE
  pod/goweb                  1/1     Running             0          95m
  pod/web-6774d4bdfd-mkprr   0/1     ContainerCreating   0          5s
  pod/web-796cf5c97c-9sjxk   1/1     Running             0          20s
  pod/web-796cf5c97c-c89zj   1/1     Running             0          20s
  pod/web-796cf5c97c-c9dcc   1/1     Running             0          20s
  $ sleep 5
  $ kubectl get rs,pods
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-6774d4bdfd   2         2         1       10s
  replicaset.apps/web-796cf5c97c   2         2         2       25s
  
  NAME                       READY   STATUS              RESTARTS   AGE
  pod/goweb                  1/1     Running             0          95m
  pod/web-6774d4bdfd-64nvf   0/1     ContainerCreating   0          4s
  pod/web-6774d4bdfd-mkprr   1/1     Running             0          10s
  pod/web-796cf5c97c-c89zj   1/1     Running             0          25s
  pod/web-796cf5c97c-c9dcc   1/1     Running             0          25s
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl get deploy,rs,pods
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   3/3     3            3           29s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-6774d4bdfd   3         3         3       14s
  replicaset.apps/web-796cf5c97c   0         0         0       29s
  
  NAME                       READY   STATUS        RESTARTS   AGE
  pod/goweb                  1/1     Running       0          95m
  pod/web-6774d4bdfd-64nvf   1/1     Running       0          8s
  pod/web-6774d4bdfd-jzfq4   1/1     Running       0          2s
  pod/web-6774d4bdfd-mkprr   1/1     Running       0          14s
  pod/web-796cf5c97c-c9dcc   1/1     Terminating   0          29s
  $ kubectl rollout history deployment/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
Going back: the old ReplicaSet's template becomes the Deployment's again, and it takes the next
revision number.
  $ kubectl rollout undo deployment/web
  deployment.apps/web rolled back
  $ kubectl rollout status deploy/web
  Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl rollout history deploy web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  2         <none>
  3         <none>
  
  $ kubectl get rs
  NAME             DESIRED   CURRENT   READY   AGE
  web-6774d4bdfd   0         0         0       20s
  web-796cf5c97c   3         3         3       35s
  $ kubectl rollout undo deployment/web --to-revision=7
  error: unable to find specified revision 7 in history
