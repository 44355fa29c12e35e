kubectl describe of two volume sources, as kubectl 1.32 prints them (checked against the real
binary reading the same objects): a PersistentVolume's CSI source names its volume handle, and a
pod's ephemeral volume shows its claim template through kubectl's nested writer, so the labels
and annotations lines carry the nesting indent twice.
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolume
  > metadata:
  >   name: csi-disk
  > spec:
  >   capacity:
  >     storage: 10Gi
  >   accessModes: [ReadWriteOncePod]
  >   volumeMode: Block
  >   csi:
  >     driver: hostpath.csi.k8s.io
  >     volumeHandle: vol-0a1b2c
  >     fsType: ext4
  >     volumeAttributes:
  >       size: 10Gi
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: scratch
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox:1.36
  >     command: [sleep, "3600"]
  >     volumeMounts:
  >     - name: work
  >       mountPath: /work
  >   volumes:
  >   - name: work
  >     ephemeral:
  >       volumeClaimTemplate:
  >         metadata:
  >           labels:
  >             app: scratch
  >             tier: cache
  >           annotations:
  >             note: per-pod scratch space
  >         spec:
  >           accessModes: [ReadWriteOnce]
  >           storageClassName: local-path
  >           volumeMode: Filesystem
  >           resources:
  >             requests:
  >               storage: 1Gi
  > EOF2
  persistentvolume/csi-disk created
  pod/scratch created
  $ sleep 20
  $ kubectl describe pv csi-disk
  Name:            csi-disk
  Labels:          <none>
  Annotations:     <none>
  Finalizers:      [kubernetes.io/pv-protection]
  StorageClass:    
  Status:          Available
  Claim:           
  Reclaim Policy:  Retain
  Access Modes:    RWOP
  VolumeMode:      Block
  Capacity:        10Gi
  Node Affinity:   <none>
  Message:         
  Source:
      Type:              CSI (a Container Storage Interface (CSI) volume source)
      Driver:            hostpath.csi.k8s.io
      FSType:            ext4
      VolumeHandle:      vol-0a1b2c
      ReadOnly:          false
      VolumeAttributes:      size=10Gi
  Events:                <none>
  $ kubectl describe pod scratch
  Name:             scratch
  Namespace:        default
  Priority:         0
  Service Account:  default
  Node:             tk8s-worker2/172.22.0.3
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Labels:           <none>
  Annotations:      <none>
  Status:           Running
  IP:               10.244.1.8
  IPs:
    IP:  10.244.1.8
  Containers:
    app:
      Container ID:  containerd://558232641854f695ea48a7cb86661fd159157ac5708edf4a0d9658849ce8519b
      Image:         busybox:1.36
      Image ID:      docker.io/library/busybox@sha256:7d32d0374be12d603a854e085c105d543ef716bc4fc79c39e6addc7c472ec755
      Port:          <none>
      Host Port:     <none>
      Command:
        sleep
        3600
      State:          Running
        Started:      Wed, 23 Apr 2025 07:25:02 +0000
      Ready:          True
      Restart Count:  0
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-c89zj (ro)
        /work from work (rw)
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       True 
    ContainersReady             True 
    PodScheduled                True 
  Volumes:
    work:
      Type:          EphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)
      StorageClass:  local-path
      Volume:        
      Labels:            app=scratch
                         tier=cache
      Annotations:       note: per-pod scratch space
      Capacity:      
      Access Modes:  
      VolumeMode:    Filesystem
    kube-api-access-c89zj:
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
    Normal  Scheduled  20s   default-scheduler  Successfully assigned default/scratch to tk8s-worker2
    Normal  Pulling    18s   kubelet            Pulling image "busybox:1.36"
    Normal  Pulled     18s   kubelet            Successfully pulled image "busybox:1.36" in 908ms (908ms including waiting). Image size: 2167176 bytes.
    Normal  Created    18s   kubelet            Created container: app
    Normal  Started    18s   kubelet            Started container app
