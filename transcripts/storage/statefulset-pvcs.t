A StatefulSet's volumeClaimTemplates: the controller creates one claim per member, each waits
for its pod, and the local-path provisioner makes a volume on the node the pod was given.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: web
  > spec:
  >   serviceName: web
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  >         volumeMounts:
  >         - name: www
  >           mountPath: /usr/share/nginx/html
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: www
  >     spec:
  >       storageClassName: local-path
  >       accessModes: [ReadWriteOnce]
  >       resources:
  >         requests:
  >           storage: 10Mi
  > EOF
  statefulset.apps/web created
  $ kubectl get pvc
  NAME        STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  www-web-0   Pending                                      local-path     <unset>                 0s
  $ sleep 20
  $ kubectl get pods -o wide
  NAME    READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb   1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-0   1/1     Running   0          20s   10.244.1.9     tk8s-worker2   <none>           <none>
  web-1   1/1     Running   0          11s   10.244.0.143   tk8s-worker1   <none>           <none>
  $ kubectl get pvc
  NAME        STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  www-web-0   Bound    pvc-2aad8558-2326-4185-af69-5ea48a7cb866   10Mi       RWO            local-path     <unset>                 20s
  www-web-1   Bound    pvc-ae287bc6-8569-4f6b-9304-380c17de2bc4   10Mi       RWO            local-path     <unset>                 11s
  $ kubectl get pv
  NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM               STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  pvc-2aad8558-2326-4185-af69-5ea48a7cb866   10Mi       RWO            Delete           Bound    default/www-web-0   local-path     <unset>                          17s
  pvc-ae287bc6-8569-4f6b-9304-380c17de2bc4   10Mi       RWO            Delete           Bound    default/www-web-1   local-path     <unset>                          8s
  $ kubectl describe pvc www-web-1
  Name:          www-web-1
  Namespace:     default
  StorageClass:  local-path
  Status:        Bound
  Volume:        pvc-ae287bc6-8569-4f6b-9304-380c17de2bc4
  Labels:        app=web
  Annotations:   pv.kubernetes.io/bind-completed: yes
                 pv.kubernetes.io/bound-by-controller: yes
                 volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
                 volume.kubernetes.io/selected-node: tk8s-worker1
                 volume.kubernetes.io/storage-provisioner: rancher.io/local-path
  Finalizers:    [kubernetes.io/pvc-protection]
  Capacity:      10Mi
  Access Modes:  RWO
  VolumeMode:    Filesystem
  Used By:       web-1
  Events:
    Type    Reason                 Age   From                                                                                                Message
    ----    ------                 ----  ----                                                                                                -------
    Normal  ExternalProvisioning   11s   persistentvolume-controller                                                                         Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.
    Normal  Provisioning           11s   rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  External provisioner is provisioning volume for claim "default/www-web-1"
    Normal  ProvisioningSucceeded  8s    rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_43cff0af-bc24-4a4a-abdd-22079717ac6b  Successfully provisioned volume pvc-ae287bc6-8569-4f6b-9304-380c17de2bc4

Deleting the set keeps the claims (and so the volumes), as the retention policy says.
  $ kubectl delete statefulset web
  statefulset.apps "web" deleted
  $ sleep 40
  $ kubectl get pods,pvc
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          96m
  
  NAME                              STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/www-web-0   Bound    pvc-2aad8558-2326-4185-af69-5ea48a7cb866   10Mi       RWO            local-path     <unset>                 60s
  persistentvolumeclaim/www-web-1   Bound    pvc-ae287bc6-8569-4f6b-9304-380c17de2bc4   10Mi       RWO            local-path     <unset>                 51s
