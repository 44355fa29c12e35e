A StatefulSet gives each pod a stable name and its own storage. With the default OrderedReady
policy, web-0, web-1 and web-2 start one at a time, each only once the one before it is Running
and Ready, and each gets its own claim data-web-N made from the volumeClaimTemplate. The claims
are Pending here: volume binding is not simulated yet (a real cluster binds them to local-path
volumes once the pod is scheduled).
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
  
  NAME        READY   STATUS              RESTARTS   AGE
  pod/goweb   1/1     Running             0          95m
  pod/web-0   0/1     ContainerCreating   0          0s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 0s
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
  
  NAME        READY   STATUS              RESTARTS   AGE
  pod/goweb   1/1     Running             0          95m
  pod/web-0   1/1     Running             0          10s
  pod/web-1   0/1     ContainerCreating   0          4s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 10s
  persistentvolumeclaim/data-web-1   Bound    pvc-287bc685-69bf-4be3-b438-0c17de2bc41c   1Gi        RWO            local-path     <unset>                 4s
  $ sleep 10
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   3/3     20s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          20s
  pod/web-1   1/1     Running   0          14s
  pod/web-2   1/1     Running   0          8s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 20s
  persistentvolumeclaim/data-web-1   Bound    pvc-287bc685-69bf-4be3-b438-0c17de2bc41c   1Gi        RWO            local-path     <unset>                 14s
  persistentvolumeclaim/data-web-2   Bound    pvc-7b25b398-2691-4228-a002-5e204c709d92   1Gi        RWO            local-path     <unset>                 8s
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
  statefulset.apps/web   3/1     20s
  
  NAME        READY   STATUS        RESTARTS   AGE
  pod/goweb   1/1     Running       0          95m
  pod/web-0   1/1     Running       0          20s
  pod/web-1   1/1     Running       0          14s
  pod/web-2   1/1     Terminating   0          8s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 20s
  persistentvolumeclaim/data-web-1   Bound    pvc-287bc685-69bf-4be3-b438-0c17de2bc41c   1Gi        RWO            local-path     <unset>                 14s
  persistentvolumeclaim/data-web-2   Bound    pvc-7b25b398-2691-4228-a002-5e204c709d92   1Gi        RWO            local-path     <unset>                 8s
  $ sleep 1
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   2/1     21s
  
  NAME        READY   STATUS        RESTARTS   AGE
  pod/goweb   1/1     Running       0          95m
  pod/web-0   1/1     Running       0          21s
  pod/web-1   1/1     Terminating   0          15s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 21s
  persistentvolumeclaim/data-web-1   Bound    pvc-287bc685-69bf-4be3-b438-0c17de2bc41c   1Gi        RWO            local-path     <unset>                 15s
  persistentvolumeclaim/data-web-2   Bound    pvc-7b25b398-2691-4228-a002-5e204c709d92   1Gi        RWO            local-path     <unset>                 9s
  $ sleep 1
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   1/1     22s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          22s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 22s
  persistentvolumeclaim/data-web-1   Bound    pvc-287bc685-69bf-4be3-b438-0c17de2bc41c   1Gi        RWO            local-path     <unset>                 16s
  persistentvolumeclaim/data-web-2   Bound    pvc-7b25b398-2691-4228-a002-5e204c709d92   1Gi        RWO            local-path     <unset>                 10s
