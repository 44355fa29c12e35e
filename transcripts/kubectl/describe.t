kubectl describe, byte for byte as kubectl 1.32 prints it. Every description below was checked
against the real kubectl 1.32 binary reading the same objects; a node's description shows the
heartbeat Lease its kubelet renews in kube-node-lease.

First some objects of every kind: a Deployment, a pod with probes, env sources and volumes,
a Job, a CronJob, a Service, a ConfigMap, a StatefulSet with claim templates, the course's RuntimeClass
crun with a pod that uses it, a claim on local-path storage with its pod, and a crash-looping pod.
  $ kubectl create deployment web --image=nginx:1.27 --replicas=2 --port=80
  deployment.apps/web created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: rich
  >   labels:
  >     app: rich
  >     tier: fe
  >   annotations:
  >     note: hello
  > spec:
  >   containers:
  >   - name: app
  >     image: nginx:1.27
  >     ports:
  >     - containerPort: 80
  >       name: http
  >     - containerPort: 443
  >       hostPort: 8443
  >     env:
  >     - name: MODE
  >       value: prod
  >     - name: POD_IP
  >       valueFrom:
  >         fieldRef:
  >           fieldPath: status.podIP
  >     - name: MY_NAME
  >       valueFrom:
  >         fieldRef:
  >           fieldPath: metadata.name
  >     - name: CPU_LIMIT
  >       valueFrom:
  >         resourceFieldRef:
  >           resource: limits.cpu
  >     - name: MEM_REQ
  >       valueFrom:
  >         resourceFieldRef:
  >           resource: requests.memory
  >     resources:
  >       requests:
  >         cpu: 100m
  >         memory: 64Mi
  >       limits:
  >         cpu: 500m
  >         memory: 128Mi
  >     livenessProbe:
  >       httpGet:
  >         path: /
  >         port: 80
  >       initialDelaySeconds: 3
  >     readinessProbe:
  >       tcpSocket:
  >         port: 80
  >     startupProbe:
  >       exec:
  >         command: ["cat", "/etc/hostname"]
  >     volumeMounts:
  >     - name: data
  >       mountPath: /data
  >     - name: host
  >       mountPath: /host
  >       readOnly: true
  >   initContainers:
  >   - name: init
  >     image: busybox:1.36
  >     command: ["sh", "-c", "echo hi"]
  >   volumes:
  >   - name: data
  >     emptyDir: {}
  >   - name: host
  >     hostPath:
  >       path: /tmp
  >       type: Directory
  >   nodeSelector:
  >     kubernetes.io/os: linux
  > EOF2
  pod/rich created
  $ kubectl create job pi --image=busybox:1.36 -- sleep 5
  job.batch/pi created
  $ kubectl create cronjob tick --image=busybox:1.36 --schedule='*/5 * * * *' -- date
  cronjob.batch/tick created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   type: NodePort
  >   selector:
  >     app: web
  >   ports:
  >   - name: http
  >     port: 80
  >     targetPort: 80
  > EOF2
  service/web created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: app-config
  > data:
  >   LOG_LEVEL: debug
  >   mode: dev
  > EOF2
  configmap/app-config created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: db
  > spec:
  >   serviceName: db
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: db
  >   template:
  >     metadata:
  >       labels:
  >         app: db
  >     spec:
  >       containers:
  >       - name: db
  >         image: busybox:1.36
  >         command: ["sleep", "3600"]
  >         volumeMounts:
  >         - name: data
  >           mountPath: /data
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: data
  >     spec:
  >       storageClassName: local-path
  >       accessModes: ["ReadWriteOnce"]
  >       resources:
  >         requests:
  >           storage: 1Gi
  > EOF2
  statefulset.apps/db created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: node.k8s.io/v1
  > kind: RuntimeClass
  > metadata:
  >   name: crun
  > handler: crun
  > EOF2
  runtimeclass.node.k8s.io/crun created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: pod-crun
  > spec:
  >   runtimeClassName: crun
  >   containers:
  >   - name: base
  >     image: quay.io/cloudwalker/alp.base
  >     securityContext:
  >       privileged: true
  > EOF2
  pod/pod-crun created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: nginx-storage
  >   annotations:
  >     volumeType: hostPath
  > spec:
  >   storageClassName: local-path
  >   accessModes:
  >     - ReadWriteOnce
  >   resources:
  >     requests:
  >       storage: 3Mi
  > EOF2
  persistentvolumeclaim/nginx-storage created
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: nginx
  > spec:
  >   containers:
  >   - name: nginx
  >     image: nginx
  >     volumeMounts:
  >     - name: store
  >       mountPath: /usr/share/nginx/html
  >   volumes:
  >   - name: store
  >     persistentVolumeClaim:
  >       claimName: nginx-storage
  > EOF2
  pod/nginx created
  $ kubectl run bb --image=busybox
  pod/bb created
  $ sleep 400
