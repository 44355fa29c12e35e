Deleting a pod is graceful: the kubelet sends SIGTERM and the pod stays Terminating until its
containers have stopped, at most terminationGracePeriodSeconds (30 s by default), after which
they are killed. nginx stops at once; `sleep` as PID 1 has no handler for SIGTERM, so its pod
takes the whole grace period, and kubectl delete waits for it (`time` shows the virtual time).
A shorter grace period can be asked for; --grace-period=0 --force removes the pod at once
without waiting for the kubelet.
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl run sleeper --image=busybox -- sleep 3600
  pod/sleeper created
  $ kubectl run quick --image=busybox -- sleep 3600
  pod/quick created
  $ kubectl run gone --image=busybox -- sleep 3600
  pod/gone created
  $ sleep 10
  $ time kubectl delete pod web
  pod "web" deleted
  
  real	0m1.000s
  user	0m0.000s
  sys	0m0.000s
  $ kubectl delete pod sleeper --wait=false
  pod "sleeper" deleted
  $ sleep 10
  $ kubectl get pods
  NAME      READY   STATUS        RESTARTS   AGE
  gone      1/1     Running       0          21s
  goweb     1/1     Running       0          95m
  quick     1/1     Running       0          21s
  sleeper   1/1     Terminating   0          21s
  $ kubectl get pod sleeper -o jsonpath='{.metadata.deletionTimestamp} {.metadata.deletionGracePeriodSeconds}{"\n"}'
  2025-04-23T07:25:41Z 30
  $ sleep 20
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  gone    1/1     Running   0          41s
  goweb   1/1     Running   0          96m
  quick   1/1     Running   0          41s
  $ time kubectl delete pod quick --grace-period=5
  pod "quick" deleted
  
  real	0m5.000s
  user	0m0.000s
  sys	0m0.000s
  $ kubectl delete pod gone --grace-period=0 --force
  Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.
  pod "gone" force deleted
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          96m
  $ kubectl get events --field-selector reason=Killing
  LAST SEEN   TYPE     REASON    OBJECT        MESSAGE
  0s          Normal   Killing   pod/gone      Stopping container gone
  5s          Normal   Killing   pod/quick     Stopping container quick
  35s         Normal   Killing   pod/sleeper   Stopping container sleeper
  36s         Normal   Killing   pod/web       Stopping container web
