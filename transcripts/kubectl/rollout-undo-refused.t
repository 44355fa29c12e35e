rollout undo names the revision it could not restore when the apiserver refuses the patch: a
user who may read a deployment and its ReplicaSets (the view role) may not roll it back. A
revision that is not kept is refused before anything is sent.
  $ kubectl create deployment web --image=nginx:1.26
  deployment.apps/web created
  $ kubectl set image deployment/web nginx=nginx:1.27
  deployment.apps/web image updated
  $ sleep 60
  $ kubectl create rolebinding viewer --clusterrole=view --serviceaccount=default:viewer
  rolebinding.rbac.authorization.k8s.io/viewer created
  $ kubectl rollout undo deployment/web --as=system:serviceaccount:default:viewer
  error: failed restoring revision 0: deployments.apps "web" is forbidden: User "system:serviceaccount:default:viewer" cannot patch resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl rollout undo deployment/web --to-revision=1 --as=system:serviceaccount:default:viewer
  error: failed restoring revision 1: deployments.apps "web" is forbidden: User "system:serviceaccount:default:viewer" cannot patch resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl rollout undo deployment/web --to-revision=5 --as=system:serviceaccount:default:viewer
  error: unable to find specified revision 5 in history
  $ kubectl rollout undo deployment/web --to-revision=1
  deployment.apps/web rolled back
