kubectl delete of a namespace waits until the namespace is gone: here its pod has a grace
period of 150 s (its sleep ignores SIGTERM), so the namespace stays Terminating that long, and
kubectl waits it out (the clock moves with it) rather than giving up after a quiet minute.
  $ kubectl create ns slow
  namespace/slow created
  $ kubectl run sleeper -n slow --image=busybox --overrides='{"spec":{"terminationGracePeriodSeconds":150}}' -- sleep 3600
  pod/sleeper created
  $ sleep 10
  $ date +%T
  07:25:10
  $ kubectl delete ns slow
  namespace "slow" deleted
  $ date +%T
  07:27:52
  $ kubectl get ns slow
  Error from server (NotFound): namespaces "slow" not found
