kubectl debug adds an ephemeral container to a running pod through its ephemeralcontainers
subresource; the kubelet pulls its image and starts it, and with -it its shell opens at the
prompt. --target shares the process namespace of one of the pod's containers.
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 30
  $ kubectl debug -it web --image=busybox --target=web
  Targeting container "web". If you don't see processes from this container it may be because the container runtime doesn't support this feature.
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  Defaulting debug container name to debugger-r8jzx.
  If you don't see a command prompt, try pressing enter.
  $ hostname
  web
  $ exit
  Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach web -c debugger-r8jzx -i -t' if it is still running
  $ kubectl get pod web
  NAME   READY   STATUS    RESTARTS   AGE
  web    1/1     Running   0          30s
  $ kubectl get pod web -o yaml
  apiVersion: v1
  kind: Pod
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    labels:
      run: web
    name: web
    namespace: default
    resourceVersion: "181"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  spec:
    containers:
    - image: nginx
      imagePullPolicy: Always
      name: web
      resources: {}
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
      volumeMounts:
      - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
        name: kube-api-access-9nwv6
        readOnly: true
    dnsPolicy: ClusterFirst
    enableServiceLinks: true
    ephemeralContainers:
    - image: busybox
      imagePullPolicy: Always
      name: debugger-r8jzx
      resources: {}
      stdin: true
      targetContainerName: web
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
      tty: true
    nodeName: tk8s-worker2
    preemptionPolicy: PreemptLowerPriority
    priority: 0
    restartPolicy: Always
    schedulerName: default-scheduler
    securityContext: {}
    serviceAccount: default
    serviceAccountName: default
    terminationGracePeriodSeconds: 30
    tolerations:
    - effect: NoExecute
      key: node.kubernetes.io/not-ready
      operator: Exists
      tolerationSeconds: 300
    - effect: NoExecute
      key: node.kubernetes.io/unreachable
      operator: Exists
      tolerationSeconds: 300
    volumes:
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
      lastTransitionTime: "2025-04-23T07:25:06Z"
      status: "True"
      type: PodReadyToStartContainers
    - lastProbeTime: null
      lastTransitionTime: "2025-04-23T07:25:00Z"
      status: "True"
      type: Initialized
    - lastProbeTime: null
      lastTransitionTime: "2025-04-23T07:25:06Z"
      status: "True"
      type: Ready
    - lastProbeTime: null
      lastTransitionTime: "2025-04-23T07:25:06Z"
      status: "True"
      type: ContainersReady
    - lastProbeTime: null
      lastTransitionTime: "2025-04-23T07:25:00Z"
      status: "True"
      type: PodScheduled
    containerStatuses:
    - containerID: containerd://1f740319f027fdfa959b47888af32aad8558232641854f695ea48a7cb86661fd
      image: docker.io/library/nginx:latest
      imageID: docker.io/library/nginx@sha256:f7b3ef92ad23173d37138bfea7674db2a4bd312d79a8473ee09bf4cf9fe09e4d
      lastState: {}
      name: web
      ready: true
      restartCount: 0
      started: true
      state:
        running:
          startedAt: "2025-04-23T07:25:06Z"
    ephemeralContainerStatuses:
    - containerID: containerd://159157ac5708edf4a0d9658849ce8519bc41e411d54bbf9bc90ded8720bb4cbc
      image: docker.io/library/busybox:latest
      imageID: docker.io/library/busybox@sha256:eea0835843b9a5778f12de989560190634fda0be17d004e09d3db40a2746aec1
      lastState: {}
      name: debugger-r8jzx
      ready: false
      restartCount: 0
      state:
        terminated:
          containerID: containerd://159157ac5708edf4a0d9658849ce8519bc41e411d54bbf9bc90ded8720bb4cbc
          exitCode: 0
          finishedAt: "2025-04-23T07:25:30Z"
          reason: Completed
          startedAt: "2025-04-23T07:25:30Z"
    hostIP: 172.22.0.3
    hostIPs:
    - ip: 172.22.0.3
    phase: Running
    podIP: 10.244.1.8
    podIPs:
    - ip: 10.244.1.8
    qosClass: BestEffort
    startTime: "2025-04-23T07:25:00Z"
  $ kubectl describe pod web
  Name:             web
  Namespace:        default
  Priority:         0
  Service Account:  default
  Node:             tk8s-worker2/172.22.0.3
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Labels:           run=web
  Annotations:      <none>
  Status:           Running
  IP:               10.244.1.8
  IPs:
    IP:  10.244.1.8
  Containers:
    web:
      Container ID:   containerd://1f740319f027fdfa959b47888af32aad8558232641854f695ea48a7cb86661fd
      Image:          nginx
      Image ID:       docker.io/library/nginx@sha256:f7b3ef92ad23173d37138bfea7674db2a4bd312d79a8473ee09bf4cf9fe09e4d
      Port:           <none>
      Host Port:      <none>
      State:          Running
        Started:      Wed, 23 Apr 2025 07:25:06 +0000
      Ready:          True
      Restart Count:  0
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9nwv6 (ro)
  Ephemeral Containers:
    debugger-r8jzx:
      Container ID:   containerd://159157ac5708edf4a0d9658849ce8519bc41e411d54bbf9bc90ded8720bb4cbc
      Image:          busybox
      Image ID:       docker.io/library/busybox@sha256:eea0835843b9a5778f12de989560190634fda0be17d004e09d3db40a2746aec1
      Port:           <none>
      Host Port:      <none>
      State:          Terminated
        Reason:       Completed
        Exit Code:    0
        Started:      Wed, 23 Apr 2025 07:25:30 +0000
        Finished:     Wed, 23 Apr 2025 07:25:30 +0000
      Ready:          False
      Restart Count:  0
      Environment:    <none>
      Mounts:         <none>
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       True 
    ContainersReady             True 
    PodScheduled                True 
  Volumes:
    kube-api-access-9nwv6:
      Type:                    Projected (a volume that contains injected data from multiple sources)
      TokenExpirationSeconds:  3607
      ConfigMapName:           kube-root-ca.crt
      ConfigMapOptional:       <nil>
      DownwardAPI:             true
  QoS Class:                   BestEffort
  Node-Selectors:              <none>
  Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                               node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
  Events:
    Type    Reason     Age   From               Message
    ----    ------     ----  ----               -------
    Normal  Scheduled  30s   default-scheduler  Successfully assigned default/web to tk8s-worker2
    Normal  Pulling    28s   kubelet            Pulling image "nginx"
    Normal  Pulled     24s   kubelet            Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
    Normal  Created    24s   kubelet            Created container: web
    Normal  Started    24s   kubelet            Started container web
    Normal  Pulling    0s    kubelet            Pulling image "busybox"
    Normal  Pulled     0s    kubelet            Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
    Normal  Created    0s    kubelet            Created container: debugger-r8jzx
    Normal  Started    0s    kubelet            Started container debugger-r8jzx
  $ kubectl exec web -- true
  Defaulted container "web" out of: web, debugger-r8jzx (ephem)
