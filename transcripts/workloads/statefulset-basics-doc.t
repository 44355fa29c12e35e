The tutorial "StatefulSet Basics" on the lab, command by command. It needs a default
StorageClass; the lab's local-path is not one until it is marked. The tutorial's image,
registry.k8s.io/nginx-slim, is not in the lab's registry catalog: nginx stands in for it
(1.27, then 1.28 and back for the updates).
  $ kubectl patch storageclass local-path -p '{"metadata": {"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}'
  storageclass.storage.k8s.io/local-path patched
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
  >   serviceName: "nginx"
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: nginx
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
  >         - name: www
  >           mountPath: /usr/share/nginx/html
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: www
  >     spec:
  >       accessModes: [ "ReadWriteOnce" ]
  >       resources:
  >         requests:
  >           storage: 1Gi
  > EOF
  service/nginx created
  statefulset.apps/web created
Pods are created in order: web-1 waits for web-0 to be Running and Ready.
  $ kubectl get pods --watch -l app=nginx
  NAME    READY   STATUS    RESTARTS   AGE
  web-0   0/1     Pending   0          0s
  web-0   0/1     Pending   0          3s
  web-0   0/1     ContainerCreating   0          3s
  web-0   1/1     Running             0          9s
  web-1   0/1     Pending             0          0s
  web-1   0/1     Pending             0          3s
  web-1   0/1     ContainerCreating   0          3s
  web-1   1/1     Running             0          9s
  $ kubectl get service nginx
  NAME    TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  nginx   ClusterIP   None         <none>        80/TCP    78s
  $ kubectl get statefulset web
  NAME   READY   AGE
  web    2/2     78s
  $ kubectl get pods -l app=nginx
  NAME    READY   STATUS    RESTARTS   AGE
  web-0   1/1     Running   0          78s
  web-1   1/1     Running   0          69s
  $ for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done
  web-0
  web-1
busybox 1.28's nslookup asks the C library: the search list finds web-0.nginx, and each
address is shown with the name its PTR record gives.
  $ kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm
  If you don't see a command prompt, try pressing enter.
  $ nslookup web-0.nginx
  Server:    10.98.0.10
  Address 1: 10.98.0.10 kube-dns.kube-system.svc.tk8s.k8s
  
  Name:      web-0.nginx
  Address 1: 10.244.1.9 web-0.nginx.default.svc.tk8s.k8s
  $ nslookup web-1.nginx
  Server:    10.98.0.10
  Address 1: 10.98.0.10 kube-dns.kube-system.svc.tk8s.k8s
  
  Name:      web-1.nginx
  Address 1: 10.244.0.143 web-1.nginx.default.svc.tk8s.k8s
  $ nslookup nginx
  Server:    10.98.0.10
  Address 1: 10.98.0.10 kube-dns.kube-system.svc.tk8s.k8s
  
  Name:      nginx
  Address 1: 10.244.1.9 web-0.nginx.default.svc.tk8s.k8s
  Address 2: 10.244.0.143 web-1.nginx.default.svc.tk8s.k8s
  $ nslookup web-2.nginx
  Server:    10.98.0.10
  Address 1: 10.98.0.10 kube-dns.kube-system.svc.tk8s.k8s
  
  nslookup: can't resolve 'web-2.nginx'
  $ exit 0
  pod "dns-test" deleted