A pod: init and app containers, their states, resources, probes, environment and mounts;
conditions and volumes line up with `PodReadyToStartContainers`, events get their own table.
  $ kubectl describe pod rich
  Name:             rich
  Namespace:        default
  Priority:         0
  Service Account:  default
  Node:             tk8s-worker2/172.22.0.3
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Labels:           app=rich
                    tier=fe
  Annotations:      note: hello
  Status:           Running
  IP:               10.244.1.9
  IPs:
    IP:  10.244.1.9
  Init Containers:
    init:
      Container ID:  containerd://c2c8029102b4c4ebe298a332065f6d6273734aab99e89ab7f0a2f8c797f30b16
      Image:         busybox:1.36
      Image ID:      docker.io/library/busybox@sha256:7d32d0374be12d603a854e085c105d543ef716bc4fc79c39e6addc7c472ec755
      Port:          <none>
      Host Port:     <none>
      Command:
        sh
        -c
        echo hi
      State:          Terminated
        Reason:       Completed
        Exit Code:    0
        Started:      Wed, 23 Apr 2025 07:25:02 +0000
        Finished:     Wed, 23 Apr 2025 07:25:02 +0000
      Ready:          False
      Restart Count:  0
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-hpk2k (ro)
  Containers:
    app:
      Container ID:   containerd://842816ea6e29aa293c9e39cc563557633c19a05ac7107f59af4def6f3f0d17a8
      Image:          nginx:1.27
      Image ID:       docker.io/library/nginx@sha256:b4513cd1563c7844c6ee625b51bd0114ea7f7688bb1be61dbd424c0592636005
      Ports:          80/TCP, 443/TCP
      Host Ports:     0/TCP, 8443/TCP
      State:          Running
        Started:      Wed, 23 Apr 2025 07:25:07 +0000
      Ready:          True
      Restart Count:  0
      Limits:
        cpu:     500m
        memory:  128Mi
      Requests:
        cpu:      100m
        memory:   64Mi
      Liveness:   http-get http://:80/ delay=3s timeout=1s period=10s #success=1 #failure=3
      Readiness:  tcp-socket :80 delay=0s timeout=1s period=10s #success=1 #failure=3
      Startup:    exec [cat /etc/hostname] delay=0s timeout=1s period=10s #success=1 #failure=3
      Environment:
        MODE:       prod
        POD_IP:      (v1:status.podIP)
        MY_NAME:    rich (v1:metadata.name)
        CPU_LIMIT:  500 (limits.cpu)
        MEM_REQ:    67108864 (requests.memory)
      Mounts:
        /data from data (rw)
        /host from host (ro)
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-hpk2k (ro)
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       True 
    ContainersReady             True 
    PodScheduled                True 
  Volumes:
    data:
      Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
      Medium:     
      SizeLimit:  <unset>
    host:
      Type:          HostPath (bare host directory volume)
      Path:          /tmp
      HostPathType:  Directory
    kube-api-access-hpk2k:
      Type:                    Projected (a volume that contains injected data from multiple sources)
      TokenExpirationSeconds:  3607
      ConfigMapName:           kube-root-ca.crt
      ConfigMapOptional:       <nil>
      DownwardAPI:             true
  QoS Class:                   Burstable
  Node-Selectors:              kubernetes.io/os=linux
  Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                               node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
  Events:
    Type    Reason     Age    From               Message
    ----    ------     ----   ----               -------
    Normal  Scheduled  6m40s  default-scheduler  Successfully assigned default/rich to tk8s-worker2
    Normal  Pulling    6m38s  kubelet            Pulling image "busybox:1.36"
    Normal  Pulled     6m38s  kubelet            Successfully pulled image "busybox:1.36" in 908ms (908ms including waiting). Image size: 2167176 bytes.
    Normal  Created    6m38s  kubelet            Created container: init
    Normal  Started    6m38s  kubelet            Started container init
    Normal  Pulling    6m38s  kubelet            Pulling image "nginx:1.27"
    Normal  Pulled     6m33s  kubelet            Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
    Normal  Created    6m33s  kubelet            Created container: app
    Normal  Started    6m33s  kubelet            Started container app
