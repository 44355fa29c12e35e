A Deployment keeps the ReplicaSets of its last revisionHistoryLimit revisions besides the
current one; older ones are deleted, and `rollout history` lists only what is kept. `rollout
undo --to-revision` takes any kept revision back, which then becomes the newest revision; a
revision that was pruned is gone for good.
  $ kubectl create deployment web --image=nginx:1.25 --replicas=2
  deployment.apps/web created
  $ kubectl patch deployment web -p '{"spec":{"revisionHistoryLimit":2}}'
  deployment.apps/web patched
  $ sleep 20
  $ kubectl set image deployment/web nginx=nginx:1.26
  deployment.apps/web image updated
  $ sleep 30
  $ kubectl set image deployment/web nginx=nginx:1.27
  deployment.apps/web image updated
  $ sleep 30
  $ kubectl set image deployment/web nginx=nginx:1.28
  deployment.apps/web image updated
  $ sleep 30
  $ kubectl get rs -o wide
  NAME             DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES       SELECTOR
  web-569696d9f6   0         0         0       90s   nginx        nginx:1.26   app=web,pod-template-hash=569696d9f6
  web-6774d4bdfd   2         2         2       30s   nginx        nginx:1.28   app=web,pod-template-hash=6774d4bdfd
  web-796cf5c97c   0         0         0       60s   nginx        nginx:1.27   app=web,pod-template-hash=796cf5c97c
  $ kubectl rollout history deployment/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  2         <none>
  3         <none>
  4         <none>
  
  $ kubectl rollout history deployment/web --revision=3
  deployment.apps/web with revision #3
  Pod Template:
    Labels:	app=web
  	pod-template-hash=796cf5c97c
    Containers:
     nginx:
      Image:	nginx:1.27
      Port:	<none>
      Host Port:	<none>
      Environment:	<none>
      Mounts:	<none>
    Volumes:	<none>
    Node-Selectors:	<none>
    Tolerations:	<none>
  
  $ kubectl rollout undo deployment/web --to-revision=1
  error: unable to find specified revision 1 in history
  $ echo $?
  1
  $ kubectl rollout undo deployment/web --to-revision=2
  deployment.apps/web rolled back
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl rollout history deployment/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  3         <none>
  4         <none>
  5         <none>
  
  $ kubectl get rs -o wide
  NAME             DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES       SELECTOR
  web-569696d9f6   2         2         2       98s   nginx        nginx:1.26   app=web,pod-template-hash=569696d9f6
  web-6774d4bdfd   0         0         0       38s   nginx        nginx:1.28   app=web,pod-template-hash=6774d4bdfd
  web-796cf5c97c   0         0         0       68s   nginx        nginx:1.27   app=web,pod-template-hash=796cf5c97c
  $ kubectl get deploy web -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}{"\n"}'
  5
