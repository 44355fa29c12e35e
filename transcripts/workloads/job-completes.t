A Job runs one pod to completion: `sleep 20` in busybox, watched from Running to Complete.
  $ kubectl create job pi --image=busybox -- sleep 20
  job.batch/pi created
  $ sleep 5
  $ kubectl get jobs,pods
  NAME           STATUS    COMPLETIONS   DURATION   AGE
  job.batch/pi   Running   0/1           5s         5s
  
  NAME           READY   STATUS    RESTARTS   AGE
  pod/goweb      1/1     Running   0          95m
  pod/pi-9nwv6   1/1     Running   0          5s
  $ sleep 20
  $ kubectl get jobs,pods
  NAME           STATUS     COMPLETIONS   DURATION   AGE
  job.batch/pi   Complete   1/1           23s        25s
  
  NAME           READY   STATUS      RESTARTS   AGE
  pod/goweb      1/1     Running     0          95m
  pod/pi-9nwv6   0/1     Completed   0          25s
  $ kubectl get events
  LAST SEEN   TYPE     REASON             OBJECT         MESSAGE
  25s         Normal   Scheduled          pod/pi-9nwv6   Successfully assigned default/pi-9nwv6 to tk8s-worker2
  23s         Normal   Pulling            pod/pi-9nwv6   Pulling image "busybox"
  23s         Normal   Pulled             pod/pi-9nwv6   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  23s         Normal   Created            pod/pi-9nwv6   Created container: pi
  23s         Normal   Started            pod/pi-9nwv6   Started container pi
  25s         Normal   SuccessfulCreate   job/pi         Created pod: pi-9nwv6
  2s          Normal   Completed          job/pi         Job completed
  $ kubectl get job pi -o yaml
  apiVersion: batch/v1
  kind: Job
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 1
    labels:
      batch.kubernetes.io/controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
      batch.kubernetes.io/job-name: pi
      controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
      job-name: pi
    name: pi
    namespace: default
    resourceVersion: "180"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    backoffLimit: 6
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
          batch.kubernetes.io/job-name: pi
          controller-uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
          job-name: pi
      spec:
        containers:
        - command:
          - sleep
          - "20"
          image: busybox
          imagePullPolicy: Always
          name: pi
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
        dnsPolicy: ClusterFirst
        restartPolicy: Never
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 30
  status:
    completionTime: "2025-04-23T07:25:23Z"
    conditions:
    - lastProbeTime: "2025-04-23T07:25:23Z"
      lastTransitionTime: "2025-04-23T07:25:23Z"
      message: Reached expected number of succeeded pods
      reason: CompletionsReached
      status: "True"
      type: SuccessCriteriaMet
    - lastProbeTime: "2025-04-23T07:25:23Z"
      lastTransitionTime: "2025-04-23T07:25:23Z"
      message: Reached expected number of succeeded pods
      reason: CompletionsReached
      status: "True"
      type: Complete
    ready: 0
    startTime: "2025-04-23T07:25:00Z"
    succeeded: 1
    terminating: 0
    uncountedTerminatedPods: {}
