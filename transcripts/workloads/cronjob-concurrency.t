Two CronJobs fire every minute a Job that runs 90 seconds, longer than the schedule's period.
Forbid skips a run while the last one is still active (JobAlreadyActive), and starts the skipped
run once that Job has finished; Replace deletes the active Job (its pod, a `sleep` that ignores
SIGTERM, terminates for 30 seconds) and starts the new one on time.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: CronJob
  > metadata:
  >   name: forbid
  > spec:
  >   schedule: "* * * * *"
  >   concurrencyPolicy: Forbid
  >   jobTemplate:
  >     spec:
  >       template:
  >         spec:
  >           restartPolicy: Never
  >           containers:
  >           - name: c
  >             image: busybox
  >             command: ["sleep", "90"]
  > ---
  > apiVersion: batch/v1
  > kind: CronJob
  > metadata:
  >   name: replace
  > spec:
  >   schedule: "* * * * *"
  >   concurrencyPolicy: Replace
  >   jobTemplate:
  >     spec:
  >       template:
  >         spec:
  >           restartPolicy: Never
  >           containers:
  >           - name: c
  >             image: busybox
  >             command: ["sleep", "90"]
  > EOF
  cronjob.batch/forbid created
  cronjob.batch/replace created
  $ sleep 70
  $ kubectl get cronjobs,jobs,pods
  NAME                    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/forbid    * * * * *   <none>     False     1        10s             70s
  cronjob.batch/replace   * * * * *   <none>     False     1        10s             70s
  
  NAME                         STATUS    COMPLETIONS   DURATION   AGE
  job.batch/forbid-29089886    Running   0/1           10s        10s
  job.batch/replace-29089886   Running   0/1           10s        10s
  
  NAME                         READY   STATUS    RESTARTS   AGE
  pod/forbid-29089886-nx5gg    1/1     Running   0          10s
  pod/goweb                    1/1     Running   0          96m
  pod/replace-29089886-s9j88   1/1     Running   0          10s
  $ sleep 60
  $ kubectl get cronjobs,jobs,pods
  NAME                    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/forbid    * * * * *   <none>     False     1        70s             2m10s
  cronjob.batch/replace   * * * * *   <none>     False     1        10s             2m10s
  
  NAME                         STATUS    COMPLETIONS   DURATION   AGE
  job.batch/forbid-29089886    Running   0/1           70s        70s
  job.batch/replace-29089887   Running   0/1           10s        10s
  
  NAME                         READY   STATUS        RESTARTS   AGE
  pod/forbid-29089886-nx5gg    1/1     Running       0          70s
  pod/goweb                    1/1     Running       0          97m
  pod/replace-29089886-s9j88   1/1     Terminating   0          70s
  pod/replace-29089887-pqqf2   1/1     Running       0          10s
  $ sleep 60
  $ kubectl get cronjobs,jobs,pods
  NAME                    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/forbid    * * * * *   <none>     False     1        70s             3m10s
  cronjob.batch/replace   * * * * *   <none>     False     1        10s             3m10s
  
  NAME                         STATUS     COMPLETIONS   DURATION   AGE
  job.batch/forbid-29089886    Complete   1/1           94s        2m10s
  job.batch/forbid-29089887    Running    0/1           36s        36s
  job.batch/replace-29089888   Running    0/1           10s        10s
  
  NAME                         READY   STATUS        RESTARTS   AGE
  pod/forbid-29089886-nx5gg    0/1     Completed     0          2m10s
  pod/forbid-29089887-sg8ml    1/1     Running       0          36s
  pod/goweb                    1/1     Running       0          98m
  pod/replace-29089887-pqqf2   1/1     Terminating   0          70s
  pod/replace-29089888-9nx4c   1/1     Running       0          10s
  $ kubectl get events --field-selector involvedObject.kind=CronJob
  LAST SEEN   TYPE     REASON             OBJECT            MESSAGE
  2m10s       Normal   SuccessfulCreate   cronjob/forbid    Created job forbid-29089886
  10s         Normal   JobAlreadyActive   cronjob/forbid    Not starting job because prior execution is running and concurrency policy is Forbid
  36s         Normal   SawCompletedJob    cronjob/forbid    Saw completed job: forbid-29089886, status: Complete
  36s         Normal   SuccessfulCreate   cronjob/forbid    Created job forbid-29089887
  2m10s       Normal   SuccessfulCreate   cronjob/replace   Created job replace-29089886
  70s         Normal   SuccessfulDelete   cronjob/replace   Deleted job replace-29089886
  70s         Normal   SuccessfulCreate   cronjob/replace   Created job replace-29089887
  10s         Normal   SuccessfulDelete   cronjob/replace   Deleted job replace-29089887
  10s         Normal   SuccessfulCreate   cronjob/replace   Created job replace-29089888
