busybox's default command is `sh`; with no terminal it exits at once with 0. Under
restartPolicy Always the kubelet restarts it, first at once, then after 10s, 20s, 40s, ...
  $ kubectl run bb --image=busybox
  pod/bb created
  $ sleep 5
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS     AGE
  bb      0/1     CrashLoopBackOff   1 (1s ago)   5s
  goweb   1/1     Running            0            95m
  $ sleep 1
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS     AGE
  bb      0/1     CrashLoopBackOff   1 (2s ago)   6s
  goweb   1/1     Running            0            95m
  $ sleep 10
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS     AGE
  bb      0/1     CrashLoopBackOff   2 (1s ago)   16s
  goweb   1/1     Running            0            95m
  $ sleep 60
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS      AGE
  bb      0/1     CrashLoopBackOff   3 (40s ago)   76s
  goweb   1/1     Running            0             96m
  $ sleep 120
  $ kubectl get pods
  NAME    READY   STATUS             RESTARTS      AGE
  bb      0/1     CrashLoopBackOff   5 (39s ago)   3m16s
  goweb   1/1     Running            0             98m
The kubelet's event recorder lets 25 events of one type about one pod through at once, then one
every 5 minutes (its spam filter, which counts Normal and Warning apart): this crash loop's events
are fewer, so each is written at its last restart, with the count so far.
  $ kubectl get events
  LAST SEEN   TYPE      REASON      OBJECT   MESSAGE
  3m16s       Normal    Scheduled   pod/bb   Successfully assigned default/bb to tk8s-worker2
  39s         Normal    Pulling     pod/bb   Pulling image "busybox"
  3m14s       Normal    Pulled      pod/bb   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  39s         Normal    Created     pod/bb   Created container: bb
  39s         Normal    Started     pod/bb   Started container bb
  39s         Normal    Pulled      pod/bb   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  39s         Warning   BackOff     pod/bb   Back-off restarting failed container bb in pod bb_default(7a56ddf8-b0ed-48d1-9008-a1faab5feb32)
