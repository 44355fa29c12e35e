kubectl rollout status has no rule of its own for a paused Deployment: paused before any change
it is rolled out; paused across a template change the controller makes no new ReplicaSet (its
Progressing condition says DeploymentPaused, and no progress deadline runs), so status waits on
0 updated replicas until its timeout, and goes on from there once the rollout is resumed.
  $ kubectl create deployment web --image=nginx:1.27 --replicas=2
  deployment.apps/web created
  $ sleep 30
  $ kubectl rollout pause deploy web
  deployment.apps/web paused
  $ kubectl rollout status deploy web
  deployment "web" successfully rolled out
  $ kubectl set image deploy web nginx=nginx:1.28
  deployment.apps/web image updated
  $ kubectl get deploy web -o jsonpath='{.metadata.generation} {.status.observedGeneration} {.status.conditions[?(@.type=="Progressing")].reason}{"\n"}'
  3 3 DeploymentPaused
  $ kubectl rollout status deploy web --timeout=20s
  Waiting for deployment "web" rollout to finish: 0 out of 2 new replicas have been updated...
  error: timed out waiting for the condition
  $ sleep 700
  $ kubectl rollout status deploy web --watch=false
  Waiting for deployment "web" rollout to finish: 0 out of 2 new replicas have been updated...
  $ kubectl rollout resume deploy web
  deployment.apps/web resumed
  $ kubectl rollout status deploy web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