A crash-looping pod: repeated events show `(xN over AGE)`.
  $ kubectl describe pod bb
  Name:             bb
  Namespace:        default
  Priority:         0
  Service Account:  default
  Node:             tk8s-worker1/172.22.0.2
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Labels:           run=bb
  Annotations:      <none>
  Status:           Running
  IP:               10.244.0.145
  IPs:
    IP:  10.244.0.145
  Containers:
    bb:
      Container ID:   containerd://0055a7ac8c0a8e031922d39f94b21e2bb23305f5c14e1281ec4eee0d43755573
      Image:          busybox
      Image ID:       docker.io/library/busybox@sha256:eea0835843b9a5778f12de989560190634fda0be17d004e09d3db40a2746aec1
      Port:           <none>
      Host Port:      <none>
      State:          Waiting
        Reason:       CrashLoopBackOff
      Last State:     Terminated
        Reason:       Completed
        Exit Code:    0
        Started:      Wed, 23 Apr 2025 07:30:18 +0000
        Finished:     Wed, 23 Apr 2025 07:30:18 +0000
      Ready:          False
      Restart Count:  6
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-gk6mt (ro)
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       False 
    ContainersReady             False 
    PodScheduled                True 
  Volumes:
    kube-api-access-gk6mt:
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
    Type     Reason     Age                   From               Message
    ----     ------     ----                  ----               -------
    Normal   Scheduled  6m40s                 default-scheduler  Successfully assigned default/bb to tk8s-worker1
    Normal   Pulled     6m38s                 kubelet            Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
    Normal   Created    4m3s (x6 over 6m38s)  kubelet            Created container: bb
    Normal   Started    4m3s (x6 over 6m38s)  kubelet            Started container bb
    Normal   Pulling    83s (x7 over 6m38s)   kubelet            Pulling image "busybox"
    Normal   Pulled     82s (x6 over 6m36s)   kubelet            Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
    Warning  BackOff    82s (x6 over 6m36s)   kubelet            Back-off restarting failed container bb in pod bb_default(857048bc-3834-466d-ad38-ae1bf68bb83b)
