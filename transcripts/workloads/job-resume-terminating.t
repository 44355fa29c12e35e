A Job resumed while the pod its suspension deleted is still Terminating starts its new pod at
once: the Job controller deleted that pod without counting it, so it is no failure and adds no
back-off delay.
  $ kubectl create job batch --image=busybox -- sleep 30
  job.batch/batch created
  $ sleep 5
  $ kubectl patch job batch -p '{"spec":{"suspend":true}}'
  job.batch/batch patched
  $ sleep 5
  $ kubectl patch job batch -p '{"spec":{"suspend":false}}'
  job.batch/batch patched
  $ kubectl get jobs,pods
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/batch   Running   0/1           0s         10s
  
  NAME              READY   STATUS              RESTARTS   AGE
  pod/batch-9nwv6   1/1     Terminating         0          10s
  pod/batch-kdzhd   0/1     ContainerCreating   0          0s
  pod/goweb         1/1     Running             0          95m
  $ sleep 5
  $ kubectl get jobs,pods
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/batch   Running   0/1           5s         15s
  
  NAME              READY   STATUS        RESTARTS   AGE
  pod/batch-9nwv6   1/1     Terminating   0          15s
  pod/batch-kdzhd   1/1     Running       0          5s
  pod/goweb         1/1     Running       0          95m
  $ kubectl describe job batch | grep -e 'Pods Statuses'
  Pods Statuses:    1 Active (1 Ready) / 0 Succeeded / 0 Failed
