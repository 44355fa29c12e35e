The notes' experiment with the local-path provisioner: while no provisioner pod runs, a new
claim stays Pending (the PV controller keeps saying it waits for the external provisioner, and
the pod waits with it); once the ReplicaSet's pod runs again, the claim is provisioned and bound.
  $ kubectl -n local-path-storage scale deployment local-path-provisioner --replicas=0
  deployment.apps/local-path-provisioner scaled
  $ sleep 5
  $ kubectl get all -n local-path-storage
  NAME                                     READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/local-path-provisioner   0/0     0            0           46h
  
  NAME                                                DESIRED   CURRENT   READY   AGE
  replicaset.apps/local-path-provisioner-84944977bd   0         0         0       46h
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: data
  > spec:
  >   storageClassName: local-path
  >   accessModes: [ReadWriteOnce]
  >   resources:
  >     requests:
  >       storage: 1Gi
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: app
  > spec:
  >   containers:
  >   - name: app
  >     image: nginx
  >     volumeMounts:
  >     - name: data
  >       mountPath: /data
  >   volumes:
  >   - name: data
  >     persistentVolumeClaim:
  >       claimName: data
  > EOF
  persistentvolumeclaim/data created
  pod/app created
  $ sleep 60
  $ kubectl get pvc,pod
  NAME                         STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data   Pending                                      local-path     <unset>                 60s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/app     0/1     Pending   0          60s
  pod/goweb   1/1     Running   0          96m
  $ kubectl describe pvc data
  Name:          data
  Namespace:     default
  StorageClass:  local-path
  Status:        Pending
  Volume:        
  Labels:        <none>
  Annotations:   volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
                 volume.kubernetes.io/selected-node: tk8s-worker2
                 volume.kubernetes.io/storage-provisioner: rancher.io/local-path
  Finalizers:    [kubernetes.io/pvc-protection]
  Capacity:      
  Access Modes:  
  VolumeMode:    Filesystem
  Used By:       app
  Events:
    Type    Reason                Age               From                         Message
    ----    ------                ----              ----                         -------
    Normal  WaitForFirstConsumer  60s               persistentvolume-controller  waiting for first consumer to be created before binding
    Normal  ExternalProvisioning  0s (x5 over 60s)  persistentvolume-controller  Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.
  $ kubectl -n local-path-storage scale deployment local-path-provisioner --replicas=1
  deployment.apps/local-path-provisioner scaled
  $ sleep 10
  $ kubectl get pvc,pv
  NAME                         STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data   Bound    pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   1Gi        RWO            local-path     <unset>                 70s
  
  NAME                                                        CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM          STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  persistentvolume/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   1Gi        RWO            Delete           Bound    default/data   local-path     <unset>                          5s
  $ kubectl get pod app -o wide
  NAME   READY   STATUS              RESTARTS   AGE   IP            NODE           NOMINATED NODE   READINESS GATES
  app    0/1     ContainerCreating   0          70s   10.244.1.10   tk8s-worker2   <none>           <none>

Deleting the provisioner's pod: its ReplicaSet replaces it, and a claim made while the new pod
is still starting waits for it.
  $ kubectl get pods -n local-path-storage
  NAME                                      READY   STATUS    RESTARTS   AGE
  local-path-provisioner-84944977bd-bq2cr   1/1     Running   0          10s
  $ kubectl delete $(kubectl get pods -n local-path-storage -o name) -n local-path-storage
  pod "local-path-provisioner-84944977bd-bq2cr" deleted
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: logs
  > spec:
  >   storageClassName: local-path
  >   accessModes: [ReadWriteOnce]
  >   resources:
  >     requests:
  >       storage: 100Mi
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: logger
  > spec:
  >   containers:
  >   - name: logger
  >     image: nginx
  >     volumeMounts:
  >     - name: logs
  >       mountPath: /var/log/nginx
  >   volumes:
  >   - name: logs
  >     persistentVolumeClaim:
  >       claimName: logs
  > EOF
  persistentvolumeclaim/logs created
  pod/logger created
  $ kubectl get pods -n local-path-storage
  NAME                                      READY   STATUS              RESTARTS   AGE
  local-path-provisioner-84944977bd-m6jdk   0/1     ContainerCreating   0          1s
  $ kubectl get pvc logs
  NAME   STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  logs   Pending                                      local-path     <unset>                 0s
  $ sleep 10
  $ kubectl get pods -n local-path-storage
  NAME                                      READY   STATUS    RESTARTS   AGE
  local-path-provisioner-84944977bd-m6jdk   1/1     Running   0          11s
  $ kubectl get pvc logs
  NAME   STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  logs   Bound    pvc-380c17de-2bc4-4c72-ac37-de22ece08ac9   100Mi      RWO            local-path     <unset>                 10s
  $ kubectl describe pvc logs
  Name:          logs
  Namespace:     default
  StorageClass:  local-path
  Status:        Bound
  Volume:        pvc-380c17de-2bc4-4c72-ac37-de22ece08ac9
  Labels:        <none>
  Annotations:   pv.kubernetes.io/bind-completed: yes
                 pv.kubernetes.io/bound-by-controller: yes
                 volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
                 volume.kubernetes.io/selected-node: tk8s-worker1
                 volume.kubernetes.io/storage-provisioner: rancher.io/local-path
  Finalizers:    [kubernetes.io/pvc-protection]
  Capacity:      100Mi
  Access Modes:  RWO
  VolumeMode:    Filesystem
  Used By:       logger
  Events:
    Type    Reason                 Age               From                                                                                                Message
    ----    ------                 ----              ----                                                                                                -------
    Normal  WaitForFirstConsumer   10s               persistentvolume-controller                                                                         waiting for first consumer to be created before binding
    Normal  Provisioning           9s                rancher.io/local-path_local-path-provisioner-84944977bd-m6jdk_42d43cf8-3fde-4596-b19e-0787c896a6c3  External provisioner is provisioning volume for claim "default/logs"
    Normal  ExternalProvisioning   6s (x2 over 10s)  persistentvolume-controller                                                                         Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.
    Normal  ProvisioningSucceeded  6s                rancher.io/local-path_local-path-provisioner-84944977bd-m6jdk_42d43cf8-3fde-4596-b19e-0787c896a6c3  Successfully provisioned volume pvc-380c17de-2bc4-4c72-ac37-de22ece08ac9
