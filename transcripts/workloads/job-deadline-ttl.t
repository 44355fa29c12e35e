A Job may run for at most activeDeadlineSeconds, counted from its start: then its running pod
is deleted and the Job fails with reason DeadlineExceeded. The pod's shell ignores SIGTERM, so
the Job is first marked FailureTarget and turns Failed only when the pod has gone, 30 seconds
later. A failed Job has no completion time, so its DURATION keeps growing.
ttlSecondsAfterFinished deletes the finished Job, with its pods, that many seconds after it
finished.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: Job
  > metadata:
  >   name: slow
  > spec:
  >   activeDeadlineSeconds: 20
  >   ttlSecondsAfterFinished: 60
  >   template:
  >     spec:
  >       restartPolicy: Never
  >       containers:
  >       - name: work
  >         image: busybox
  >         command: ["sh", "-c", "sleep 300"]
  > EOF
  job.batch/slow created
  $ sleep 10
  $ kubectl get jobs,pods -l job-name=slow
  NAME             STATUS    COMPLETIONS   DURATION   AGE
  job.batch/slow   Running   0/1           10s        10s
  
  NAME             READY   STATUS    RESTARTS   AGE
  pod/slow-9nwv6   1/1     Running   0          10s
  $ sleep 11
  $ kubectl get jobs,pods -l job-name=slow
  NAME             STATUS          COMPLETIONS   DURATION   AGE
  job.batch/slow   FailureTarget   0/1           21s        21s
  
  NAME             READY   STATUS        RESTARTS   AGE
  pod/slow-9nwv6   1/1     Terminating   0          21s
  $ kubectl get job slow -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  FailureTarget True DeadlineExceeded: Job was active longer than specified deadline
  $ sleep 30
  $ kubectl get jobs,pods -l job-name=slow
  NAME             STATUS   COMPLETIONS   DURATION   AGE
  job.batch/slow   Failed   0/1           51s        51s
  $ kubectl get job slow -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{"\n"}{end}'
  FailureTarget True DeadlineExceeded: Job was active longer than specified deadline
  Failed True DeadlineExceeded: Job was active longer than specified deadline
  $ kubectl describe job slow | grep -e 'Active Deadline' -e Pods -e Start
  Start Time:                  Wed, 23 Apr 2025 07:25:00 +0000
  Active Deadline Seconds:     20s
  Pods Statuses:               0 Active (0 Ready) / 0 Succeeded / 1 Failed
  $ sleep 30
  $ kubectl get jobs
  NAME   STATUS   COMPLETIONS   DURATION   AGE
  slow   Failed   0/1           81s        81s
  $ sleep 30
  $ kubectl get jobs
  No resources found in default namespace.
  $ kubectl get events --field-selector involvedObject.kind=Job
  LAST SEEN   TYPE      REASON             OBJECT     MESSAGE
  111s        Normal    SuccessfulCreate   job/slow   Created pod: slow-9nwv6
  91s         Normal    SuccessfulDelete   job/slow   Deleted pod: slow-9nwv6
  60s         Warning   DeadlineExceeded   job/slow   Job was active longer than specified deadline
