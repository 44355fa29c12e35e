Volumes made by hand: a claim binds the smallest Available volume of its class whose access
modes and size suffice and whose labels its selector matches. A class no StorageClass names
cannot provision. With Retain, a deleted claim leaves its volume Released.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolume
  > metadata:
  >   name: pv-small
  >   labels:
  >     tier: fast
  > spec:
  >   storageClassName: manual
  >   capacity:
  >     storage: 1Gi
  >   accessModes: [ReadWriteOnce]
  >   hostPath:
  >     path: /mnt/small
  > ---
  > apiVersion: v1
  > kind: PersistentVolume
  > metadata:
  >   name: pv-large
  > spec:
  >   storageClassName: manual
  >   capacity:
  >     storage: 5Gi
  >   accessModes: [ReadWriteOnce, ReadWriteMany]
  >   persistentVolumeReclaimPolicy: Retain
  >   hostPath:
  >     path: /mnt/large
  > EOF
  persistentvolume/pv-small created
  persistentvolume/pv-large created
  $ kubectl get pv
  NAME       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  pv-large   5Gi        RWO,RWX        Retain           Available           manual         <unset>                          0s
  pv-small   1Gi        RWO            Retain           Available           manual         <unset>                          0s
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: shared
  > spec:
  >   storageClassName: manual
  >   accessModes: [ReadWriteMany]
  >   resources:
  >     requests:
  >       storage: 2Gi
  > ---
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: picky
  > spec:
  >   storageClassName: manual
  >   accessModes: [ReadWriteOnce]
  >   selector:
  >     matchLabels:
  >       tier: gold
  >   resources:
  >     requests:
  >       storage: 100Mi
  > EOF
  persistentvolumeclaim/shared created
  persistentvolumeclaim/picky created
  $ kubectl get pvc
  NAME     STATUS    VOLUME     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  picky    Pending                                        manual         <unset>                 0s
  shared   Bound     pv-large   5Gi        RWO,RWX        manual         <unset>                 0s
  $ kubectl get pv -o wide
  NAME       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM            STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE   VOLUMEMODE
  pv-large   5Gi        RWO,RWX        Retain           Bound       default/shared   manual         <unset>                          0s    Filesystem
  pv-small   1Gi        RWO            Retain           Available                    manual         <unset>                          0s    Filesystem
  $ kubectl describe pvc picky
  Name:          picky
  Namespace:     default
  StorageClass:  manual
  Status:        Pending
  Volume:        
  Labels:        <none>
  Annotations:   <none>
  Finalizers:    [kubernetes.io/pvc-protection]
  Capacity:      
  Access Modes:  
  VolumeMode:    Filesystem
  Used By:       <none>
  Events:
    Type     Reason              Age   From                         Message
    ----     ------              ----  ----                         -------
    Warning  ProvisioningFailed  0s    persistentvolume-controller  storageclass.storage.k8s.io "manual" not found
  $ kubectl describe pv pv-large
  Name:            pv-large
  Labels:          <none>
  Annotations:     pv.kubernetes.io/bound-by-controller: yes
  Finalizers:      [kubernetes.io/pv-protection]
  StorageClass:    manual
  Status:          Bound
  Claim:           default/shared
  Reclaim Policy:  Retain
  Access Modes:    RWO,RWX
  VolumeMode:      Filesystem
  Capacity:        5Gi
  Node Affinity:   <none>
  Message:         
  Source:
      Type:          HostPath (bare host directory volume)
      Path:          /mnt/large
      HostPathType:  
  Events:            <none>
  $ kubectl label pv pv-small tier=gold --overwrite
  persistentvolume/pv-small labeled
  $ sleep 15
  $ kubectl get pvc picky
  NAME    STATUS   VOLUME     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  picky   Bound    pv-small   1Gi        RWO            manual         <unset>                 15s
  $ kubectl get pv pv-small -o jsonpath='{.spec.claimRef}{"\n"}'
  {"apiVersion":"v1","kind":"PersistentVolumeClaim","name":"picky","namespace":"default","resourceVersion":"173","uid":"1fd15915-7ac5-408e-9f4a-0d9658849ce8"}

Deleting the claims: Retain keeps pv-large Released, still naming its old claim; pv-small's
policy (Retain by default for a volume made by hand) does the same.
  $ kubectl delete pvc shared picky
  persistentvolumeclaim "shared" deleted
  persistentvolumeclaim "picky" deleted
  $ kubectl get pv
  NAME       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS     CLAIM            STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  pv-large   5Gi        RWO,RWX        Retain           Released   default/shared   manual         <unset>                          15s
  pv-small   1Gi        RWO            Retain           Released   default/picky    manual         <unset>                          15s
  $ kubectl delete pv pv-small pv-large
  persistentvolume "pv-small" deleted
  persistentvolume "pv-large" deleted
  $ kubectl get pv
  No resources found
