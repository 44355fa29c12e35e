A DaemonSet runs one pod on every node it may run on. Each pod is pinned to its node by node
affinity and placed by the scheduler. A NoSchedule taint the pods do not tolerate only keeps new
pods off; a NoExecute taint sends the node's pod away, and removing it brings one back.
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
  logger-2dwz6   1/1     Running   0          10s   10.244.0.142   tk8s-worker1         <none>           <none>
  logger-2mvwh   1/1     Running   0          10s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-ssx4f   1/1     Running   0          10s   10.244.1.8     tk8s-worker2         <none>           <none>
  $ kubectl taint nodes tk8s-worker2 audit=on:NoSchedule
  node/tk8s-worker2 tainted
  $ sleep 5
  $ kubectl get ds logger
  NAME     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  logger   2         2         2       2            2           <none>          15s
  $ kubectl get pods -o wide -l app=logger
  NAME           READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-2dwz6   1/1     Running   0          15s   10.244.0.142   tk8s-worker1         <none>           <none>
  logger-2mvwh   1/1     Running   0          15s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-ssx4f   1/1     Running   0          15s   10.244.1.8     tk8s-worker2         <none>           <none>
  $ kubectl taint nodes tk8s-worker2 audit=on:NoExecute
  node/tk8s-worker2 tainted
  $ sleep 5
  $ kubectl get ds logger
  NAME     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  logger   2         2         2       2            2           <none>          20s
  $ kubectl get pods -o wide -l app=logger
  NAME           READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-2dwz6   1/1     Running   0          20s   10.244.0.142   tk8s-worker1         <none>           <none>
  logger-2mvwh   1/1     Running   0          20s   10.244.0.16    tk8s-control-plane   <none>           <none>
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
  NAME           READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  logger-2dwz6   1/1     Running   0          30s   10.244.0.142   tk8s-worker1         <none>           <none>
  logger-2mvwh   1/1     Running   0          30s   10.244.0.16    tk8s-control-plane   <none>           <none>
  logger-lmqjk   1/1     Running   0          10s   10.244.1.9     tk8s-worker2         <none>           <none>
  $ kubectl get events
  LAST SEEN   TYPE     REASON                 OBJECT             MESSAGE
  30s         Normal   Scheduled              pod/logger-2dwz6   Successfully assigned default/logger-2dwz6 to tk8s-worker1
  28s         Normal   Pulling                pod/logger-2dwz6   Pulling image "busybox"
  28s         Normal   Pulled                 pod/logger-2dwz6   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  28s         Normal   Created                pod/logger-2dwz6   Created container: logger
  28s         Normal   Started                pod/logger-2dwz6   Started container logger
  30s         Normal   Scheduled              pod/logger-2mvwh   Successfully assigned default/logger-2mvwh to tk8s-control-plane
  28s         Normal   Pulling                pod/logger-2mvwh   Pulling image "busybox"
  28s         Normal   Pulled                 pod/logger-2mvwh   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  28s         Normal   Created                pod/logger-2mvwh   Created container: logger
  28s         Normal   Started                pod/logger-2mvwh   Started container logger
  10s         Normal   Scheduled              pod/logger-lmqjk   Successfully assigned default/logger-lmqjk to tk8s-worker2
  8s          Normal   Pulling                pod/logger-lmqjk   Pulling image "busybox"
  8s          Normal   Pulled                 pod/logger-lmqjk   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  8s          Normal   Created                pod/logger-lmqjk   Created container: logger
  8s          Normal   Started                pod/logger-lmqjk   Started container logger
  30s         Normal   Scheduled              pod/logger-ssx4f   Successfully assigned default/logger-ssx4f to tk8s-worker2
  28s         Normal   Pulling                pod/logger-ssx4f   Pulling image "busybox"
  28s         Normal   Pulled                 pod/logger-ssx4f   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  28s         Normal   Created                pod/logger-ssx4f   Created container: logger
  28s         Normal   Started                pod/logger-ssx4f   Started container logger
  15s         Normal   TaintManagerEviction   pod/logger-ssx4f   Marking for deletion Pod default/logger-ssx4f
  15s         Normal   Killing                pod/logger-ssx4f   Stopping container logger
  30s         Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-2mvwh
  30s         Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-2dwz6
  30s         Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-ssx4f
  10s         Normal   SuccessfulCreate       daemonset/logger   Created pod: logger-lmqjk