Deleting the pods: each finishes (its kubelet's last status, Completed), then goes, and the
controller makes it again, in order.
  $ kubectl delete pod -l app=nginx
  pod "web-0" deleted
  pod "web-1" deleted
  $ kubectl get pod --watch -l app=nginx
  NAME    READY   STATUS              RESTARTS   AGE
  web-0   0/1     ContainerCreating   0          0s
  web-0   1/1     Running             0          2s
  web-1   0/1     Pending             0          0s
  web-1   0/1     Pending             0          0s
  web-1   0/1     ContainerCreating   0          0s
  web-1   1/1     Running             0          2s
  $ for i in 0 1; do kubectl exec web-$i -- sh -c 'hostname'; done
  web-0
  web-1
  $ kubectl get pvc -l app=nginx
  NAME        STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  www-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 2m26s
  www-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 2m17s
  $ for i in 0 1; do kubectl exec "web-$i" -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'; done
With -t curl writes to a terminal, so it shows no progress meter.
  $ for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done
  web-0
  web-1
  $ kubectl delete pod -l app=nginx
  pod "web-0" deleted
  pod "web-1" deleted
  $ kubectl get pod --watch -l app=nginx
  NAME    READY   STATUS              RESTARTS   AGE
  web-0   0/1     ContainerCreating   0          0s
  web-0   1/1     Running             0          2s
  web-1   0/1     Pending             0          0s
  web-1   0/1     Pending             0          0s
  web-1   0/1     ContainerCreating   0          0s
  web-1   1/1     Running             0          2s
  $ for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done
  web-0
  web-1
Scaling up, then down with a patch: the highest ordinals go first, one at a time, and their
claims stay.
  $ kubectl scale sts web --replicas=5
  statefulset.apps/web scaled
  $ kubectl get pods --watch -l app=nginx
  NAME    READY   STATUS    RESTARTS   AGE
  web-0   1/1     Running   0          64s
  web-1   1/1     Running   0          62s
  web-2   0/1     Pending   0          0s
  web-2   0/1     Pending   0          3s
  web-2   0/1     ContainerCreating   0          3s
  web-2   1/1     Running             0          5s
  web-3   0/1     Pending             0          0s
  web-3   0/1     Pending             0          3s
  web-3   0/1     ContainerCreating   0          3s
  web-3   1/1     Running             0          5s
  web-4   0/1     Pending             0          0s
  web-4   0/1     Pending             0          3s
  web-4   0/1     ContainerCreating   0          3s
  web-4   1/1     Running             0          5s
  $ kubectl patch sts web -p '{"spec":{"replicas":3}}'
  statefulset.apps/web patched
  $ kubectl get pods --watch -l app=nginx
  NAME    READY   STATUS        RESTARTS   AGE
  web-0   1/1     Running       0          2m19s
  web-1   1/1     Running       0          2m17s
  web-2   1/1     Running       0          75s
  web-3   1/1     Running       0          70s
  web-4   1/1     Terminating   0          65s
  web-4   0/1     Completed     0          66s
  web-4   0/1     Completed     0          66s
  web-4   0/1     Completed     0          66s
  web-3   1/1     Terminating   0          71s
  web-3   0/1     Completed     0          72s
  web-3   0/1     Completed     0          72s
  web-3   0/1     Completed     0          72s
  $ kubectl get pvc -l app=nginx
  NAME        STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  www-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 5m48s
  www-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 5m39s
  www-web-2   Bound    pvc-f735ed21-46d4-45e1-8143-5d1b1e6fbd65   1Gi        RWO            local-path     <unset>                 2m17s
  www-web-3   Bound    pvc-ed45c7c3-b3b4-4c98-b448-57e834156431   1Gi        RWO            local-path     <unset>                 2m12s
  www-web-4   Bound    pvc-4def6f3f-0d17-4880-aadd-b00c7e844ecc   1Gi        RWO            local-path     <unset>                 2m7s
A rolling update, in reverse ordinal order.
  $ kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"nginx:1.28"}]'
  statefulset.apps/web patched
  $ kubectl get pod -l app=nginx --watch
  NAME    READY   STATUS        RESTARTS   AGE
  web-0   1/1     Running       0          3m21s
  web-1   1/1     Running       0          3m19s
  web-2   1/1     Terminating   0          2m17s
  web-2   0/1     Completed     0          2m18s
  web-2   0/1     Completed     0          2m18s
  web-2   0/1     Completed     0          2m18s
  web-2   0/1     Pending       0          0s
  web-2   0/1     Pending       0          0s
  web-2   0/1     ContainerCreating   0          0s
  web-2   1/1     Running             0          7s
  web-1   1/1     Terminating         0          3m27s
  web-1   0/1     Completed           0          3m28s
  web-1   0/1     Completed           0          3m28s
  web-1   0/1     Completed           0          3m28s
  web-1   0/1     Pending             0          0s
  web-1   0/1     Pending             0          0s
  web-1   0/1     ContainerCreating   0          0s
  web-1   1/1     Running             0          6s
  web-0   1/1     Terminating         0          3m36s
  web-0   0/1     Completed           0          3m37s
  web-0   0/1     Completed           0          3m37s
  web-0   0/1     Completed           0          3m37s
  web-0   0/1     Pending             0          0s
  web-0   0/1     Pending             0          0s
  web-0   0/1     ContainerCreating   0          0s
  web-0   1/1     Running             0          2s
  $ for p in 0 1 2; do kubectl get pod "web-$p" --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'; echo; done
  nginx:1.28
  nginx:1.28
  nginx:1.28
  $ kubectl rollout status sts/web
  partitioned roll out complete: 3 new pods have been updated...
