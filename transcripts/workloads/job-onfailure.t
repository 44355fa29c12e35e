A Job whose pod restarts in place (restartPolicy OnFailure): the failing container is restarted
in the same pod with the crash-loop back-off, and each restart counts against backoffLimit. Once
the restarts reach the limit (2 here), the Job deletes its pod and fails with
BackoffLimitExceeded.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: Job
  > metadata:
  >   name: retry
  > spec:
  >   backoffLimit: 2
  >   template:
  >     spec:
  >       restartPolicy: OnFailure
  >       containers:
  >       - name: work
  >         image: busybox
  >         command: ["sh", "-c", "echo trying; exit 1"]
  > EOF
  job.batch/retry created
  $ sleep 5
  $ kubectl get jobs,pods
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/retry   Running   0/1           5s         5s
  
  NAME              READY   STATUS             RESTARTS     AGE
  pod/goweb         1/1     Running            0            95m
  pod/retry-9nwv6   0/1     CrashLoopBackOff   1 (1s ago)   5s
  $ sleep 10
  $ kubectl get jobs,pods
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/retry   Running   0/1           15s        15s
  
  NAME              READY   STATUS             RESTARTS      AGE
  pod/goweb         1/1     Running            0             95m
  pod/retry-9nwv6   0/1     CrashLoopBackOff   1 (11s ago)   15s
  $ sleep 5
  $ kubectl get jobs,pods
  NAME              STATUS   COMPLETIONS   DURATION   AGE
  job.batch/retry   Failed   0/1           20s        20s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  $ sleep 30
  $ kubectl get jobs,pods
  NAME              STATUS   COMPLETIONS   DURATION   AGE
  job.batch/retry   Failed   0/1           50s        50s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          96m
  $ kubectl get job retry -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  FailureTarget True BackoffLimitExceeded: Job has reached the specified backoff limit
  Failed True BackoffLimitExceeded: Job has reached the specified backoff limit
  $ kubectl get events --field-selector involvedObject.name=retry-9nwv6
  LAST SEEN   TYPE      REASON      OBJECT            MESSAGE
  50s         Normal    Scheduled   pod/retry-9nwv6   Successfully assigned default/retry-9nwv6 to tk8s-worker2
  36s         Normal    Pulling     pod/retry-9nwv6   Pulling image "busybox"
  48s         Normal    Pulled      pod/retry-9nwv6   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  35s         Normal    Created     pod/retry-9nwv6   Created container: work
  35s         Normal    Started     pod/retry-9nwv6   Started container work
  35s         Normal    Pulled      pod/retry-9nwv6   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  35s         Warning   BackOff     pod/retry-9nwv6   Back-off restarting failed container work in pod retry-9nwv6_default(1f740319-f027-4dfa-859b-47888af32aad)
  $ kubectl get events --field-selector involvedObject.kind=Job
  LAST SEEN   TYPE      REASON                 OBJECT      MESSAGE
  50s         Normal    SuccessfulCreate       job/retry   Created pod: retry-9nwv6
  34s         Normal    SuccessfulDelete       job/retry   Deleted pod: retry-9nwv6
  32s         Warning   BackoffLimitExceeded   job/retry   Job has reached the specified backoff limit
