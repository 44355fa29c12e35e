Scaling a Deployment to 0 shuts the application down but keeps its settings: the Deployment and
its ReplicaSet stay, only the pods go. Scaling back up starts pods from the same ReplicaSet.
  $ kubectl create deployment web --image=nginx:1.27 --replicas=2 --port=80
  deployment.apps/web created
  $ sleep 15
  $ kubectl scale deployment web --replicas=0
  deployment.apps/web scaled
  $ kubectl get deploy,rs,pods -l app=web
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   0/0     0            0           15s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-5c78f69c86   0         0         0       15s
  
  NAME                       READY   STATUS        RESTARTS   AGE
  pod/web-5c78f69c86-c89zj   1/1     Terminating   0          15s
  pod/web-5c78f69c86-c9dcc   1/1     Terminating   0          15s
  $ sleep 5
  $ kubectl get deploy,rs,pods -l app=web
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   0/0     0            0           20s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-5c78f69c86   0         0         0       20s
  $ kubectl scale deploy/web --replicas=3
  deployment.apps/web scaled
  $ kubectl rollout status deployment web
  Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...
  deployment "web" successfully rolled out
  $ kubectl get deploy,rs -l app=web
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   3/3     3            3           22s
  
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-5c78f69c86   3         3         3       22s
  $ kubectl rollout history deployment/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  
  $ kubectl scale deployment web
  error: required flag(s) "replicas" not set
  $ kubectl scale deployment web --replicas=-1
  error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
  $ kubectl scale deployment nosuch --replicas=1
  error: no objects passed to scale deployments.apps "nosuch" not found
