What a container's own command writes lands where it writes it, at the moment it writes it: in
a claimed volume (kept for the next pod on the claim), an emptyDir (gone with the pod), a
hostPath (the node's own directory) or the container's own layer. A restarted container runs
its command again and appends again; output sent to a file is not in the log.
  $ kubectl apply -f ~/tk/wulin/yaml/pvc-nginx.yaml
  persistentvolumeclaim/nginx-storage created
  $ cat <<EOF > writer.yaml
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: writer
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sh", "-c", "echo hello > /data/a.txt; date >> /data/log; echo started; sleep 3600"]
  >     volumeMounts:
  >     - name: data
  >       mountPath: /data
  >   volumes:
  >   - name: data
  >     persistentVolumeClaim:
  >       claimName: nginx-storage
  > EOF
  $ kubectl apply -f writer.yaml
  pod/writer created
  $ sleep 30
  $ kubectl exec writer -- cat /data/a.txt
  hello
  $ kubectl exec writer -- cat /data/log
  Wed Apr 23 07:25:05 UTC 2025
  $ kubectl logs writer
  started
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
  >     - name: data
  >       mountPath: /data
  >   volumes:
  >   - name: data
  >     persistentVolumeClaim:
  >       claimName: nginx-storage
  > EOF
  pod/reader created
  $ sleep 20
  $ kubectl exec reader -- cat /data/a.txt /data/log
  hello
  Wed Apr 23 07:25:05 UTC 2025
  $ kubectl exec reader -- ls -l /data
  total 8
  -rw-r--r--    1 root     root             6 Apr 23 07:25 a.txt
  -rw-r--r--    1 root     root            29 Apr 23 07:25 log
  $ sudo podman exec tk8s-worker2 sh -c 'cat /opt/local-path-provisioner/pvc-*/a.txt'
  hello
  $ kubectl delete pod reader
  pod "reader" deleted
The container below exits after a minute and restarts; each run appends a line.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: counter
  > spec:
  >   nodeName: tk8s-worker1
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sh", "-c", "date >> /host/runs; echo run > /cache/mark; mkdir -p /tmp/own; touch /tmp/own/x; sleep 60"]
  >     volumeMounts:
  >     - name: cache
  >       mountPath: /cache
  >     - name: host
  >       mountPath: /host
  >   volumes:
  >   - name: cache
  >     emptyDir: {}
  >   - name: host
  >     hostPath:
  >       path: /srv/runs
  >       type: DirectoryOrCreate
  > EOF
  pod/counter created
  $ sleep 150
  $ kubectl get pod counter
  NAME      READY   STATUS    RESTARTS      AGE
  counter   1/1     Running   2 (26s ago)   2m30s
  $ sudo podman exec tk8s-worker1 cat /srv/runs/runs
  Wed Apr 23 07:26:52 UTC 2025
  Wed Apr 23 07:27:54 UTC 2025
  Wed Apr 23 07:29:05 UTC 2025
  $ kubectl exec counter -- ls /tmp/own
  x
  $ kubectl exec counter -- cat /cache/mark
  run
  $ UID_=$(kubectl get pod counter -o jsonpath='{.metadata.uid}')
  $ sudo podman exec tk8s-worker1 cat /var/lib/kubelet/pods/$UID_/volumes/kubernetes.io~empty-dir/cache/mark
  run
  $ kubectl delete pod counter
  pod "counter" deleted
  $ sudo podman exec tk8s-worker1 ls /var/lib/kubelet/pods/$UID_
  ls: cannot access '/var/lib/kubelet/pods/1c37de22-ece0-4ac9-bea8-82e0d0eaad33': No such file or directory
  $ sudo podman exec tk8s-worker1 cat /srv/runs/runs
  Wed Apr 23 07:26:52 UTC 2025
  Wed Apr 23 07:27:54 UTC 2025
  Wed Apr 23 07:29:05 UTC 2025
