How the local-path provisioner makes and removes a volume's folder: for each volume it runs a
short-lived helper pod (the `helperPod.yaml` of its ConfigMap) on the chosen node, in its own
namespace, with the node's folder mounted and the ConfigMap's `setup` or `teardown` script as its
command. The pod has its node set already, so no Scheduled event; the provisioner checks it every
second, and once it has Succeeded logs its output, deletes it, and only then stores the volume.
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
  >   name: app
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
  >       claimName: data
  > EOF
  persistentvolumeclaim/data created
  pod/app created
  $ kubectl get pods -n local-path-storage -o wide
  NAME                                                         READY   STATUS              RESTARTS        AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   0/1     ContainerCreating   0               0s    10.244.1.8   tk8s-worker2   <none>           <none>
  local-path-provisioner-84944977bd-fpmmz                      1/1     Running             3 (6h44m ago)   46h   10.244.1.7   tk8s-worker2   <none>           <none>
  $ kubectl get pvc,pv
  NAME                         STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data   Pending                                      local-path     <unset>                 0s
  $ kubectl get pod -n local-path-storage helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 -o jsonpath='{.spec.containers[0].command}{"\n"}{.spec.containers[0].args}{"\n"}{.spec.containers[0].env}{"\n"}{.spec.volumes[0]}{"\n"}{.spec.restartPolicy}{"\n"}'
  ["/bin/sh","/script/setup"]
  ["-p","/opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_data","-s","1073741824","-m","Filesystem","-a","create"]
  [{"name":"VOL_DIR","value":"/opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_data"},{"name":"VOL_MODE","value":"Filesystem"},{"name":"VOL_SIZE_BYTES","value":"1073741824"}]
  {"hostPath":{"path":"/opt/local-path-provisioner/","type":"DirectoryOrCreate"},"name":"data"}
  Never
  $ sudo podman exec tk8s-worker2 ls /opt/local-path-provisioner
  ls: cannot access '/opt/local-path-provisioner': No such file or directory
  $ sleep 2
  $ kubectl get pods -n local-path-storage
  NAME                                                         READY   STATUS              RESTARTS        AGE
  helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   0/1     ContainerCreating   0               2s
  local-path-provisioner-84944977bd-fpmmz                      1/1     Running             3 (6h44m ago)   46h
  $ sleep 1
  $ kubectl get pods -n local-path-storage
  NAME                                      READY   STATUS    RESTARTS        AGE
  local-path-provisioner-84944977bd-fpmmz   1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pvc,pv
  NAME                         STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data   Bound    pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   1Gi        RWO            local-path     <unset>                 3s
  
  NAME                                                        CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM          STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  persistentvolume/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   1Gi        RWO            Delete           Bound    default/data   local-path     <unset>                          0s
  $ sudo podman exec tk8s-worker2 ls -l /opt/local-path-provisioner
  total 4
  drwxrwxrwx 1 root root 4096 Apr 23 07:25 pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_data
  $ kubectl get events -n local-path-storage
  LAST SEEN   TYPE     REASON    OBJECT                                                           MESSAGE
  1s          Normal   Pulling   pod/helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   Pulling image "busybox"
  1s          Normal   Pulled    pod/helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  1s          Normal   Created   pod/helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   Created container: helper-pod
  1s          Normal   Started   pod/helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   Started container helper-pod
  $ kubectl logs -n local-path-storage deploy/local-path-provisioner
  time="2025-04-23T07:25:00Z" level=info msg="Creating volume pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 at tk8s-worker2:/opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_data"
  time="2025-04-23T07:25:00Z" level=info msg="create the helper pod helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 into local-path-storage"
  time="2025-04-23T07:25:03Z" level=info msg="Volume pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 has been created on tk8s-worker2:/opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_data"
  time="2025-04-23T07:25:03Z" level=info msg="Start of helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 logs"
  time="2025-04-23T07:25:03Z" level=info msg="End of helper-pod-create-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 logs"

Deleting the claim: the volume is Released, a helper pod runs `teardown` on the node (removing
the folder and its data), and then the volume goes.
  $ kubectl delete pod app
  pod "app" deleted
  $ kubectl delete pvc data
  persistentvolumeclaim "data" deleted
  $ kubectl get pods -n local-path-storage
  NAME                                                         READY   STATUS              RESTARTS        AGE
  helper-pod-delete-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   0/1     ContainerCreating   0               0s
  local-path-provisioner-84944977bd-fpmmz                      1/1     Running             3 (6h44m ago)   46h
  $ kubectl get pv
  NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS     CLAIM          STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
  pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32   1Gi        RWO            Delete           Released   default/data   local-path     <unset>                          1s
  $ sleep 5
  $ kubectl get pv
  No resources found
  $ sudo podman exec tk8s-worker2 ls -l /opt/local-path-provisioner
  total 0
  $ kubectl logs -n local-path-storage deploy/local-path-provisioner --tail=5
  time="2025-04-23T07:25:04Z" level=info msg="Deleting volume pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 at tk8s-worker2:/opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_data"
  time="2025-04-23T07:25:04Z" level=info msg="create the helper pod helper-pod-delete-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 into local-path-storage"
  time="2025-04-23T07:25:07Z" level=info msg="Volume pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 has been deleted on tk8s-worker2:/opt/local-path-provisioner/pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32_default_data"
  time="2025-04-23T07:25:07Z" level=info msg="Start of helper-pod-delete-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 logs"
  time="2025-04-23T07:25:07Z" level=info msg="End of helper-pod-delete-pvc-7a56ddf8-b0ed-48d1-9008-a1faab5feb32 logs"