Workloads print their pod template; a Deployment lists its new and old ReplicaSets.
  $ kubectl describe deploy web
  Name:                   web
  Namespace:              default
  CreationTimestamp:      Wed, 23 Apr 2025 07:25:00 +0000
  Labels:                 app=web
  Annotations:            deployment.kubernetes.io/revision: 1
  Selector:               app=web
  Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
  StrategyType:           RollingUpdate
  MinReadySeconds:        0
  RollingUpdateStrategy:  25% max unavailable, 25% max surge
  Pod Template:
    Labels:  app=web
    Containers:
     nginx:
      Image:         nginx:1.27
      Port:          80/TCP
      Host Port:     0/TCP
      Environment:   <none>
      Mounts:        <none>
    Volumes:         <none>
    Node-Selectors:  <none>
    Tolerations:     <none>
  Conditions:
    Type           Status  Reason
    ----           ------  ------
    Available      True    MinimumReplicasAvailable
    Progressing    True    NewReplicaSetAvailable
  OldReplicaSets:  <none>
  NewReplicaSet:   web-5c78f69c86 (2/2 replicas created)
  Events:
    Type    Reason             Age    From                   Message
    ----    ------             ----   ----                   -------
    Normal  ScalingReplicaSet  6m40s  deployment-controller  Scaled up replica set web-5c78f69c86 from 0 to 2
  $ kubectl describe rs -l app=web
  Name:           web-5c78f69c86
  Namespace:      default
  Selector:       app=web,pod-template-hash=5c78f69c86
  Labels:         app=web
                  pod-template-hash=5c78f69c86
  Annotations:    deployment.kubernetes.io/desired-replicas: 2
                  deployment.kubernetes.io/max-replicas: 3
                  deployment.kubernetes.io/revision: 1
  Controlled By:  Deployment/web
  Replicas:       2 current / 2 desired
  Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed
  Pod Template:
    Labels:  app=web
             pod-template-hash=5c78f69c86
    Containers:
     nginx:
      Image:         nginx:1.27
      Port:          80/TCP
      Host Port:     0/TCP
      Environment:   <none>
      Mounts:        <none>
    Volumes:         <none>
    Node-Selectors:  <none>
    Tolerations:     <none>
  Events:
    Type    Reason            Age    From                   Message
    ----    ------            ----   ----                   -------
    Normal  SuccessfulCreate  6m40s  replicaset-controller  Created pod: web-5c78f69c86-c89zj
    Normal  SuccessfulCreate  6m40s  replicaset-controller  Created pod: web-5c78f69c86-c9dcc
  $ kubectl describe sts db
  Name:               db
  Namespace:          default
  CreationTimestamp:  Wed, 23 Apr 2025 07:25:00 +0000
  Selector:           app=db
  Labels:             <none>
  Annotations:        <none>
  Replicas:           2 desired | 2 total
  Update Strategy:    RollingUpdate
    Partition:        0
  Pods Status:        2 Running / 0 Waiting / 0 Succeeded / 0 Failed
  Pod Template:
    Labels:  app=db
    Containers:
     db:
      Image:      busybox:1.36
      Port:       <none>
      Host Port:  <none>
      Command:
        sleep
        3600
      Environment:  <none>
      Mounts:
        /data from data (rw)
    Volumes:         <none>
    Node-Selectors:  <none>
    Tolerations:     <none>
  Volume Claims:
    Name:          data
    StorageClass:  local-path
    Labels:        <none>
    Annotations:   <none>
    Capacity:      1Gi
    Access Modes:  [ReadWriteOnce]
  Events:
    Type    Reason            Age    From                    Message
    ----    ------            ----   ----                    -------
    Normal  SuccessfulCreate  6m40s  statefulset-controller  create Claim data-db-0 Pod db-0 in StatefulSet db success
    Normal  SuccessfulCreate  6m40s  statefulset-controller  create Pod db-0 in StatefulSet db successful
    Normal  SuccessfulCreate  6m35s  statefulset-controller  create Claim data-db-1 Pod db-1 in StatefulSet db success
    Normal  SuccessfulCreate  6m35s  statefulset-controller  create Pod db-1 in StatefulSet db successful
  $ kubectl describe job pi
  Name:             pi
  Namespace:        default
  Selector:         batch.kubernetes.io/controller-uid=4b882cc2-46a7-4010-8116-44ceaeef603d
  Labels:           batch.kubernetes.io/controller-uid=4b882cc2-46a7-4010-8116-44ceaeef603d
                    batch.kubernetes.io/job-name=pi
                    controller-uid=4b882cc2-46a7-4010-8116-44ceaeef603d
                    job-name=pi
  Annotations:      <none>
  Parallelism:      1
  Completions:      1
  Completion Mode:  NonIndexed
  Suspend:          false
  Backoff Limit:    6
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Completed At:     Wed, 23 Apr 2025 07:25:08 +0000
  Duration:         8s
  Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed
  Pod Template:
    Labels:  batch.kubernetes.io/controller-uid=4b882cc2-46a7-4010-8116-44ceaeef603d
             batch.kubernetes.io/job-name=pi
             controller-uid=4b882cc2-46a7-4010-8116-44ceaeef603d
             job-name=pi
    Containers:
     pi:
      Image:      busybox:1.36
      Port:       <none>
      Host Port:  <none>
      Command:
        sleep
        5
      Environment:   <none>
      Mounts:        <none>
    Volumes:         <none>
    Node-Selectors:  <none>
    Tolerations:     <none>
  Events:
    Type    Reason            Age    From            Message
    ----    ------            ----   ----            -------
    Normal  SuccessfulCreate  6m40s  job-controller  Created pod: pi-gxtvm
    Normal  Completed         6m32s  job-controller  Job completed
  $ kubectl describe cj tick
  Name:                          tick
  Namespace:                     default
  Labels:                        <none>
  Annotations:                   <none>
  Schedule:                      */5 * * * *
  Concurrency Policy:            Allow
  Suspend:                       False
  Successful Job History Limit:  3
  Failed Job History Limit:      1
  Starting Deadline Seconds:     <unset>
  Selector:                      <unset>
  Parallelism:                   <unset>
  Completions:                   <unset>
  Pod Template:
    Labels:  <none>
    Containers:
     tick:
      Image:      busybox:1.36
      Port:       <none>
      Host Port:  <none>
      Command:
        date
      Environment:     <none>
      Mounts:          <none>
    Volumes:           <none>
    Node-Selectors:    <none>
    Tolerations:       <none>
  Last Schedule Time:  Wed, 23 Apr 2025 07:30:00 +0000
  Active Jobs:         <none>
  Events:
    Type    Reason            Age   From                Message
    ----    ------            ----  ----                -------
    Normal  SuccessfulCreate  100s  cronjob-controller  Created job tick-29089890
    Normal  SawCompletedJob   97s   cronjob-controller  Saw completed job: tick-29089890, status: Complete
