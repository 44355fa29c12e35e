A StatefulSet's pod keeps its name when it is lost: delete web-1 and the controller makes a new
web-1 (a new pod, new UID) that mounts the same claim, data-web-1. kubectl waits until the old
pod has gone; the new one is already there.
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
  >   replicas: 2
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
  $ sleep 30
  $ kubectl get pods,pvc
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          30s
  pod/web-1   1/1     Running   0          21s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   1Gi        RWO            local-path     <unset>                 30s
  persistentvolumeclaim/data-web-1   Bound    pvc-2842b293-deee-4ca7-9ab0-67ef36dbef53   1Gi        RWO            local-path     <unset>                 21s
  $ kubectl delete pod web-1
  pod "web-1" deleted
  $ kubectl get pods
  NAME    READY   STATUS              RESTARTS   AGE
  goweb   1/1     Running             0          95m
  web-0   1/1     Running             0          31s
  web-1   0/1     ContainerCreating   0          0s
  $ sleep 5
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  web-0   1/1     Running   0          36s
  web-1   1/1     Running   0          5s
  $ kubectl get pod web-1 -o jsonpath='{.spec.hostname}.{.spec.subdomain} {.spec.volumes[0].persistentVolumeClaim.claimName}{"\n"}'
  web-1.nginx data-web-1
