A Deployment owns the ReplicaSets its selector matches. Deleted with --cascade=orphan, it leaves
its ReplicaSet and pods running with no owner; a new Deployment of the same selector adopts that
ReplicaSet (its template matches, so no pod is replaced). A ReplicaSet relabelled out of the
selector is released: it keeps its pods, and the Deployment, finding the name its template hashes
to taken, counts a collision and makes a new ReplicaSet under the next hash.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 10
  $ kubectl get rs,pods -l app=web
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-65d846d465   2         2         2       10s
  
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/web-65d846d465-c89zj   1/1     Running   0          10s
  pod/web-65d846d465-c9dcc   1/1     Running   0          10s
  $ kubectl delete deployment web --cascade=orphan
  deployment.apps "web" deleted
  $ kubectl get rs -l app=web -o jsonpath='{.items[0].metadata.ownerReferences}{"\n"}'
  
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl get rs -l app=web -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}{"\n"}{end}'
  web-65d846d465 Deployment/web
  $ sleep 5
  $ kubectl get deploy,rs,pods -l app=web
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   2/2     2            2           5s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-65d846d465   2         2         2       15s
  
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/web-65d846d465-c89zj   1/1     Running   0          15s
  pod/web-65d846d465-c9dcc   1/1     Running   0          15s
  $ kubectl get events --field-selector involvedObject.name=web
  LAST SEEN   TYPE     REASON              OBJECT           MESSAGE
  15s         Normal   ScalingReplicaSet   deployment/web   Scaled up replica set web-65d846d465 from 0 to 2
  $ kubectl get pods -l app=web -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.ownerReferences[0].name}{"\n"}{end}'
  web-65d846d465-c89zj web-65d846d465
  web-65d846d465-c9dcc web-65d846d465

Relabelled, the ReplicaSet is released and keeps its pods; the Deployment makes a new one.
  $ kubectl label rs web-65d846d465 app=old --overwrite
  replicaset.apps/web-65d846d465 labeled
  $ kubectl get rs -o jsonpath='{range .items[*]}{.metadata.name} owners={.metadata.ownerReferences[*].name}{"\n"}{end}'
  web-559cc76d96 owners=web
  web-65d846d465 owners=
  $ kubectl get deploy web -o jsonpath='{.status.collisionCount}{"\n"}'
  1
  $ sleep 10
  $ kubectl get deploy,rs,pods
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   2/2     2            2           15s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-559cc76d96   2         2         2       10s
  replicaset.apps/web-65d846d465   2         2         2       25s
  
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/goweb                  1/1     Running   0          95m
  pod/web-559cc76d96-2dnhl   1/1     Running   0          10s
  pod/web-559cc76d96-42mrr   1/1     Running   0          10s
  pod/web-65d846d465-c89zj   1/1     Running   0          25s
  pod/web-65d846d465-c9dcc   1/1     Running   0          25s
