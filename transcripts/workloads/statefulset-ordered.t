A StatefulSet gives each pod a stable name and its own storage. With the default OrderedReady
policy, web-0, web-1 and web-2 start one at a time, each only once the one before it is Running
and Ready, and each gets its own claim data-web-N made from the volumeClaimTemplate. A claim is
Pending until its pod is scheduled (local-path waits for the first consumer), then the
provisioner makes its volume on that pod's node and the claim is Bound.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: nginx
  >   labels:
  >     app: nginx
  > spec:
  >   ports:
  >   - port: 80
  >     name: web
  >   clusterIP: None
  >   selector:
  >     app: nginx
  > ---
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels:
  >       app: nginx
  >   serviceName: nginx
  >   replicas: 3
  >   template:
  >     metadata:
  >       labels:
  >         app: nginx
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  >         ports:
  >         - containerPort: 80
  >           name: web
  >         volumeMounts:
  >         - name: data
  >           mountPath: /usr/share/nginx/html
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: data
  >     spec:
  >       accessModes: ["ReadWriteOnce"]
  >       storageClassName: local-path
  >       resources:
  >         requests:
  >           storage: 1Gi
  > EOF
  service/nginx created
  statefulset.apps/web created
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   0/3     0s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   0/1     Pending   0          0s
  
  NAME                               STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Pending                                      local-path     <unset>                 0s
  $ sleep 5
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   0/3     5s
  
  NAME        READY   STATUS              RESTARTS   AGE
  pod/goweb   1/1     Running             0          95m
  pod/web-0   0/1     ContainerCreating   0          5s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 5s
  $ sleep 5
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   1/3     10s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          10s
  pod/web-1   0/1     Pending   0          1s
  
  NAME                               STATUS    VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound     pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 10s
  persistentvolumeclaim/data-web-1   Pending                                                                        local-path     <unset>                 1s
  $ sleep 20
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   3/3     30s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          30s
  pod/web-1   1/1     Running   0          21s
  pod/web-2   1/1     Running   0          12s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 30s
  persistentvolumeclaim/data-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 21s
  persistentvolumeclaim/data-web-2   Bound    pvc-b3d79d41-d989-40ed-97b0-f88176166414   1Gi        RWO            local-path     <unset>                 12s
Scaling down to one replica removes the highest ordinal first, and the next only once it has
gone. The claims stay, so scaling back up would give web-1 and web-2 their old data.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels:
  >       app: nginx
  >   serviceName: nginx
  >   replicas: 1
  >   template:
  >     metadata:
  >       labels:
  >         app: nginx
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  >         ports:
  >         - containerPort: 80
  >           name: web
  >         volumeMounts:
  >         - name: data
  >           mountPath: /usr/share/nginx/html
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: data
  >     spec:
  >       accessModes: ["ReadWriteOnce"]
  >       storageClassName: local-path
  >       resources:
  >         requests:
  >           storage: 1Gi
  > EOF
  statefulset.apps/web configured
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   3/1     30s
  
  NAME        READY   STATUS        RESTARTS   AGE
  pod/goweb   1/1     Running       0          95m
  pod/web-0   1/1     Running       0          30s
  pod/web-1   1/1     Running       0          21s
  pod/web-2   1/1     Terminating   0          12s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 30s
  persistentvolumeclaim/data-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 21s
  persistentvolumeclaim/data-web-2   Bound    pvc-b3d79d41-d989-40ed-97b0-f88176166414   1Gi        RWO            local-path     <unset>                 12s
  $ sleep 1
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   2/1     31s
  
  NAME        READY   STATUS        RESTARTS   AGE
  pod/goweb   1/1     Running       0          95m
  pod/web-0   1/1     Running       0          31s
  pod/web-1   1/1     Terminating   0          22s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 31s
  persistentvolumeclaim/data-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 22s
  persistentvolumeclaim/data-web-2   Bound    pvc-b3d79d41-d989-40ed-97b0-f88176166414   1Gi        RWO            local-path     <unset>                 13s
  $ sleep 1
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   1/1     32s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          32s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 32s
  persistentvolumeclaim/data-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 23s
  persistentvolumeclaim/data-web-2   Bound    pvc-b3d79d41-d989-40ed-97b0-f88176166414   1Gi        RWO            local-path     <unset>                 14s