A Service's ports each show the endpoints behind them.
  $ kubectl describe svc web
  Name:                     web
  Namespace:                default
  Labels:                   <none>
  Annotations:              <none>
  Selector:                 app=web
  Type:                     NodePort
  IP Family Policy:         SingleStack
  IP Families:              IPv4
  IP:                       10.98.0.22
  IPs:                      10.98.0.22
  Port:                     http  80/TCP
  TargetPort:               80/TCP
  NodePort:                 http  32047/TCP
  Endpoints:                10.244.0.142:80,10.244.1.8:80
  Session Affinity:         None
  External Traffic Policy:  Cluster
  Internal Traffic Policy:  Cluster
  Events:                   <none>
  $ kubectl describe ep kube-dns -n kube-system
  Name:         kube-dns
  Namespace:    kube-system
  Labels:       k8s-app=kube-dns
                kubernetes.io/cluster-service=true
                kubernetes.io/name=CoreDNS
  Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2025-04-21T09:00:12Z
  Subsets:
    Addresses:          10.244.0.13,10.244.0.14
    NotReadyAddresses:  <none>
    Ports:
      Name     Port  Protocol
      ----     ----  --------
      dns-tcp  53    TCP
      dns      53    UDP
      metrics  9153  TCP
  
  Events:  <none>
  $ kubectl describe cm app-config
  Name:         app-config
  Namespace:    default
  Labels:       <none>
  Annotations:  <none>
  
  Data
  ====
  LOG_LEVEL:
  ----
  debug
  
  mode:
  ----
  dev
  
  
  BinaryData
  ====
  
  Events:  <none>
  $ kubectl describe pvc data-db-0
  Name:          data-db-0
  Namespace:     default
  StorageClass:  local-path
  Status:        Bound
  Volume:        pvc-a17b25b3-9826-41c2-9860-025e204c709d
  Labels:        app=db
  Annotations:   pv.kubernetes.io/bind-completed: yes
                 pv.kubernetes.io/bound-by-controller: yes
                 volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
                 volume.kubernetes.io/selected-node: tk8s-worker2
                 volume.kubernetes.io/storage-provisioner: rancher.io/local-path
  Finalizers:    [kubernetes.io/pvc-protection]
  Capacity:      1Gi
  Access Modes:  RWO
  VolumeMode:    Filesystem
  Used By:       db-0
  Events:
    Type    Reason                 Age    From                                                                                                Message
    ----    ------                 ----   ----                                                                                                -------
    Normal  ExternalProvisioning   6m40s  persistentvolume-controller                                                                         Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.
    Normal  Provisioning           6m40s  rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  External provisioner is provisioning volume for claim "default/data-db-0"
    Normal  ProvisioningSucceeded  6m37s  rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  Successfully provisioned volume pvc-a17b25b3-9826-41c2-9860-025e204c709d
  $ kubectl describe pvc nginx-storage
  Name:          nginx-storage
  Namespace:     default
  StorageClass:  local-path
  Status:        Bound
  Volume:        pvc-3d5dcd99-a122-4d48-8027-490eefb3d79d
  Labels:        <none>
  Annotations:   pv.kubernetes.io/bind-completed: yes
                 pv.kubernetes.io/bound-by-controller: yes
                 volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
                 volume.kubernetes.io/selected-node: tk8s-worker2
                 volume.kubernetes.io/storage-provisioner: rancher.io/local-path
                 volumeType: hostPath
  Finalizers:    [kubernetes.io/pvc-protection]
  Capacity:      3Mi
  Access Modes:  RWO
  VolumeMode:    Filesystem
  Used By:       nginx
  Events:
    Type    Reason                 Age    From                                                                                                Message
    ----    ------                 ----   ----                                                                                                -------
    Normal  WaitForFirstConsumer   6m40s  persistentvolume-controller                                                                         waiting for first consumer to be created before binding
    Normal  ExternalProvisioning   6m40s  persistentvolume-controller                                                                         Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.
    Normal  Provisioning           6m40s  rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  External provisioner is provisioning volume for claim "default/nginx-storage"
    Normal  ProvisioningSucceeded  6m37s  rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  Successfully provisioned volume pvc-3d5dcd99-a122-4d48-8027-490eefb3d79d
  $ kubectl describe runtimeclass crun
  Name:         crun
  Namespace:    
  Labels:       <none>
  Annotations:  <none>
  API Version:  node.k8s.io/v1
  Handler:      crun
  Kind:         RuntimeClass
  Metadata:
    Creation Timestamp:  2025-04-23T07:25:00Z
    Resource Version:    210
    UID:                 befbbbaa-8e74-4f30-b690-99da7549802e
  Events:                <none>
  $ kubectl describe pod pod-crun
  Name:                pod-crun
  Namespace:           default
  Priority:            0
  Runtime Class Name:  crun
  Service Account:     default
  Node:                tk8s-worker1/172.22.0.2
  Start Time:          Wed, 23 Apr 2025 07:25:00 +0000
  Labels:              <none>
  Annotations:         <none>
  Status:              Running
  IP:                  10.244.0.144
  IPs:
    IP:  10.244.0.144
  Containers:
    base:
      Container ID:   containerd://cabf735ed2146d4b5e111435d1b1e6fbd65c98d62231f1963cc6d4bad7c4a7b5
      Image:          quay.io/cloudwalker/alp.base
      Image ID:       quay.io/cloudwalker/alp.base@sha256:35d986d8d25e744b17ee4e9ed0f89c3666f83b234671b28ac6b52469b03bcb19
      Port:           <none>
      Host Port:      <none>
      State:          Running
        Started:      Wed, 23 Apr 2025 07:25:04 +0000
      Ready:          True
      Restart Count:  0
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-6jjw9 (ro)
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       True 
    ContainersReady             True 
    PodScheduled                True 
  Volumes:
    kube-api-access-6jjw9:
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
    Type    Reason     Age    From               Message
    ----    ------     ----   ----               -------
    Normal  Scheduled  6m40s  default-scheduler  Successfully assigned default/pod-crun to tk8s-worker1
    Normal  Pulling    6m38s  kubelet            Pulling image "quay.io/cloudwalker/alp.base"
    Normal  Pulled     6m36s  kubelet            Successfully pulled image "quay.io/cloudwalker/alp.base" in 2.005s (2.005s including waiting). Image size: 24117248 bytes.
    Normal  Created    6m36s  kubelet            Created container: base
    Normal  Started    6m36s  kubelet            Started container base
