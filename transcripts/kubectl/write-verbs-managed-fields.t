The writing verbs print the object the server answered without its managed fields, unless
--show-managed-fields; rollout pause, resume and restart write as the field manager
kubectl-rollout (or the one --field-manager names). rollout history -o prints the revisions
themselves: a Deployment's ReplicaSets, oldest first.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl label deploy web tier=a -o yaml | grep -c managedFields
  0
  $ kubectl label deploy web tier=b --overwrite --show-managed-fields -o yaml | grep 'manager:'
      manager: kube-controller-manager
      manager: kube-controller-manager
      manager: kubectl-create
      manager: kubectl-label
  $ kubectl rollout pause deploy web --field-manager=pauser
  deployment.apps/web paused
  $ kubectl rollout resume deploy web
  deployment.apps/web resumed
  $ kubectl get deploy web --show-managed-fields -o jsonpath='{range .metadata.managedFields[*]}{.manager}{" "}{.operation}{"\n"}{end}'
  kube-controller-manager Update
  kube-controller-manager Update
  kubectl-create Update
  kubectl-label Update
  $ kubectl set image deploy/web nginx=nginx:1.27
  deployment.apps/web image updated
  $ sleep 20
  $ kubectl rollout history deploy web -o name
  replicaset.apps/web-65d846d465
  replicaset.apps/web-56b66dc9cf
  $ kubectl rollout history deploy web --revision=2 -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision} {.spec.template.spec.containers[0].image}{"\n"}'
  2 nginx:1.27
