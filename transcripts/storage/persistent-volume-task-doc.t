The task "Configure a Pod to Use a PersistentVolume for Storage" on the lab: an index.html
in /mnt/data on a node, a hostPath PersistentVolume of class manual, a claim that binds to it,
and nginx serving the file. The task assumes one node; the pod lands on tk8s-worker2, where
the file is. The nginx image already has curl, so `apt install curl` is not needed.
  $ sudo podman exec -it tk8s-worker2 bash
  $ mkdir /mnt/data
  $ sh -c "echo 'Hello from Kubernetes storage' > /mnt/data/index.html"
  $ cat /mnt/data/index.html
  Hello from Kubernetes storage
  $ exit
  exit
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolume
  > metadata:
  >   name: task-pv-volume
  >   labels:
  >     type: local
  > spec:
  >   storageClassName: manual
  >   capacity:
  >     storage: 10Gi
  >   accessModes:
  >     - ReadWriteOnce
  >   hostPath:
  >     path: "/mnt/data"
  > EOF
  persistentvolume/task-pv-volume created
  $ kubectl get pv task-pv-volume
  NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  task-pv-volume   10Gi       RWO            Retain           Available           manual         <unset>                          0s
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: task-pv-claim
  > spec:
  >   storageClassName: manual
  >   accessModes:
  >     - ReadWriteOnce
  >   resources:
  >     requests:
  >       storage: 3Gi
  > EOF
  persistentvolumeclaim/task-pv-claim created
  $ kubectl get pv task-pv-volume
  NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  task-pv-volume   10Gi       RWO            Retain           Bound    default/task-pv-claim   manual         <unset>                          0s
  $ kubectl get pvc task-pv-claim
  NAME            STATUS   VOLUME           CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  task-pv-claim   Bound    task-pv-volume   10Gi       RWO            manual         <unset>                 0s
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: task-pv-pod
  > spec:
  >   volumes:
  >     - name: task-pv-storage
  >       persistentVolumeClaim:
  >         claimName: task-pv-claim
  >   containers:
  >     - name: task-pv-container
  >       image: nginx
  >       ports:
  >         - containerPort: 80
  >           name: "http-server"
  >       volumeMounts:
  >         - mountPath: "/usr/share/nginx/html"
  >           name: task-pv-storage
  > EOF
  pod/task-pv-pod created
  $ kubectl get pod task-pv-pod
  NAME          READY   STATUS              RESTARTS   AGE
  task-pv-pod   0/1     ContainerCreating   0          0s
  $ sleep 10
  $ kubectl get pod task-pv-pod -o wide
  NAME          READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  task-pv-pod   1/1     Running   0          10s   10.244.1.8   tk8s-worker2   <none>           <none>
  $ kubectl exec -it task-pv-pod -- /bin/bash
  $ curl http://localhost/
  Hello from Kubernetes storage
  $ exit
  exit
  $ kubectl delete pod task-pv-pod
  pod "task-pv-pod" deleted
  $ kubectl delete pvc task-pv-claim
  persistentvolumeclaim "task-pv-claim" deleted
  $ kubectl delete pv task-pv-volume
  persistentvolume "task-pv-volume" deleted
