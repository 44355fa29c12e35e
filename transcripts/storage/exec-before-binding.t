A pod whose claim waits for its first consumer is not bound to a node until the provisioner has
made its volume: until then there is no kubelet to run a command in it, and the apiserver says so.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: data
  > spec:
  >   storageClassName: local-path
  >   accessModes: [ReadWriteOnce]
  >   resources:
  >     requests:
  >       storage: 1Gi
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: writer
  > spec:
  >   containers:
  >   - name: c
  >     image: busybox
  >     command: [sleep, "3600"]
  >     volumeMounts:
  >     - name: d
  >       mountPath: /data
  >   volumes:
  >   - name: d
  >     persistentVolumeClaim:
  >       claimName: data
  > EOF
  persistentvolumeclaim/data created
  pod/writer created
  $ kubectl get pod writer -o jsonpath='node=[{.spec.nodeName}]{"\n"}'
  node=[]
  $ kubectl exec writer -- ls /data
  Error from server (BadRequest): pod writer does not have a host assigned
  $ echo $?
  1
  $ kubectl attach writer
  If you don't see a command prompt, try pressing enter.
  Error from server (BadRequest): pod writer does not have a host assigned
  $ sleep 30
  $ kubectl get pod writer -o jsonpath='node=[{.spec.nodeName}]{"\n"}'
  node=[tk8s-worker2]
  $ kubectl exec writer -- sh -c 'echo hello > /data/f; cat /data/f'
  hello
