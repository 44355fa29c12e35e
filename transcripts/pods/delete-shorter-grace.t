A pod being deleted takes only a shorter grace period: deleting it again with --grace-period=5
moves its deletionTimestamp back by the difference, and its kubelet kills the container within
the new period. The kubelet's last write (grace period 0) moves the timestamp back to the time of
the first delete, as the apiserver does for every shortened grace period.
  $ kubectl run s --image=busybox -- sleep 3600
  pod/s created
  $ sleep 10
  $ kubectl delete pod s --wait=false
  pod "s" deleted
  $ kubectl get pod s -o jsonpath='{.metadata.deletionTimestamp} {.metadata.deletionGracePeriodSeconds}{"\n"}'
  2025-04-23T07:25:40Z 30
  $ sleep 3
  $ kubectl delete pod s --grace-period=5 --wait=false
  pod "s" deleted
  $ kubectl get pod s -o jsonpath='{.metadata.deletionTimestamp} {.metadata.deletionGracePeriodSeconds}{"\n"}'
  2025-04-23T07:25:15Z 5
  $ kubectl get pod s -w --output-watch-events -o jsonpath='{.type} {.object.metadata.deletionTimestamp} {.object.metadata.deletionGracePeriodSeconds} {.object.status.phase}{"\n"}'
  ADDED 2025-04-23T07:25:15Z 5 Running
  MODIFIED 2025-04-23T07:25:15Z 5 Failed
  MODIFIED 2025-04-23T07:25:10Z 0 Failed
  DELETED 2025-04-23T07:25:10Z 0 Failed
  $ kubectl get pod s
  Error from server (NotFound): pods "s" not found
