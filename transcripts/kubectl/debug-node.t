kubectl debug node/NAME creates a pod on that node in its host namespaces, with the node's root
file system mounted at /host (the legacy profile, 1.32's default, which kubectl warns about).
  $ kubectl debug node/tk8s-worker1 -it --image=busybox
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  Creating debugging pod node-debugger-tk8s-worker1-r8jzx with container debugger on node tk8s-worker1.
  If you don't see a command prompt, try pressing enter.
  $ hostname
  tk8s-worker1
  $ ls /host
  boot  etc  home  media	mnt  opt  root	run  srv  tmp  usr  var
  $ cat /host/etc/hostname
  tk8s-worker1
  $ exit
  $ kubectl get pods -o wide
  NAME                               READY   STATUS      RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                              1/1     Running     0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  node-debugger-tk8s-worker1-r8jzx   0/1     Completed   0          2s    172.22.0.2     tk8s-worker1   <none>           <none>
  $ kubectl get pod -l app.kubernetes.io/managed-by=kubectl-debug -o yaml
  apiVersion: v1
  items:
  - apiVersion: v1
    kind: Pod
    metadata:
      creationTimestamp: "2025-04-23T07:25:00Z"
      labels:
        app.kubernetes.io/managed-by: kubectl-debug
      name: node-debugger-tk8s-worker1-r8jzx
      namespace: default
      resourceVersion: "172"
      uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
    spec:
      containers:
      - image: busybox
        imagePullPolicy: Always
        name: debugger
        resources: {}
        stdin: true
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
        tty: true
        volumeMounts:
        - mountPath: /host
          name: host-root
        - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
          name: kube-api-access-9nwv6
          readOnly: true
      dnsPolicy: ClusterFirst
      enableServiceLinks: true
      hostIPC: true
      hostNetwork: true
      hostPID: true
      nodeName: tk8s-worker1
      preemptionPolicy: PreemptLowerPriority
      priority: 0
      restartPolicy: Never
      schedulerName: default-scheduler
      securityContext: {}
      serviceAccount: default
      serviceAccountName: default
      terminationGracePeriodSeconds: 30
      tolerations:
      - operator: Exists
      volumes:
      - hostPath:
          path: /
          type: ""
        name: host-root
      - name: kube-api-access-9nwv6
        projected:
          defaultMode: 420
          sources:
          - serviceAccountToken:
              expirationSeconds: 3607
              path: token
          - configMap:
              items:
              - key: ca.crt
                path: ca.crt
              name: kube-root-ca.crt
          - downwardAPI:
              items:
              - fieldRef:
                  apiVersion: v1
                  fieldPath: metadata.namespace
                path: namespace
    status:
      conditions:
      - lastProbeTime: null
        lastTransitionTime: "2025-04-23T07:25:02Z"
        status: "False"
        type: PodReadyToStartContainers
      - lastProbeTime: null
        lastTransitionTime: "2025-04-23T07:25:00Z"
        status: "True"
        type: Initialized
      - lastProbeTime: null
        lastTransitionTime: "2025-04-23T07:25:02Z"
        reason: PodCompleted
        status: "False"
        type: Ready
      - lastProbeTime: null
        lastTransitionTime: "2025-04-23T07:25:02Z"
        reason: PodCompleted
        status: "False"
        type: ContainersReady
      - lastProbeTime: null
        lastTransitionTime: "2025-04-23T07:25:00Z"
        status: "True"
        type: PodScheduled
      containerStatuses:
      - containerID: containerd://1f740319f027fdfa959b47888af32aad8558232641854f695ea48a7cb86661fd
        image: docker.io/library/busybox:latest
        imageID: docker.io/library/busybox@sha256:eea0835843b9a5778f12de989560190634fda0be17d004e09d3db40a2746aec1
        lastState: {}
        name: debugger
        ready: false
        restartCount: 0
        started: false
        state:
          terminated:
            containerID: containerd://1f740319f027fdfa959b47888af32aad8558232641854f695ea48a7cb86661fd
            exitCode: 0
            finishedAt: "2025-04-23T07:25:02Z"
            reason: Completed
            startedAt: "2025-04-23T07:25:02Z"
      hostIP: 172.22.0.2
      hostIPs:
      - ip: 172.22.0.2
      phase: Succeeded
      podIP: 172.22.0.2
      podIPs:
      - ip: 172.22.0.2
      qosClass: BestEffort
      startTime: "2025-04-23T07:25:00Z"
  kind: List
  metadata:
    resourceVersion: ""
Other profiles: baseline keeps the pod in its own namespaces, sysadmin makes it privileged.
  $ kubectl debug node/tk8s-worker2 --image=busybox --profile=baseline -- sleep 60
  Creating debugging pod node-debugger-tk8s-worker2-db9qb with container debugger on node tk8s-worker2.
  $ kubectl debug node/tk8s-worker2 --image=busybox --profile=sysadmin -q -- sleep 60
  $ kubectl get pods -o custom-columns=NAME:.metadata.name,HOSTNET:.spec.hostNetwork,SC:.spec.containers[0].securityContext
  NAME                               HOSTNET   SC
  goweb                              <none>    <none>
  node-debugger-tk8s-worker1-r8jzx   true      <none>
  node-debugger-tk8s-worker2-db9qb   <none>    <none>
  node-debugger-tk8s-worker2-wjx7s   true      map[privileged:true]
  $ kubectl debug node/nosuch --image=busybox --profile=general
  Error from server (NotFound): nodes "nosuch" not found