Staging an update behind a partition, then a canary, then the rest.
  $ kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":3}}}}'
  statefulset.apps/web patched
  $ kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"nginx:1.27"}]'
  statefulset.apps/web patched
  $ kubectl delete pod web-2
  pod "web-2" deleted
  $ kubectl get pod -l app=nginx --watch
  NAME    READY   STATUS              RESTARTS   AGE
  web-0   1/1     Running             0          63s
  web-1   1/1     Running             0          70s
  web-2   0/1     ContainerCreating   0          0s
  web-2   1/1     Running             0          2s
  $ kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
  nginx:1.28 (no-eol)
  $ kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}'
  statefulset.apps/web patched
  $ kubectl get pod -l app=nginx --watch
  NAME    READY   STATUS        RESTARTS   AGE
  web-0   1/1     Running       0          2m5s
  web-1   1/1     Running       0          2m12s
  web-2   1/1     Terminating   0          62s
  web-2   0/1     Completed     0          63s
  web-2   0/1     Completed     0          63s
  web-2   0/1     Completed     0          63s
  web-2   0/1     Pending       0          0s
  web-2   0/1     Pending       0          0s
  web-2   0/1     ContainerCreating   0          0s
  web-2   1/1     Running             0          2s
  $ kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
  nginx:1.27 (no-eol)
  $ kubectl delete pod web-1
  pod "web-1" deleted
  $ kubectl get pod -l app=nginx --watch
  NAME    READY   STATUS              RESTARTS   AGE
  web-0   1/1     Running             0          3m9s
  web-1   0/1     ContainerCreating   0          0s
  web-2   1/1     Running             0          63s
  web-1   1/1     Running             0          2s
  $ kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
  nginx:1.28 (no-eol)
  $ kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":0}}}}'
  statefulset.apps/web patched
  $ kubectl get pod -l app=nginx --watch
  NAME    READY   STATUS        RESTARTS   AGE
  web-0   1/1     Running       0          4m11s
  web-1   1/1     Terminating   0          62s
  web-2   1/1     Running       0          2m5s
  web-1   0/1     Completed     0          63s
  web-1   0/1     Completed     0          63s
  web-1   0/1     Completed     0          63s
  web-1   0/1     Pending       0          0s
  web-1   0/1     Pending       0          0s
  web-1   0/1     ContainerCreating   0          0s
  web-1   1/1     Running             0          2s
  web-0   1/1     Terminating         0          4m14s
  web-0   0/1     Completed           0          4m15s
  web-0   0/1     Completed           0          4m15s
  web-0   0/1     Completed           0          4m15s
  web-0   0/1     Pending             0          0s
  web-0   0/1     Pending             0          0s
  web-0   0/1     ContainerCreating   0          0s
  web-0   1/1     Running             0          2s
  $ for p in 0 1 2; do kubectl get pod "web-$p" --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'; echo; done
  nginx:1.27
  nginx:1.27
  nginx:1.27
  $ kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"OnDelete"}}}'
  statefulset.apps/web patched
