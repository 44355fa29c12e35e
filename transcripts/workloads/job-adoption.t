A Job's selector normally holds its own controller-uid, so only its pods match. With
manualSelector a Job may select other pods: an orphan that matches is adopted with the Job's
tracking finalizer and counts as one of its pods, so here no pod is created and the Job completes
when the adopted pod does.
  $ kubectl run stray --image=busybox --labels=app=batch --restart=Never -- sleep 30
  pod/stray created
  $ sleep 5
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: Job
  > metadata:
  >   name: batch
  > spec:
  >   manualSelector: true
  >   selector:
  >     matchLabels:
  >       app: batch
  >   template:
  >     metadata:
  >       labels:
  >         app: batch
  >     spec:
  >       restartPolicy: Never
  >       containers:
  >       - name: main
  >         image: busybox
  >         command: ["sleep", "30"]
  > EOF
  job.batch/batch created
  $ kubectl get pod stray -o jsonpath='{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name} {.metadata.finalizers}{"\n"}'
  Job/batch ["batch.kubernetes.io/job-tracking"]
  $ kubectl get jobs,pods -l app=batch
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/batch   Running   0/1           0s         0s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/stray   1/1     Running   0          5s
  $ sleep 30
  $ kubectl get jobs,pods -l app=batch
  NAME              STATUS     COMPLETIONS   DURATION   AGE
  job.batch/batch   Complete   1/1           28s        30s
  
  NAME        READY   STATUS      RESTARTS   AGE
  pod/stray   0/1     Completed   0          35s
  $ kubectl get pod stray -o jsonpath='{.metadata.finalizers}{"\n"}'
  

A pod relabelled out of a running Job's selector is released (reference and finalizer go) at the
Job's next sync, a second later as pod changes are batched, and the Job starts another.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: Job
  > metadata:
  >   name: again
  > spec:
  >   template:
  >     spec:
  >       restartPolicy: Never
  >       containers:
  >       - name: main
  >         image: busybox
  >         command: ["sleep", "30"]
  > EOF
  job.batch/again created
  $ sleep 5
  $ kubectl get pods -l job-name=again
  NAME          READY   STATUS    RESTARTS   AGE
  again-29sfv   1/1     Running   0          5s
  $ kubectl label pod again-29sfv batch.kubernetes.io/controller-uid=none --overwrite
  pod/again-29sfv labeled
  $ sleep 1
  $ kubectl get pod again-29sfv -o jsonpath='owners={.metadata.ownerReferences} finalizers={.metadata.finalizers}{"\n"}'
  owners= finalizers=
  $ sleep 4
  $ kubectl get pods -l job-name=again
  NAME          READY   STATUS    RESTARTS   AGE
  again-29sfv   1/1     Running   0          10s
  again-gb7n7   1/1     Running   0          4s
  $ kubectl get events --field-selector involvedObject.name=again
  LAST SEEN   TYPE     REASON             OBJECT      MESSAGE
  10s         Normal   SuccessfulCreate   job/again   Created pod: again-29sfv
  4s          Normal   SuccessfulCreate   job/again   Created pod: again-gb7n7