Objects of the lab itself.
  $ kubectl describe ds kube-proxy -n kube-system
  Name:           kube-proxy
  Selector:       k8s-app=kube-proxy
  Node-Selector:  kubernetes.io/os=linux
  Labels:         k8s-app=kube-proxy
  Annotations:    deprecated.daemonset.template.generation: 1
  Desired Number of Nodes Scheduled: 3
  Current Number of Nodes Scheduled: 3
  Number of Nodes Scheduled with Up-to-date Pods: 3
  Number of Nodes Scheduled with Available Pods: 3
  Number of Nodes Misscheduled: 0
  Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed
  Pod Template:
    Labels:           k8s-app=kube-proxy
    Service Account:  kube-proxy
    Containers:
     kube-proxy:
      Image:      registry.k8s.io/kube-proxy:v1.32.2
      Port:       <none>
      Host Port:  <none>
      Command:
        /usr/local/bin/kube-proxy
        --config=/var/lib/kube-proxy/config.conf
        --hostname-override=$(NODE_NAME)
      Environment:
        NODE_NAME:   (v1:spec.nodeName)
      Mounts:
        /lib/modules from lib-modules (ro)
        /run/xtables.lock from xtables-lock (rw)
        /var/lib/kube-proxy from kube-proxy (rw)
    Volumes:
     kube-proxy:
      Type:      ConfigMap (a volume populated by a ConfigMap)
      Name:      kube-proxy
      Optional:  false
     xtables-lock:
      Type:          HostPath (bare host directory volume)
      Path:          /run/xtables.lock
      HostPathType:  FileOrCreate
     lib-modules:
      Type:               HostPath (bare host directory volume)
      Path:               /lib/modules
      HostPathType:       
    Priority Class Name:  system-node-critical
    Node-Selectors:       kubernetes.io/os=linux
    Tolerations:          op=Exists
  Events:                 <none>
  $ kubectl describe node tk8s-worker1
  Name:               tk8s-worker1
  Roles:              <none>
  Labels:             beta.kubernetes.io/arch=amd64
                      beta.kubernetes.io/os=linux
                      kubernetes.io/arch=amd64
                      kubernetes.io/hostname=tk8s-worker1
                      kubernetes.io/os=linux
  Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock
                      node.alpha.kubernetes.io/ttl: 0
                      volumes.kubernetes.io/controller-managed-attach-detach: true
  CreationTimestamp:  Mon, 21 Apr 2025 09:01:40 +0000
  Taints:             <none>
  Unschedulable:      false
  Lease:
    HolderIdentity:  tk8s-worker1
    AcquireTime:     <unset>
    RenewTime:       Wed, 23 Apr 2025 07:31:30 +0000
  Conditions:
    Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
    ----             ------  -----------------                 ------------------                ------                       -------
    MemoryPressure   False   Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 00:41:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
    DiskPressure     False   Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 00:41:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
    PIDPressure      False   Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 00:41:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
    Ready            True    Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 00:41:00 +0000   KubeletReady                 kubelet is posting ready status
  Addresses:
    InternalIP:  172.22.0.2
    Hostname:    tk8s-worker1
  Capacity:
    cpu:                4
    ephemeral-storage:  102626232Ki
    hugepages-1Gi:      0
    hugepages-2Mi:      0
    memory:             16375084Ki
    pods:               80
  Allocatable:
    cpu:                4
    ephemeral-storage:  94580335255
    hugepages-1Gi:      0
    hugepages-2Mi:      0
    memory:             16272684Ki
    pods:               80
  System Info:
    Machine ID:                 
    System UUID:                
    Boot ID:                    
    Kernel Version:             6.8.0-57-generic
    OS Image:                   Debian GNU/Linux 12 (bookworm)
    Operating System:           linux
    Architecture:               amd64
    Container Runtime Version:  containerd://2.0.2
    Kubelet Version:            v1.32.2
    Kube-Proxy Version:         v1.32.2
  PodCIDR:                      10.244.0.128/25
  PodCIDRs:                     10.244.0.128/25
  Non-terminated Pods:          (7 in total)
    Namespace                   Name                               CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
    ---------                   ----                               ------------  ----------  ---------------  -------------  ---
    default                     bb                                 0 (0%)        0 (0%)      0 (0%)           0 (0%)         6m40s
    default                     goweb                              0 (0%)        0 (0%)      0 (0%)           0 (0%)         102m
    default                     pod-crun                           0 (0%)        0 (0%)      0 (0%)           0 (0%)         6m40s
    default                     web-5c78f69c86-c9dcc               0 (0%)        0 (0%)      0 (0%)           0 (0%)         6m40s
    kube-system                 canal-9dc5v                        250m (6%)     0 (0%)      0 (0%)           0 (0%)         46h
    kube-system                 kube-proxy-lstnd                   0 (0%)        0 (0%)      0 (0%)           0 (0%)         46h
    kube-system                 metrics-server-8467fcc7b7-d9x4b    100m (2%)     0 (0%)      200Mi (1%)       0 (0%)         46h
  Allocated resources:
    (Total limits may be over 100 percent, i.e., overcommitted.)
    Resource           Requests    Limits
    --------           --------    ------
    cpu                350m (8%)   0 (0%)
    memory             200Mi (1%)  0 (0%)
    ephemeral-storage  0 (0%)      0 (0%)
    hugepages-1Gi      0 (0%)      0 (0%)
    hugepages-2Mi      0 (0%)      0 (0%)
  Events:              <none>
  $ kubectl describe ns kube-system
  Name:         kube-system
  Labels:       kubernetes.io/metadata.name=kube-system
  Annotations:  <none>
  Status:       Active
  
  No resource quota.
  
  No LimitRange resource.
  $ kubectl describe sc
  Name:                  local-path
  IsDefaultClass:        No
  Annotations:           <none>
  Provisioner:           rancher.io/local-path
  Parameters:            <none>
  AllowVolumeExpansion:  <unset>
  MountOptions:          <none>
  ReclaimPolicy:         Delete
  VolumeBindingMode:     WaitForFirstConsumer
  Events:                <none>
