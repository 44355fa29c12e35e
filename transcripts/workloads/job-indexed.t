An Indexed Job gives each pod a completion index, 0 to completions-1: in its name, its
hostname, an annotation and label, and the JOB_COMPLETION_INDEX variable. Two run at a time;
the Job is complete once every index has succeeded, and lists them as completed indexes.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: Job
  > metadata:
  >   name: idx
  > spec:
  >   completions: 3
  >   parallelism: 2
  >   completionMode: Indexed
  >   template:
  >     spec:
  >       restartPolicy: Never
  >       containers:
  >       - name: worker
  >         image: busybox
  >         command: ["sh", "-c", "echo working on part $JOB_COMPLETION_INDEX; sleep 5"]
  > EOF
  job.batch/idx created
  $ sleep 3
  $ kubectl get jobs,pods -l job-name=idx -L batch.kubernetes.io/job-completion-index
  NAME            STATUS    COMPLETIONS   DURATION   AGE   JOB-COMPLETION-INDEX
  job.batch/idx   Running   0/3           3s         3s    
  
  NAME              READY   STATUS    RESTARTS   AGE   JOB-COMPLETION-INDEX
  pod/idx-0-9nwv6   1/1     Running   0          3s    0
  pod/idx-1-vck4g   1/1     Running   0          3s    1
  $ kubectl get pod idx-0-9nwv6 -o jsonpath='{.spec.hostname} {.metadata.annotations.batch\.kubernetes\.io/job-completion-index}{"\n"}'
  idx-0 0
  $ kubectl logs idx-1-vck4g
  working on part 1
  $ sleep 10
  $ kubectl get jobs,pods -l job-name=idx
  NAME            STATUS    COMPLETIONS   DURATION   AGE
  job.batch/idx   Running   2/3           13s        13s
  
  NAME              READY   STATUS      RESTARTS   AGE
  pod/idx-0-9nwv6   0/1     Completed   0          13s
  pod/idx-1-vck4g   0/1     Completed   0          13s
  pod/idx-2-g5xvm   1/1     Running     0          5s
  $ kubectl get job idx -o jsonpath='{.status.completedIndexes}{"\n"}'
  0-1
  $ sleep 10
  $ kubectl get jobs,pods -l job-name=idx
  NAME            STATUS     COMPLETIONS   DURATION   AGE
  job.batch/idx   Complete   3/3           17s        23s
  
  NAME              READY   STATUS      RESTARTS   AGE
  pod/idx-0-9nwv6   0/1     Completed   0          23s
  pod/idx-1-vck4g   0/1     Completed   0          23s
  pod/idx-2-g5xvm   0/1     Completed   0          15s
  $ kubectl describe job idx | grep -e Completion -e Pods -e Indexes
  Completions:        3
  Completion Mode:    Indexed
  Pods Statuses:      0 Active (0 Ready) / 3 Succeeded / 0 Failed
  Completed Indexes:  0-2
  $ kubectl get events --field-selector involvedObject.kind=Job
  LAST SEEN   TYPE     REASON             OBJECT    MESSAGE
  23s         Normal   SuccessfulCreate   job/idx   Created pod: idx-0-9nwv6
  23s         Normal   SuccessfulCreate   job/idx   Created pod: idx-1-vck4g
  15s         Normal   SuccessfulCreate   job/idx   Created pod: idx-2-g5xvm
  6s          Normal   Completed          job/idx   Job completed
