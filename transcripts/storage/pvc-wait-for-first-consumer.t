The notes' PVC on the local-path class: it waits (WaitForFirstConsumer) until a pod uses it;
the scheduler picks a node, the provisioner runs a helper pod there that makes the folder of
`pvc-<uid>` under its configured path, then stores the volume; the claim is bound, and the pod
runs there. Deleting the claim deletes the volume.
  $ kubectl get sc
  NAME         PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
  local-path   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  46h
  $ cat <<EOF | kubectl apply -f -
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
  > EOF
  persistentvolumeclaim/nginx-storage created
  $ kubectl get pvc
  NAME            STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  nginx-storage   Pending                                      local-path     <unset>                 0s
  $ sleep 30
  $ kubectl describe pvc nginx-storage
  Name:          nginx-storage
  Namespace:     default
  StorageClass:  local-path
  Status:        Pending
  Volume:        
  Labels:        <none>
  Annotations:   volumeType: hostPath
  Finalizers:    [kubernetes.io/pvc-protection]
  Capacity:      
  Access Modes:  
  VolumeMode:    Filesystem
  Used By:       <none>
  Events:
    Type    Reason                Age               From                         Message
    ----    ------                ----              ----                         -------
    Normal  WaitForFirstConsumer  0s (x3 over 30s)  persistentvolume-controller  waiting for first consumer to be created before binding
  $ kubectl get pv
  No resources found
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: nginx
  > spec:
  >   containers:
  >   - name: nginx
  >     image: nginx
  >     volumeMounts:
  >     - name: html
  >       mountPath: /usr/share/nginx/html
  >   volumes:
  >   - name: html
  >     persistentVolumeClaim:
  >       claimName: nginx-storage
  > EOF
  pod/nginx created
  $ kubectl get pods -n local-path-storage
  NAME                                                         READY   STATUS              RESTARTS        AGE
  helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   0/1     ContainerCreating   0               0s
  local-path-provisioner-84944977bd-fpmmz                      1/1     Running             3 (6h44m ago)   46h
  $ sleep 5
  $ kubectl get pvc,pv
  NAME                                  STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/nginx-storage   Bound    pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   3Mi        RWO            local-path     <unset>                 35s
  
  NAME                                                        CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  persistentvolume/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   3Mi        RWO            Delete           Bound    default/nginx-storage   local-path     <unset>                          2s
  $ kubectl get pv -o wide
  NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE   VOLUMEMODE
  pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   3Mi        RWO            Delete           Bound    default/nginx-storage   local-path     <unset>                          2s    Filesystem
  $ kubectl get pod nginx -o wide
  NAME    READY   STATUS              RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  nginx   0/1     ContainerCreating   0          5s    10.244.1.9   tk8s-worker2   <none>           <none>
  $ kubectl describe pvc nginx-storage
  Name:          nginx-storage
  Namespace:     default
  StorageClass:  local-path
  Status:        Bound
  Volume:        pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32
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
    Type    Reason                 Age               From                                                                                                Message
    ----    ------                 ----              ----                                                                                                -------
    Normal  WaitForFirstConsumer   5s (x3 over 35s)  persistentvolume-controller                                                                         waiting for first consumer to be created before binding
    Normal  ExternalProvisioning   5s                persistentvolume-controller                                                                         Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.
    Normal  Provisioning           5s                rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  External provisioner is provisioning volume for claim "default/nginx-storage"
    Normal  ProvisioningSucceeded  2s                rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  Successfully provisioned volume pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  $ kubectl get pv -o jsonpath='{.items[0].spec.hostPath.path}{"\n"}{.items[0].spec.nodeAffinity}{"\n"}'
  /opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_nginx-storage
  {"required":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"kubernetes.io/hostname","operator":"In","values":["tk8s-worker2"]}]}]}}

A claim in use stays Terminating until its pod has gone; then, under the Delete policy, a
helper pod removes the folder and the volume goes.
  $ kubectl delete pvc nginx-storage --wait=false
  persistentvolumeclaim "nginx-storage" deleted
  $ kubectl get pvc
  NAME            STATUS        VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  nginx-storage   Terminating   pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   3Mi        RWO            local-path     <unset>                 35s
  $ kubectl delete pod nginx
  pod "nginx" deleted
  $ kubectl get pvc,pv
  NAME                                                        CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS     CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  persistentvolume/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   3Mi        RWO            Delete           Released   default/nginx-storage   local-path     <unset>                          3s
  $ kubectl get pods -n local-path-storage
  NAME                                                         READY   STATUS              RESTARTS        AGE
  helper-pod-delete-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   0/1     ContainerCreating   0               0s
  local-path-provisioner-84944977bd-fpmmz                      1/1     Running             3 (6h44m ago)   46h
  $ sleep 5
  $ kubectl get pv
  No resources found