No pod is named `web-`, so every pod whose name starts with it is described, each followed
by a blank line. Several names are separated by two blank lines instead.
  $ kubectl describe pod web-
  Name:             web-5c78f69c86-c89zj
  Namespace:        default
  Priority:         0
  Service Account:  default
  Node:             tk8s-worker2/172.22.0.3
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Labels:           app=web
                    pod-template-hash=5c78f69c86
  Annotations:      <none>
  Status:           Running
  IP:               10.244.1.8
  IPs:
    IP:           10.244.1.8
  Controlled By:  ReplicaSet/web-5c78f69c86
  Containers:
    nginx:
      Container ID:   containerd://64317454724ee4145917dd01e20022bdcd50a448cc4a00e93713eb61e0e1f1e9
      Image:          nginx:1.27
      Image ID:       docker.io/library/nginx@sha256:b4513cd1563c7844c6ee625b51bd0114ea7f7688bb1be61dbd424c0592636005
      Port:           80/TCP
      Host Port:      0/TCP
      State:          Running
        Started:      Wed, 23 Apr 2025 07:25:06 +0000
      Ready:          True
      Restart Count:  0
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-4nhx5 (ro)
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       True 
    ContainersReady             True 
    PodScheduled                True 
  Volumes:
    kube-api-access-4nhx5:
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
    Type    Reason     Age    From               Message
    ----    ------     ----   ----               -------
    Normal  Scheduled  6m40s  default-scheduler  Successfully assigned default/web-5c78f69c86-c89zj to tk8s-worker2
    Normal  Pulling    6m38s  kubelet            Pulling image "nginx:1.27"
    Normal  Pulled     6m34s  kubelet            Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
    Normal  Created    6m34s  kubelet            Created container: nginx
    Normal  Started    6m34s  kubelet            Started container nginx
  
  Name:             web-5c78f69c86-c9dcc
  Namespace:        default
  Priority:         0
  Service Account:  default
  Node:             tk8s-worker1/172.22.0.2
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Labels:           app=web
                    pod-template-hash=5c78f69c86
  Annotations:      <none>
  Status:           Running
  IP:               10.244.0.142
  IPs:
    IP:           10.244.0.142
  Controlled By:  ReplicaSet/web-5c78f69c86
  Containers:
    nginx:
      Container ID:   containerd://6b07975b8ef30607b7aeda1dbc9729ed4968a0f2b870ed2eeaa573fdf05fa600
      Image:          nginx:1.27
      Image ID:       docker.io/library/nginx@sha256:b4513cd1563c7844c6ee625b51bd0114ea7f7688bb1be61dbd424c0592636005
      Port:           80/TCP
      Host Port:      0/TCP
      State:          Running
        Started:      Wed, 23 Apr 2025 07:25:06 +0000
      Ready:          True
      Restart Count:  0
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-tz5hn (ro)
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       True 
    ContainersReady             True 
    PodScheduled                True 
  Volumes:
    kube-api-access-tz5hn:
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
    Type    Reason     Age    From               Message
    ----    ------     ----   ----               -------
    Normal  Scheduled  6m40s  default-scheduler  Successfully assigned default/web-5c78f69c86-c9dcc to tk8s-worker1
    Normal  Pulling    6m38s  kubelet            Pulling image "nginx:1.27"
    Normal  Pulled     6m34s  kubelet            Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
    Normal  Created    6m34s  kubelet            Created container: nginx
    Normal  Started    6m34s  kubelet            Started container nginx
  
  $ kubectl describe svc/kubernetes ep/kubernetes --show-events=false
  Name:                     kubernetes
  Namespace:                default
  Labels:                   component=apiserver
                            provider=kubernetes
  Annotations:              <none>
  Selector:                 <none>
  Type:                     ClusterIP
  IP Family Policy:         SingleStack
  IP Families:              IPv4
  IP:                       10.98.0.1
  IPs:                      10.98.0.1
  Port:                     https  443/TCP
  TargetPort:               6443/TCP
  Endpoints:                172.22.0.1:6443
  Session Affinity:         None
  Internal Traffic Policy:  Cluster
  
  
  Name:         kubernetes
  Namespace:    default
  Labels:       endpointslice.kubernetes.io/skip-mirror=true
  Annotations:  <none>
  Subsets:
    Addresses:          172.22.0.1
    NotReadyAddresses:  <none>
    Ports:
      Name   Port  Protocol
      ----   ----  --------
      https  6443  TCP
  
The objects a manifest names, read from standard input.
  $ cat <<EOF2 | kubectl describe -f -
  > apiVersion: v1
  > kind: Namespace
  > metadata:
  >   name: local-path-storage
  > EOF2
  Name:         local-path-storage
  Labels:       kubernetes.io/metadata.name=local-path-storage
  Annotations:  <none>
  Status:       Active
  
  No resource quota.
  
  No LimitRange resource.
Mistakes get kubectl's one-line errors.
  $ kubectl describe pod nosuch
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl describe pod rich -A
  error: a resource cannot be retrieved by name across all namespaces
  $ kubectl describe foo
  error: the server doesn't have a resource type "foo"
  $ kubectl describe
  error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.
  $ kubectl describe pods -l app=none
  No resources found in default namespace.
