A CronJob that runs every minute, watched for five virtual minutes: a Job named after each
run's minute appears, finishes, and only the last three successful Jobs are kept.
  $ kubectl create cronjob hello --image=busybox --schedule='*/1 * * * *' -- sh -c "sleep 5"
  cronjob.batch/hello created
  $ kubectl get cronjobs
  NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  hello   */1 * * * *   <none>     False     0        <none>          0s
  $ sleep 70
  $ kubectl get cronjobs,jobs,pods
  NAME                  SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/hello   */1 * * * *   <none>     False     0        10s             70s
  
  NAME                       STATUS     COMPLETIONS   DURATION   AGE
  job.batch/hello-29089886   Complete   1/1           9s         10s
  
  NAME                       READY   STATUS      RESTARTS   AGE
  pod/goweb                  1/1     Running     0          96m
  pod/hello-29089886-c89zj   0/1     Completed   0          10s
  $ sleep 240
  $ kubectl get cronjobs,jobs,pods
  NAME                  SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
  cronjob.batch/hello   */1 * * * *   <none>     False     0        10s             5m10s
  
  NAME                       STATUS     COMPLETIONS   DURATION   AGE
  job.batch/hello-29089888   Complete   1/1           8s         2m10s
  job.batch/hello-29089889   Complete   1/1           8s         70s
  job.batch/hello-29089890   Complete   1/1           8s         10s
  
  NAME                       READY   STATUS      RESTARTS   AGE
  pod/goweb                  1/1     Running     0          100m
  pod/hello-29089888-42mrr   0/1     Completed   0          2m10s
  pod/hello-29089889-7k2dg   0/1     Completed   0          70s
  pod/hello-29089890-hxrzg   0/1     Completed   0          10s
  $ kubectl get events
  LAST SEEN   TYPE     REASON             OBJECT                     MESSAGE
  4m9s        Normal   Scheduled          pod/hello-29089886-c89zj   Successfully assigned default/hello-29089886-c89zj to tk8s-worker2
  4m8s        Normal   Pulling            pod/hello-29089886-c89zj   Pulling image "busybox"
  4m7s        Normal   Pulled             pod/hello-29089886-c89zj   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  4m7s        Normal   Created            pod/hello-29089886-c89zj   Created container: hello
  4m7s        Normal   Started            pod/hello-29089886-c89zj   Started container hello
  4m10s       Normal   SuccessfulCreate   job/hello-29089886         Created pod: hello-29089886-c89zj
  4m1s        Normal   Completed          job/hello-29089886         Job completed
  3m9s        Normal   Scheduled          pod/hello-29089887-42zs9   Successfully assigned default/hello-29089887-42zs9 to tk8s-worker2
  3m8s        Normal   Pulling            pod/hello-29089887-42zs9   Pulling image "busybox"
  3m8s        Normal   Pulled             pod/hello-29089887-42zs9   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  3m8s        Normal   Created            pod/hello-29089887-42zs9   Created container: hello
  3m8s        Normal   Started            pod/hello-29089887-42zs9   Started container hello
  3m10s       Normal   SuccessfulCreate   job/hello-29089887         Created pod: hello-29089887-42zs9
  3m2s        Normal   Completed          job/hello-29089887         Job completed
  2m9s        Normal   Scheduled          pod/hello-29089888-42mrr   Successfully assigned default/hello-29089888-42mrr to tk8s-worker2
  2m8s        Normal   Pulling            pod/hello-29089888-42mrr   Pulling image "busybox"
  2m8s        Normal   Pulled             pod/hello-29089888-42mrr   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  2m8s        Normal   Created            pod/hello-29089888-42mrr   Created container: hello
  2m8s        Normal   Started            pod/hello-29089888-42mrr   Started container hello
  2m10s       Normal   SuccessfulCreate   job/hello-29089888         Created pod: hello-29089888-42mrr
  2m2s        Normal   Completed          job/hello-29089888         Job completed
  69s         Normal   Scheduled          pod/hello-29089889-7k2dg   Successfully assigned default/hello-29089889-7k2dg to tk8s-worker2
  68s         Normal   Pulling            pod/hello-29089889-7k2dg   Pulling image "busybox"
  68s         Normal   Pulled             pod/hello-29089889-7k2dg   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  68s         Normal   Created            pod/hello-29089889-7k2dg   Created container: hello
  68s         Normal   Started            pod/hello-29089889-7k2dg   Started container hello
  70s         Normal   SuccessfulCreate   job/hello-29089889         Created pod: hello-29089889-7k2dg
  62s         Normal   Completed          job/hello-29089889         Job completed
  9s          Normal   Scheduled          pod/hello-29089890-hxrzg   Successfully assigned default/hello-29089890-hxrzg to tk8s-worker2
  8s          Normal   Pulling            pod/hello-29089890-hxrzg   Pulling image "busybox"
  8s          Normal   Pulled             pod/hello-29089890-hxrzg   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  8s          Normal   Created            pod/hello-29089890-hxrzg   Created container: hello
  8s          Normal   Started            pod/hello-29089890-hxrzg   Started container hello
  10s         Normal   SuccessfulCreate   job/hello-29089890         Created pod: hello-29089890-hxrzg
  2s          Normal   Completed          job/hello-29089890         Job completed
  4m10s       Normal   SuccessfulCreate   cronjob/hello              Created job hello-29089886
  4m1s        Normal   SawCompletedJob    cronjob/hello              Saw completed job: hello-29089886, status: Complete
  3m10s       Normal   SuccessfulCreate   cronjob/hello              Created job hello-29089887
  3m2s        Normal   SawCompletedJob    cronjob/hello              Saw completed job: hello-29089887, status: Complete
  2m10s       Normal   SuccessfulCreate   cronjob/hello              Created job hello-29089888
  2m2s        Normal   SawCompletedJob    cronjob/hello              Saw completed job: hello-29089888, status: Complete
  70s         Normal   SuccessfulCreate   cronjob/hello              Created job hello-29089889
  62s         Normal   SuccessfulDelete   cronjob/hello              Deleted job hello-29089886
  62s         Normal   SawCompletedJob    cronjob/hello              Saw completed job: hello-29089889, status: Complete
  10s         Normal   SuccessfulCreate   cronjob/hello              Created job hello-29089890
  2s          Normal   SuccessfulDelete   cronjob/hello              Deleted job hello-29089887
  2s          Normal   SawCompletedJob    cronjob/hello              Saw completed job: hello-29089890, status: Complete
  $ kubectl get cronjob hello -o yaml
  apiVersion: batch/v1
  kind: CronJob
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 1
    name: hello
    namespace: default
    resourceVersion: "281"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    concurrencyPolicy: Allow
    failedJobsHistoryLimit: 1
    jobTemplate:
      metadata:
        creationTimestamp: null
        name: hello
      spec:
        template:
          metadata:
            creationTimestamp: null
          spec:
            containers:
            - command:
              - sh
              - -c
              - sleep 5
              image: busybox
              imagePullPolicy: Always
              name: hello
              resources: {}
              terminationMessagePath: /dev/termination-log
              terminationMessagePolicy: File
            dnsPolicy: ClusterFirst
            restartPolicy: OnFailure
            schedulerName: default-scheduler
            securityContext: {}
            terminationGracePeriodSeconds: 30
    schedule: '*/1 * * * *'
    successfulJobsHistoryLimit: 3
    suspend: false
  status:
    lastScheduleTime: "2025-04-23T07:30:00Z"
    lastSuccessfulTime: "2025-04-23T07:30:08Z"
