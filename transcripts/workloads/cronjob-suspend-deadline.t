Two CronJobs that run every minute are suspended for three minutes. When they are resumed at
40 seconds past a minute, the one without startingDeadlineSeconds starts the run it missed at
that minute at once; the one with a 30 second deadline lets it go (it is too late to start)
and runs again at the next minute. History limits of 1 keep only the newest successful Job.
  $ kubectl create cronjob late --image=busybox --schedule='* * * * *' -- date
  cronjob.batch/late created
  $ kubectl create cronjob strict --image=busybox --schedule='* * * * *' --dry-run=client -o yaml -- date > strict.yaml
  $ sed -i 's/^spec:/spec:\n  startingDeadlineSeconds: 30\n  successfulJobsHistoryLimit: 1/' strict.yaml
  $ kubectl apply -f strict.yaml
  cronjob.batch/strict created
  $ kubectl patch cronjob late -p '{"spec":{"successfulJobsHistoryLimit":1}}'
  cronjob.batch/late patched
  $ sleep 40
  $ kubectl patch cronjob late strict -p '{"spec":{"suspend":true}}'
  cronjob.batch/late patched
  cronjob.batch/strict patched
  $ sleep 180
  $ kubectl get cronjobs,jobs
  NAME                   SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/late     * * * * *   <none>     True      0        <none>          3m40s
  cronjob.batch/strict   * * * * *   <none>     True      0        <none>          3m40s
  $ kubectl patch cronjob late strict -p '{"spec":{"suspend":false}}'
  cronjob.batch/late patched
  cronjob.batch/strict patched
  $ kubectl get cronjobs,jobs
  NAME                   SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/late     * * * * *   <none>     False     1        40s             3m40s
  cronjob.batch/strict   * * * * *   <none>     False     0        <none>          3m40s
  
  NAME                      STATUS    COMPLETIONS   DURATION   AGE
  job.batch/late-29089888   Running   0/1           0s         0s
  $ sleep 25
  $ kubectl get cronjobs,jobs
  NAME                   SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/late     * * * * *   <none>     False     0        5s              4m5s
  cronjob.batch/strict   * * * * *   <none>     False     0        5s              4m5s
  
  NAME                        STATUS     COMPLETIONS   DURATION   AGE
  job.batch/late-29089889     Complete   1/1           3s         5s
  job.batch/strict-29089889   Complete   1/1           4s         5s
  $ kubectl describe cronjob strict | grep -e Suspend -e Deadline -e History -e 'Last Schedule'
  Suspend:                       False
  Successful Job History Limit:  1
  Failed Job History Limit:      1
  Starting Deadline Seconds:     30s
  Last Schedule Time:  Wed, 23 Apr 2025 07:29:00 +0000
  $ kubectl get events --field-selector involvedObject.kind=CronJob
  LAST SEEN   TYPE     REASON             OBJECT           MESSAGE
  25s         Normal   SuccessfulCreate   cronjob/late     Created job late-29089888
  22s         Normal   SawCompletedJob    cronjob/late     Saw completed job: late-29089888, status: Complete
  5s          Normal   SuccessfulCreate   cronjob/late     Created job late-29089889
  2s          Normal   SuccessfulDelete   cronjob/late     Deleted job late-29089888
  2s          Normal   SawCompletedJob    cronjob/late     Saw completed job: late-29089889, status: Complete
  5s          Normal   SuccessfulCreate   cronjob/strict   Created job strict-29089889
  1s          Normal   SawCompletedJob    cronjob/strict   Saw completed job: strict-29089889, status: Complete
