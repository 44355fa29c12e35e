A schedule may be one of cron's macros: @hourly is `0 * * * *`, so at 07:25 the first run is at
08:00. Unknown macros and out-of-range fields are refused with the parser's words.
  $ kubectl create cronjob hourly --image=busybox --schedule=@hourly -- date
  cronjob.batch/hourly created
  $ kubectl create cronjob bad --image=busybox --schedule=@fortnightly -- date
  error: failed to create cronjob: CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "@fortnightly": unrecognized descriptor: @fortnightly
  $ kubectl create cronjob bad --image=busybox --schedule='61 * * * *' -- date
  error: failed to create cronjob: CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61
  $ kubectl get cronjobs
  NAME     SCHEDULE   TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  hourly   @hourly    <none>     False     0        <none>          0s
  $ sleep 2100
  $ kubectl get cronjobs,jobs
  NAME                   SCHEDULE   TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/hourly   @hourly    <none>     False     0        <none>          35m
  $ sleep 1
  $ kubectl get cronjobs,jobs
  NAME                   SCHEDULE   TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/hourly   @hourly    <none>     False     1        1s              35m
  
  NAME                        STATUS    COMPLETIONS   DURATION   AGE
  job.batch/hourly-29089920   Running   0/1           1s         1s
  $ kubectl get cronjob hourly -o jsonpath='{.status.lastScheduleTime}{"\n"}'
  2025-04-23T08:00:00Z
