A Job whose command always fails, with backoffLimit 2: each failed pod is replaced after a
back-off that doubles (10s, then 20s), and the third failure fails the Job.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: batch/v1
  > kind: Job
  > metadata:
  >   name: fails
  > spec:
  >   backoffLimit: 2
  >   template:
  >     spec:
  >       restartPolicy: Never
  >       containers:
  >       - name: fails
  >         image: busybox
  >         command: ["sh", "-c", "exit 3"]
  > EOF
  job.batch/fails created
  $ sleep 5
  $ kubectl get jobs,pods
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/fails   Running   0/1           5s         5s
  
  NAME              READY   STATUS    RESTARTS   AGE
  pod/fails-9nwv6   0/1     Error     0          5s
  pod/goweb         1/1     Running   0          95m
  $ sleep 10
  $ kubectl get jobs,pods
  NAME              STATUS    COMPLETIONS   DURATION   AGE
  job.batch/fails   Running   0/1           15s        15s
  
  NAME              READY   STATUS    RESTARTS   AGE
  pod/fails-9nwv6   0/1     Error     0          15s
  pod/fails-kdzhd   0/1     Error     0          3s
  pod/goweb         1/1     Running   0          95m
  $ sleep 30
  $ kubectl get jobs,pods
  NAME              STATUS   COMPLETIONS   DURATION   AGE
  job.batch/fails   Failed   0/1           45s        45s
  
  NAME              READY   STATUS    RESTARTS   AGE
  pod/fails-9nwv6   0/1     Error     0          45s
  pod/fails-g5xvm   0/1     Error     0          11s
  pod/fails-kdzhd   0/1     Error     0          33s
  pod/goweb         1/1     Running   0          96m
  $ kubectl get events
  LAST SEEN   TYPE      REASON                 OBJECT            MESSAGE
  45s         Normal    Scheduled              pod/fails-9nwv6   Successfully assigned default/fails-9nwv6 to tk8s-worker2
  43s         Normal    Pulling                pod/fails-9nwv6   Pulling image "busybox"
  43s         Normal    Pulled                 pod/fails-9nwv6   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  43s         Normal    Created                pod/fails-9nwv6   Created container: fails
  43s         Normal    Started                pod/fails-9nwv6   Started container fails
  11s         Normal    Scheduled              pod/fails-g5xvm   Successfully assigned default/fails-g5xvm to tk8s-worker2
  9s          Normal    Pulling                pod/fails-g5xvm   Pulling image "busybox"
  9s          Normal    Pulled                 pod/fails-g5xvm   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  9s          Normal    Created                pod/fails-g5xvm   Created container: fails
  9s          Normal    Started                pod/fails-g5xvm   Started container fails
  33s         Normal    Scheduled              pod/fails-kdzhd   Successfully assigned default/fails-kdzhd to tk8s-worker2
  31s         Normal    Pulling                pod/fails-kdzhd   Pulling image "busybox"
  31s         Normal    Pulled                 pod/fails-kdzhd   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  31s         Normal    Created                pod/fails-kdzhd   Created container: fails
  31s         Normal    Started                pod/fails-kdzhd   Started container fails
  45s         Normal    SuccessfulCreate       job/fails         Created pod: fails-9nwv6
  33s         Normal    SuccessfulCreate       job/fails         Created pod: fails-kdzhd
  11s         Normal    SuccessfulCreate       job/fails         Created pod: fails-g5xvm
  8s          Warning   BackoffLimitExceeded   job/fails         Job has reached the specified backoff limit
  $ kubectl get job fails -o yaml
  apiVersion: batch/v1
  kind: Job
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"annotations":{},"name":"fails","namespace":"default"},"spec":{"backoffLimit":2,"template":{"spec":{"containers":[{"command":["sh","-c","exit 3"],"image":"busybox","name":"fails"}],"restartPolicy":"Never"}}}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 1
    labels:
      batch.kubernetes.io/controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
      batch.kubernetes.io/job-name: fails
      controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
      job-name: fails
    name: fails
    namespace: default
    resourceVersion: "207"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    backoffLimit: 2
    completionMode: NonIndexed
    completions: 1
    manualSelector: false
    parallelism: 1
    podReplacementPolicy: TerminatingOrFailed
    selector:
      matchLabels:
        batch.kubernetes.io/controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
    suspend: false
    template:
      metadata:
        creationTimestamp: null
        labels:
          batch.kubernetes.io/controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
          batch.kubernetes.io/job-name: fails
          controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
          job-name: fails
      spec:
        containers:
        - command:
          - sh
          - -c
          - exit 3
          image: busybox
          imagePullPolicy: Always
          name: fails
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
        dnsPolicy: ClusterFirst
        restartPolicy: Never
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 30
  status:
    conditions:
    - lastProbeTime: "2025-04-23T07:25:37Z"
      lastTransitionTime: "2025-04-23T07:25:37Z"
      message: Job has reached the specified backoff limit
      reason: BackoffLimitExceeded
      status: "True"
      type: FailureTarget
    - lastProbeTime: "2025-04-23T07:25:37Z"
      lastTransitionTime: "2025-04-23T07:25:37Z"
      message: Job has reached the specified backoff limit
      reason: BackoffLimitExceeded
      status: "True"
      type: Failed
    failed: 3
    ready: 0
    startTime: "2025-04-23T07:25:00Z"
    terminating: 0
    uncountedTerminatedPods: {}
