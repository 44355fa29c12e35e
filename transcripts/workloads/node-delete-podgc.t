Deleting a Node object does not delete its pods at once. The pod garbage collector, which
looks every 20 seconds, first keeps a missing node in quarantine for 40 seconds; then each of
its pods turns Failed with a DisruptionTarget condition (DeletionByPodGC) and is deleted with
no grace period. Only then does the ReplicaSet replace them elsewhere. DaemonSet pods of the
node are not replaced: the node is gone.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ sleep 10
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          10s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          10s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          10s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ kubectl delete node tk8s-worker2
  node "tk8s-worker2" deleted
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  $ sleep 30
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          96m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          40s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          40s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          40s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ kubectl get pods -o wide -w
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          96m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          40s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          40s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          40s   10.244.1.9     tk8s-worker2   <none>           <none>
  web-65d846d465-9sjxk   1/1     Failed    0          60s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-9sjxk   1/1     Failed    0          60s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Failed    0          60s   10.244.1.9     tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Failed    0          60s   10.244.1.9     tk8s-worker2   <none>           <none>
  web-65d846d465-d52dn   0/1     Pending   0          0s    <none>         <none>         <none>           <none>
  web-65d846d465-8p647   0/1     Pending   0          0s    <none>         <none>         <none>           <none>
  web-65d846d465-8p647   0/1     Pending   0          0s    <none>         tk8s-worker1   <none>           <none>
  web-65d846d465-d52dn   0/1     Pending   0          0s    <none>         tk8s-worker1   <none>           <none>
  web-65d846d465-8p647   0/1     ContainerCreating   0          0s    10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-d52dn   0/1     ContainerCreating   0          0s    10.244.0.144   tk8s-worker1   <none>           <none>
  web-65d846d465-8p647   1/1     Running             0          2s    10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-d52dn   1/1     Running             0          2s    10.244.0.144   tk8s-worker1   <none>           <none>
  $ kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=tk8s-worker2
  No resources found in kube-system namespace.
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    3/3     3            3           2m2s
