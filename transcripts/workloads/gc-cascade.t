Deleting a Deployment with each cascading policy. Background (kubectl's default): the Deployment
goes at once, the garbage collector deletes its ReplicaSet, and the pods terminate after it.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 15
  $ kubectl get deploy,rs,pods -l app=web
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   2/2     2            2           15s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-65d846d465   2         2         2       15s
  
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/web-65d846d465-c89zj   1/1     Running   0          15s
  pod/web-65d846d465-c9dcc   1/1     Running   0          15s
  $ kubectl delete deployment web
  deployment.apps "web" deleted
  $ kubectl get deploy,rs,pods -l app=web
  NAME                       READY   STATUS        RESTARTS   AGE
  pod/web-65d846d465-c89zj   1/1     Terminating   0          15s
  pod/web-65d846d465-c9dcc   1/1     Terminating   0          15s
  $ sleep 2
  $ kubectl get deploy,rs,pods -l app=web
  No resources found in default namespace.

Orphan: the Deployment goes; its ReplicaSet stays, no longer owned by anything, and keeps its pods.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 15
  $ kubectl delete deployment web --cascade=orphan
  deployment.apps "web" deleted
  $ kubectl get deploy,rs,pods -l app=web
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-65d846d465   2         2         2       15s
  
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/web-65d846d465-2dnhl   1/1     Running   0          15s
  pod/web-65d846d465-42mrr   1/1     Running   0          15s
  $ kubectl get pods -l app=web -o jsonpath='{.items[*].metadata.ownerReferences[*].kind}{"\n"}'
  ReplicaSet ReplicaSet

The legacy boolean spelling still works, with a warning: the ReplicaSet goes, its pods stay.
  $ kubectl delete rs -l app=web --cascade=false
  warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.
  replicaset.apps "web-65d846d465" deleted
  $ kubectl get deploy,rs,pods -l app=web
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/web-65d846d465-2dnhl   1/1     Running   0          15s
  pod/web-65d846d465-42mrr   1/1     Running   0          15s
  $ kubectl get pods -l app=web -o jsonpath='{.items[*].metadata.ownerReferences[*].kind}{"\n"}'
  
  $ kubectl delete pods -l app=web
  pod "web-65d846d465-2dnhl" deleted
  pod "web-65d846d465-42mrr" deleted
  $ kubectl get deploy,rs,pods -l app=web
  No resources found in default namespace.

Foreground: the Deployment stays (marked for deletion) until its ReplicaSet and pods are gone;
kubectl waits for all of it.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 15
  $ kubectl delete deployment web --cascade=foreground
  deployment.apps "web" deleted
  $ kubectl get deploy,rs,pods -l app=web
  No resources found in default namespace.

Values that are not a policy are refused.
  $ kubectl delete deployment web --cascade=all
  error: invalid cascade value (all). Must be "background", "foreground", or "orphan"
