A CronJob's schedule is read in its timeZone: `30 15 * * *` in Asia/Taipei (UTC+8) is 07:30 UTC,
five minutes after the lab's clock starts at 15:25 Taipei time. The Job is named after the run's
minute since the epoch, and its scheduled-timestamp annotation is written in the zone.
An unknown zone, or a TZ= prefix in the schedule, is refused.
  $ date
  Wed Apr 23 07:25:00 UTC 2025
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: CronJob
  > metadata:
  >   name: report
  > spec:
  >   schedule: "30 15 * * *"
  >   timeZone: Asia/Taipei
  >   jobTemplate:
  >     spec:
  >       template:
  >         spec:
  >           restartPolicy: Never
  >           containers:
  >           - name: report
  >             image: busybox
  >             command: ["date"]
  > EOF
  cronjob.batch/report created
  $ kubectl get cronjobs -o wide
  NAME     SCHEDULE      TIMEZONE      SUSPEND   ACTIVE   LAST SCHEDULE   AGE   CONTAINERS   IMAGES    SELECTOR
  report   30 15 * * *   Asia/Taipei   False     0        <none>          0s    report       busybox   <none>
  $ sleep 300
  $ kubectl get cronjobs,jobs
  NAME                   SCHEDULE      TIMEZONE      SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/report   30 15 * * *   Asia/Taipei   False     0        <none>          5m
  $ sleep 1
  $ kubectl get cronjobs,jobs
  NAME                   SCHEDULE      TIMEZONE      SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/report   30 15 * * *   Asia/Taipei   False     1        1s              5m1s
  
  NAME                        STATUS    COMPLETIONS   DURATION   AGE
  job.batch/report-29089890   Running   0/1           1s         1s
  $ kubectl get job report-29089890 -o jsonpath='{.metadata.annotations}{"\n"}'
  {"batch.kubernetes.io/cronjob-scheduled-timestamp":"2025-04-23T15:30:00+08:00"}
  $ kubectl get cronjob report -o jsonpath='{.status}{"\n"}'
  {"active":[{"apiVersion":"batch/v1","kind":"Job","name":"report-29089890","namespace":"default","resourceVersion":"166","uid":"0485a1f7-4031-4f02-bfdf-a959b47888af"}],"lastScheduleTime":"2025-04-23T07:30:00Z"}
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: CronJob
  > metadata:
  >   name: bad
  > spec:
  >   schedule: "0 * * * *"
  >   timeZone: Mars/Olympus
  >   jobTemplate:
  >     spec:
  >       template:
  >         spec:
  >           restartPolicy: Never
  >           containers:
  >           - name: c
  >             image: busybox
  > EOF
  The CronJob "bad" is invalid: spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus
  $ kubectl create cronjob bad --image=busybox --schedule='TZ=Asia/Taipei 0 * * * *'
  error: failed to create cronjob: CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "TZ=Asia/Taipei 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead
