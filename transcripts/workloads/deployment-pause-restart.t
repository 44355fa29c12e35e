A paused Deployment takes template changes without rolling them out; resuming starts the
rollout. `rollout restart` stamps the template with the time, so every pod is replaced.
  $ kubectl create deployment web --image=nginx:1.27 --replicas=2
  deployment.apps/web created
  $ sleep 20
  $ kubectl rollout pause deployment/web
  deployment.apps/web paused
  $ kubectl rollout pause deployment/web
  error: deployments.apps "web" is already paused
  $ kubectl set image deployment/web nginx=nginx:1.28
  deployment.apps/web image updated
  $ sleep 20
  $ kubectl get rs
  NAME             DESIRED   CURRENT   READY   AGE
  web-796cf5c97c   2         2         2       40s
  $ kubectl rollout restart deployment/web
  error: deployments.apps "web" can't restart paused deployment (run rollout resume first)
  $ kubectl rollout resume deployment/web
  deployment.apps/web resumed
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl get rs
  NAME             DESIRED   CURRENT   READY   AGE
  web-6774d4bdfd   2         2         2       8s
  web-796cf5c97c   0         0         0       48s
  $ kubectl rollout resume deployment/web
  error: deployments.apps "web" is not paused
  $ kubectl rollout restart deployment/web
  deployment.apps/web restarted
  $ kubectl rollout status deployment/web --timeout=2s
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  error: timed out waiting for the condition
  $ sleep 60
  $ kubectl get rs
  NAME             DESIRED   CURRENT   READY   AGE
  web-574cb555cc   2         2         2       62s
  web-6774d4bdfd   0         0         0       70s
  web-796cf5c97c   0         0         0       110s
  $ kubectl rollout history deployment/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  3         <none>
  
