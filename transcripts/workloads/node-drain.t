Cordon and drain a worker. Cordoning stops new pods from landing on it; draining cordons it, then
evicts its pods and waits until they are gone. DaemonSet pods and pods no controller would recreate
stop the drain unless flags allow them; the Deployment's ReplicaSet starts its evicted pod again on
another node, while the bare pod goweb is gone for good.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ sleep 30
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          30s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          30s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          30s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ kubectl cordon tk8s-worker1
  node/tk8s-worker1 cordoned
  $ kubectl cordon tk8s-worker1
  node/tk8s-worker1 already cordoned
  $ kubectl get nodes
  NAME                 STATUS                     ROLES           AGE   VERSION
  tk8s-control-plane   Ready                      control-plane   46h   v1.32.2
  tk8s-worker1         Ready,SchedulingDisabled   <none>          46h   v1.32.2
  tk8s-worker2         Ready                      <none>          46h   v1.32.2
  $ kubectl drain tk8s-worker1
  node/tk8s-worker1 already cordoned
  error: unable to drain node "tk8s-worker1" due to error: [cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd, cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b, cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb], continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd
  cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b
  cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb
  $ kubectl drain tk8s-worker1 --ignore-daemonsets
  node/tk8s-worker1 already cordoned
  error: unable to drain node "tk8s-worker1" due to error: [cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b, cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb], continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b
  cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --force --delete-emptydir-data
  node/tk8s-worker1 already cordoned
  Warning: deleting Pods that declare no controller: default/goweb; ignoring DaemonSet-managed Pods: kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd
  evicting pod default/goweb
  evicting pod default/web-65d846d465-c89zj
  evicting pod kube-system/metrics-server-8467fcc7b7-d9x4b
  pod/goweb evicted
  pod/web-65d846d465-c89zj evicted
  pod/metrics-server-8467fcc7b7-d9x4b evicted
  node/tk8s-worker1 drained
  $ kubectl get pods -o wide
  NAME                   READY   STATUS              RESTARTS   AGE   IP            NODE           NOMINATED NODE   READINESS GATES
  web-65d846d465-9sjxk   1/1     Running             0          31s   10.244.1.8    tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running             0          31s   10.244.1.9    tk8s-worker2   <none>           <none>
  web-65d846d465-d52dn   0/1     ContainerCreating   0          1s    10.244.1.10   tk8s-worker2   <none>           <none>
  $ sleep 30
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP            NODE           NOMINATED NODE   READINESS GATES
  web-65d846d465-9sjxk   1/1     Running   0          61s   10.244.1.8    tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          61s   10.244.1.9    tk8s-worker2   <none>           <none>
  web-65d846d465-d52dn   1/1     Running   0          31s   10.244.1.10   tk8s-worker2   <none>           <none>
  $ kubectl get ds -n kube-system
  NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE
  canal        3         3         3       3            3           kubernetes.io/os=linux   46h
  kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   46h
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 uncordoned
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 already uncordoned
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
