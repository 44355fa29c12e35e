A DaemonSet runs one pod on every node it may run on. Each pod is pinned to its node by node
affinity and placed by the scheduler. A NoSchedule taint the pods do not tolerate only keeps new
pods off; a NoExecute taint sends the node's pod away, and removing it brings one back. The
evicted pod's shell ignores SIGTERM, so it stays Terminating for its 30 second grace period, and
the node gets its new pod only once the old one has gone.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: DaemonSet
  > metadata:
  >   name: logger
  > spec:
  >   selector:
  >     matchLabels:
  >       app: logger
  >   template:
  >     metadata:
  >       labels:
  >         app: logger
  >     spec:
  >       containers:
  >       - name: logger
  >         image: busybox
  >         command: ["sh", "-c", "while true; do sleep 3600; done"]
  > EOF
  daemonset.apps/logger created
  $ sleep 10
  $ kubectl get ds logger
  NAME     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  logger   3         3         3       3            3           <none>          10s
  $ kubectl get pods -o wide -l app=logger
  NAME           READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-9sjxk   1/1     Running   0          10s   10.244.1.8     tk8s-worker2         <none>           <none>
  logger-c89zj   1/1     Running   0          10s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-c9dcc   1/1     Running   0          10s   10.244.0.142   tk8s-worker1         <none>           <none>
  $ kubectl taint nodes tk8s-worker2 audit=on:NoSchedule
  node/tk8s-worker2 tainted
  $ sleep 5
  $ kubectl get ds logger
  NAME     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  logger   2         2         2       2            2           <none>          15s
  $ kubectl get pods -o wide -l app=logger
  NAME           READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-9sjxk   1/1     Running   0          15s   10.244.1.8     tk8s-worker2         <none>           <none>
  logger-c89zj   1/1     Running   0          15s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-c9dcc   1/1     Running   0          15s   10.244.0.142   tk8s-worker1         <none>           <none>
  $ kubectl taint nodes tk8s-worker2 audit=on:NoExecute
  node/tk8s-worker2 tainted
  $ sleep 5
  $ kubectl get ds logger
  NAME     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  logger   2         2         2       2            2           <none>          20s
  $ kubectl get pods -o wide -l app=logger
  NAME           READY   STATUS        RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-9sjxk   1/1     Terminating   0          20s   10.244.1.8     tk8s-worker2         <none>           <none>
  logger-c89zj   1/1     Running       0          20s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-c9dcc   1/1     Running       0          20s   10.244.0.142   tk8s-worker1         <none>           <none>
  $ kubectl get ds -n kube-system
  NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE
  canal        3         3         3       3            3           kubernetes.io/os=linux   46h
  kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   46h
  $ kubectl taint nodes tk8s-worker2 audit-
  node/tk8s-worker2 untainted
  $ sleep 10
  $ kubectl get ds logger
  NAME     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  logger   3         3         3       3            3           <none>          30s
  $ kubectl get pods -o wide -l app=logger
  NAME           READY   STATUS        RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-9sjxk   1/1     Terminating   0          30s   10.244.1.8     tk8s-worker2         <none>           <none>
  logger-c89zj   1/1     Running       0          30s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-c9dcc   1/1     Running       0          30s   10.244.0.142   tk8s-worker1         <none>           <none>
  $ sleep 20
  $ kubectl get pods -o wide -l app=logger
  NAME           READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-c89zj   1/1     Running   0          50s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-c9dcc   1/1     Running   0          50s   10.244.0.142   tk8s-worker1         <none>           <none>
  logger-spfw8   1/1     Running   0          5s    10.244.1.9     tk8s-worker2         <none>           <none>
  $ kubectl get events
  LAST SEEN   TYPE     REASON                 OBJECT             MESSAGE
  50s         Normal   Scheduled              pod/logger-9sjxk   Successfully assigned default/logger-9sjxk to tk8s-worker2
  48s         Normal   Pulling                pod/logger-9sjxk   Pulling image "busybox"
  48s         Normal   Pulled                 pod/logger-9sjxk   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  48s         Normal   Created                pod/logger-9sjxk   Created container: logger
  48s         Normal   Started                pod/logger-9sjxk   Started container logger
  35s         Normal   TaintManagerEviction   pod/logger-9sjxk   Marking for deletion Pod default/logger-9sjxk
  35s         Normal   Killing                pod/logger-9sjxk   Stopping container logger
  50s         Normal   Scheduled              pod/logger-c89zj   Successfully assigned default/logger-c89zj to tk8s-control-plane
  48s         Normal   Pulling                pod/logger-c89zj   Pulling image "busybox"
  48s         Normal   Pulled                 pod/logger-c89zj   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  48s         Normal   Created                pod/logger-c89zj   Created container: logger
  48s         Normal   Started                pod/logger-c89zj   Started container logger
  50s         Normal   Scheduled              pod/logger-c9dcc   Successfully assigned default/logger-c9dcc to tk8s-worker1
  48s         Normal   Pulling                pod/logger-c9dcc   Pulling image "busybox"
  48s         Normal   Pulled                 pod/logger-c9dcc   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  48s         Normal   Created                pod/logger-c9dcc   Created container: logger
  48s         Normal   Started                pod/logger-c9dcc   Started container logger
  5s          Normal   Scheduled              pod/logger-spfw8   Successfully assigned default/logger-spfw8 to tk8s-worker2
  3s          Normal   Pulling                pod/logger-spfw8   Pulling image "busybox"
  3s          Normal   Pulled                 pod/logger-spfw8   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  3s          Normal   Created                pod/logger-spfw8   Created container: logger
  3s          Normal   Started                pod/logger-spfw8   Started container logger
  50s         Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-c89zj
  50s         Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-c9dcc
  50s         Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-9sjxk
  5s          Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-spfw8
