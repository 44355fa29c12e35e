Suspending a running Job deletes its active pods without counting them as failures (the
busybox `sleep` ignores SIGTERM, so its pod stays Terminating for the 30 second grace period)
and sets the Suspended condition. Resuming creates pods again and restarts the Job's clock:
its start time is the moment it resumed. A Job created suspended starts no pod at all.
  $ kubectl create job batch --image=busybox -- sleep 30
  job.batch/batch created
  $ sleep 5
  $ kubectl patch job batch -p '{"spec":{"suspend":true}}'
  job.batch/batch patched
  $ kubectl get jobs,pods
  NAME              STATUS      COMPLETIONS   DURATION   AGE
  job.batch/batch   Suspended   0/1           5s         5s
  
  NAME              READY   STATUS        RESTARTS   AGE
  pod/batch-9nwv6   1/1     Terminating   0          5s
  pod/goweb         1/1     Running       0          95m
  $ kubectl get job batch -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  Suspended True JobSuspended: Job suspended
  $ sleep 35
  $ kubectl get jobs,pods
  NAME              STATUS      COMPLETIONS   DURATION   AGE
  job.batch/batch   Suspended   0/1           40s        40s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          96m
  $ kubectl patch job batch -p '{"spec":{"suspend":false}}'
  job.batch/batch patched
  $ sleep 5
  $ kubectl get jobs,pods
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/batch   Running   0/1           5s         45s
  
  NAME              READY   STATUS    RESTARTS   AGE
  pod/batch-kdzhd   1/1     Running   0          5s
  pod/goweb         1/1     Running   0          96m
  $ kubectl describe job batch | grep -e Suspend -e 'Start Time' -e Pods
  Suspend:          false
  Start Time:       Wed, 23 Apr 2025 07:25:40 +0000
  Pods Statuses:    1 Active (1 Ready) / 0 Succeeded / 0 Failed
    Normal  Suspended         40s   job-controller  Job suspended
  $ kubectl get job batch -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  Suspended False JobResumed: Job resumed
  $ sleep 30
  $ kubectl get jobs
  NAME    STATUS     COMPLETIONS   DURATION   AGE
  batch   Complete   1/1           33s        75s
  $ kubectl get events --field-selector involvedObject.kind=Job
  LAST SEEN   TYPE     REASON             OBJECT      MESSAGE
  75s         Normal   SuccessfulCreate   job/batch   Created pod: batch-9nwv6
  70s         Normal   SuccessfulDelete   job/batch   Deleted pod: batch-9nwv6
  70s         Normal   Suspended          job/batch   Job suspended
  35s         Normal   SuccessfulCreate   job/batch   Created pod: batch-kdzhd
  35s         Normal   Resumed            job/batch   Job resumed
  2s          Normal   Completed          job/batch   Job completed
  $ kubectl create job later --image=busybox --dry-run=client -o yaml -- date | sed 's/^spec:/spec:\n  suspend: true/' | kubectl apply -f -
  job.batch/later created
  $ sleep 5
  $ kubectl get job later
  NAME    STATUS      COMPLETIONS   DURATION   AGE
  later   Suspended   0/1                      5s
  $ kubectl get pods -l job-name=later
  No resources found in default namespace.
