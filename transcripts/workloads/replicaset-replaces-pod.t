The notes' CSI experiment: delete the local-path provisioner's pod, and its ReplicaSet makes a
new one under a new name. kubectl waits until the old pod has gone.
  $ kubectl get all -n local-path-storage
  NAME                                          READY   STATUS    RESTARTS        AGE
  pod/local-path-provisioner-84944977bd-fpmmz   1/1     Running   3 (6h44m ago)   46h
  
  NAME                                     READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/local-path-provisioner   1/1     1            1           46h
  
  NAME                                                DESIRED   CURRENT   READY   AGE
  replicaset.apps/local-path-provisioner-84944977bd   1         1         1       46h
  $ kubectl delete pod/local-path-provisioner-84944977bd-fpmmz -n local-path-storage
  pod "local-path-provisioner-84944977bd-fpmmz" deleted
  $ kubectl get pods -n local-path-storage -o wide
  NAME                                      READY   STATUS              RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  local-path-provisioner-84944977bd-65f9v   0/1     ContainerCreating   0          1s    10.244.1.8   tk8s-worker2   <none>           <none>
  $ sleep 10
  $ kubectl get pods -n local-path-storage -o wide
  NAME                                      READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  local-path-provisioner-84944977bd-65f9v   1/1     Running   0          11s   10.244.1.8   tk8s-worker2   <none>           <none>
