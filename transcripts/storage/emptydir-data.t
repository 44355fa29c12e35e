An emptyDir volume lives in the pod's own directory on its node and goes with the pod: a new
pod of the same name starts with an empty one. A hostPath volume is the node's own directory,
and what is written there stays on that node.
  $ cat <<EOF > scratch.yaml
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: scratch
  > spec:
  >   nodeName: tk8s-worker1
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sleep", "3600"]
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
  >       path: /srv/shared
  >       type: DirectoryOrCreate
  > EOF
  $ kubectl apply -f scratch.yaml
  pod/scratch created
  $ sleep 20
  $ kubectl exec scratch -- sh -c 'echo cached > /cache/note; echo kept > /host/note'
  $ kubectl exec scratch -- ls /cache /host
  /cache:
  note
  
  /host:
  note
  $ UID_=$(kubectl get pod scratch -o jsonpath='{.metadata.uid}')
  $ sudo podman exec tk8s-worker1 cat /var/lib/kubelet/pods/$UID_/volumes/kubernetes.io~empty-dir/cache/note
  cached
  $ sudo podman exec tk8s-worker1 cat /srv/shared/note
  kept
  $ kubectl delete pod scratch
  pod "scratch" deleted
  $ sudo podman exec tk8s-worker1 ls /var/lib/kubelet/pods/$UID_
  ls: cannot access '/var/lib/kubelet/pods/7a56ddf8-b0ed-48d1-9008-a1faab5feb32': No such file or directory
  $ kubectl apply -f scratch.yaml
  pod/scratch created
  $ sleep 20
  $ kubectl exec scratch -- ls /cache
  $ kubectl exec scratch -- cat /cache/note
  cat: /cache/note: No such file or directory
  command terminated with exit code 1
  $ kubectl exec scratch -- cat /host/note
  kept