Non-cascading delete: the pods stay; the recreated set adopts them and removes web-2.
  $ kubectl delete statefulset web --cascade=orphan
  statefulset.apps "web" deleted
  $ kubectl get pods -l app=nginx
  NAME    READY   STATUS    RESTARTS   AGE
  web-0   1/1     Running   0          62s
  web-1   1/1     Running   0          65s
  web-2   1/1     Running   0          3m11s
  $ kubectl delete pod web-0
  pod "web-0" deleted
  $ kubectl get pods -l app=nginx
  NAME    READY   STATUS    RESTARTS   AGE
  web-1   1/1     Running   0          66s
  web-2   1/1     Running   0          3m12s
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
  >   serviceName: "nginx"
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: nginx
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
  >         - name: www
  >           mountPath: /usr/share/nginx/html
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: www
  >     spec:
  >       accessModes: [ "ReadWriteOnce" ]
  >       resources:
  >         requests:
  >           storage: 1Gi
  > EOF
  service/nginx unchanged
  statefulset.apps/web created
  $ kubectl get pods --watch -l app=nginx
  NAME    READY   STATUS              RESTARTS   AGE
  web-0   0/1     ContainerCreating   0          0s
  web-1   1/1     Running             0          66s
  web-2   1/1     Running             0          3m12s
  web-0   1/1     Running             0          2s
  web-2   1/1     Terminating         0          3m14s
  web-2   0/1     Completed           0          3m15s
  web-2   0/1     Completed           0          3m15s
  web-2   0/1     Completed           0          3m15s
  $ for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done
  web-0
  web-1
Cascading delete; the headless Service stays until deleted.
  $ kubectl delete statefulset web
  statefulset.apps "web" deleted
  $ kubectl get pods --watch -l app=nginx
  NAME    READY   STATUS        RESTARTS   AGE
  web-0   1/1     Terminating   0          63s
  web-1   1/1     Terminating   0          2m9s
  web-0   0/1     Completed     0          64s
  web-0   0/1     Completed     0          64s
  web-0   0/1     Completed     0          64s
  web-1   0/1     Completed     0          2m10s
  web-1   0/1     Completed     0          2m10s
  web-1   0/1     Completed     0          2m10s
  $ kubectl delete service nginx
  service "nginx" deleted
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
  >   serviceName: "nginx"
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: nginx
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
  >         - name: www
  >           mountPath: /usr/share/nginx/html
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: www
  >     spec:
  >       accessModes: [ "ReadWriteOnce" ]
  >       resources:
  >         requests:
  >           storage: 1Gi
  > EOF
  service/nginx created
  statefulset.apps/web created
  $ kubectl get pods --watch -l app=nginx
  NAME    READY   STATUS              RESTARTS   AGE
  web-0   0/1     ContainerCreating   0          0s
  web-0   1/1     Running             0          2s
  web-1   0/1     Pending             0          0s
  web-1   0/1     Pending             0          0s
  web-1   0/1     ContainerCreating   0          0s
  web-1   1/1     Running             0          2s
  $ for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done
  web-0
  web-1
  $ kubectl delete service nginx
  service "nginx" deleted
  $ kubectl delete statefulset web
  statefulset.apps "web" deleted
Cleaning up: the claims outlive the set.
  $ kubectl get pvc
  NAME        STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  www-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 14m
  www-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 14m
  www-web-2   Bound    pvc-f735ed21-46d4-45e1-8143-5d1b1e6fbd65   1Gi        RWO            local-path     <unset>                 10m
  www-web-3   Bound    pvc-ed45c7c3-b3b4-4c98-b448-57e834156431   1Gi        RWO            local-path     <unset>                 10m
  www-web-4   Bound    pvc-4def6f3f-0d17-4880-aadd-b00c7e844ecc   1Gi        RWO            local-path     <unset>                 10m
  $ kubectl get pv
  NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM               STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            Delete           Bound    default/www-web-1   local-path     <unset>                          14m
  pvc-4def6f3f-0d17-4880-aadd-b00c7e844ecc   1Gi        RWO            Delete           Bound    default/www-web-4   local-path     <unset>                          10m
  pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            Delete           Bound    default/www-web-0   local-path     <unset>                          14m
  pvc-ed45c7c3-b3b4-4c98-b448-57e834156431   1Gi        RWO            Delete           Bound    default/www-web-3   local-path     <unset>                          10m
  pvc-f735ed21-46d4-45e1-8143-5d1b1e6fbd65   1Gi        RWO            Delete           Bound    default/www-web-2   local-path     <unset>                          10m
  $ kubectl delete pvc www-web-0 www-web-1 www-web-2 www-web-3 www-web-4
  persistentvolumeclaim "www-web-0" deleted
  persistentvolumeclaim "www-web-1" deleted
  persistentvolumeclaim "www-web-2" deleted
  persistentvolumeclaim "www-web-3" deleted
  persistentvolumeclaim "www-web-4" deleted
  $ kubectl get pvc
  No resources found in default namespace.