Without -i nothing is attached; -c names the container, and the words after -- are its command.
  $ kubectl debug web --image=busybox -c probe -- sleep 3600
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  $ sleep 10
  $ kubectl get pod web -o jsonpath='{range .status.ephemeralContainerStatuses[*]}{.name}: {.state}{"\n"}{end}'
  debugger-r8jzx: {"terminated":{"containerID":"containerd://159157ac5708edf4a0d9658849ce8519bc41e411d54bbf9bc90ded8720bb4cbc","exitCode":0,"finishedAt":"2025-04-23T07:25:30Z","reason":"Completed","startedAt":"2025-04-23T07:25:30Z"}}
  probe: {"running":{"startedAt":"2025-04-23T07:25:31Z"}}
  $ kubectl exec web -c probe -- hostname
  web
The apiserver refuses a name in use and a target that is not one of the pod's containers.
  $ kubectl debug web --image=busybox -c web --profile=general
  The Pod "web" is invalid: spec.ephemeralContainers[2].name: Duplicate value: "web"
  $ kubectl debug web --image=busybox --target=nosuch --profile=general
  Targeting container "nosuch". If you don't see processes from this container it may be because the container runtime doesn't support this feature.
  Defaulting debug container name to debugger-db9qb.
  The Pod "web" is invalid: spec.ephemeralContainers[2].targetContainerName: Not found: "nosuch"
  $ kubectl debug nosuch --image=busybox --profile=general
  Error from server (NotFound): pods "nosuch" not found
Static pods take no ephemeral containers.
  $ kubectl debug -n kube-system etcd-tk8s-control-plane --image=busybox --profile=general
  Defaulting debug container name to debugger-wjx7s.
  The Pod "etcd-tk8s-control-plane" is invalid: []: Forbidden: static pods do not support ephemeral containers
An image that does not exist keeps the container waiting; kubectl says why as it waits.
  $ kubectl debug -it web --image=nosuch/image:9 --profile=general -c broken
  Warning: container broken: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/nosuch/image:9": failed to resolve reference "docker.io/nosuch/image:9": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
  Warning: container broken: Back-off pulling image "nosuch/image:9"
  Warning: container broken: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/nosuch/image:9": failed to resolve reference "docker.io/nosuch/image:9": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
  Warning: container broken: Back-off pulling image "nosuch/image:9"
  Warning: container broken: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/nosuch/image:9": failed to resolve reference "docker.io/nosuch/image:9": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
  Warning: container broken: Back-off pulling image "nosuch/image:9"
  $ kubectl get events --field-selector involvedObject.fieldPath='spec.ephemeralContainers{broken}' --sort-by=.lastTimestamp
  LAST SEEN   TYPE      REASON    OBJECT    MESSAGE
  27s         Normal    Pulling   pod/web   Pulling image "nosuch/image:9"
  26s         Warning   Failed    pod/web   Failed to pull image "nosuch/image:9": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/nosuch/image:9": failed to resolve reference "docker.io/nosuch/image:9": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
  26s         Warning   Failed    pod/web   Error: ErrImagePull
  6s          Normal    BackOff   pod/web   Back-off pulling image "nosuch/image:9"
  6s          Warning   Failed    pod/web   Error: ImagePullBackOff
