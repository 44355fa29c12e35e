Files a pod writes into a claimed volume land in the local-path folder on its node, so the
node container sees them, and the next pod that mounts the claim finds them. Deleting the
claim (reclaim policy Delete) removes the volume and its folder with the data.
  $ kubectl apply -f ~/tk/wulin/yaml/pvc-nginx.yaml
  persistentvolumeclaim/nginx-storage created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: writer
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sleep", "3600"]
  >     volumeMounts:
  >     - name: web
  >       mountPath: /data
  >   volumes:
  >   - name: web
  >     persistentVolumeClaim:
  >       claimName: nginx-storage
  > EOF
  pod/writer created
  $ sleep 30
  $ kubectl get pod writer -o wide
  NAME     READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  writer   1/1     Running   0          30s   10.244.1.9   tk8s-worker2   <none>           <none>
  $ kubectl exec writer -- sh -c 'echo "hello from writer" > /data/index.html'
  $ kubectl exec writer -- cat /data/index.html
  hello from writer
  $ kubectl get pv -o jsonpath='{.items[0].spec.hostPath.path}{"\n"}'
  /opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_nginx-storage
  $ sudo podman exec tk8s-worker2 sh -c 'cat /opt/local-path-provisioner/pvc-*/index.html'
  hello from writer
  $ kubectl delete pod writer
  pod "writer" deleted
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: reader
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sleep", "3600"]
  >     volumeMounts:
  >     - name: web
  >       mountPath: /usr/share/data
  >   volumes:
  >   - name: web
  >     persistentVolumeClaim:
  >       claimName: nginx-storage
  > EOF
  pod/reader created
  $ sleep 30
  $ kubectl get pod reader -o wide
  NAME     READY   STATUS    RESTARTS   AGE   IP            NODE           NOMINATED NODE   READINESS GATES
  reader   1/1     Running   0          30s   10.244.1.10   tk8s-worker2   <none>           <none>
  $ kubectl exec reader -- cat /usr/share/data/index.html
  hello from writer
  $ sudo podman exec tk8s-worker2 sh -c 'echo "from the node" >> /opt/local-path-provisioner/pvc-*/index.html'
  $ kubectl exec reader -- cat /usr/share/data/index.html
  hello from writer
  from the node
  $ kubectl delete pod reader
  pod "reader" deleted
  $ kubectl delete pvc nginx-storage
  persistentvolumeclaim "nginx-storage" deleted
  $ sleep 10
  $ kubectl get pv
  No resources found
  $ sudo podman exec tk8s-worker2 ls /opt/local-path-provisioner
