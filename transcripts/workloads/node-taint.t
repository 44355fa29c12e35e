Taints keep pods off nodes. With a NoSchedule taint on every node a new pod stays Pending, and the
scheduler says which taint it does not tolerate; a pod that tolerates the taint is placed. A
NoExecute taint also evicts the pods already on the node that do not tolerate it.
  $ kubectl taint nodes --all dedicated=gpu:NoSchedule
  node/tk8s-control-plane tainted
  node/tk8s-worker1 tainted
  node/tk8s-worker2 tainted
  $ kubectl taint nodes tk8s-worker1 dedicated=gpu:NoSchedule
  error: node tk8s-worker1 already has dedicated taint(s) with same effect(s) and --overwrite is false
  $ kubectl run plain --image=nginx
  pod/plain created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: tolerant
  > spec:
  >   nodeSelector:
  >     kubernetes.io/hostname: tk8s-worker2
  >   tolerations:
  >   - key: dedicated
  >     operator: Equal
  >     value: gpu
  >     effect: NoSchedule
  >   containers:
  >   - name: nginx
  >     image: nginx
  > EOF
  pod/tolerant created
  $ sleep 5
  $ kubectl get pods -o wide
  NAME       READY   STATUS              RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb      1/1     Running             0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  plain      0/1     Pending             0          5s    <none>         <none>         <none>           <none>
  tolerant   0/1     ContainerCreating   0          5s    10.244.1.8     tk8s-worker2   <none>           <none>
  $ kubectl get events
  LAST SEEN   TYPE      REASON             OBJECT         MESSAGE
  5s          Warning   FailedScheduling   pod/plain      0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
  5s          Normal    Scheduled          pod/tolerant   Successfully assigned default/tolerant to tk8s-worker2
  3s          Normal    Pulling            pod/tolerant   Pulling image "nginx"
  $ kubectl taint nodes --all dedicated:NoSchedule-
  node/tk8s-control-plane untainted
  node/tk8s-worker1 untainted
  node/tk8s-worker2 untainted
  $ kubectl taint nodes tk8s-worker1 dedicated:NoSchedule-
  error: taint "dedicated:NoSchedule" not found
  $ sleep 5
  $ kubectl get pods -o wide
  NAME       READY   STATUS              RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  goweb      1/1     Running             0          95m   10.244.0.141   tk8s-worker1         <none>           <none>
  plain      0/1     ContainerCreating   0          10s   10.244.0.16    tk8s-control-plane   <none>           <none>
  tolerant   1/1     Running             0          10s   10.244.1.8     tk8s-worker2         <none>           <none>
  $ kubectl taint nodes tk8s-worker1 maintenance=now:NoExecute
  node/tk8s-worker1 tainted
  $ sleep 5
  $ kubectl get pods -o wide
  NAME       READY   STATUS    RESTARTS   AGE   IP            NODE                 NOMINATED NODE   READINESS GATES
  plain      1/1     Running   0          15s   10.244.0.16   tk8s-control-plane   <none>           <none>
  tolerant   1/1     Running   0          15s   10.244.1.8    tk8s-worker2         <none>           <none>
  $ kubectl taint nodes tk8s-worker1 maintenance-
  node/tk8s-worker1 untainted
  $ kubectl taint nodes tk8s-worker1 bad=taint:Sometimes
  error: invalid taint effect: Sometimes, unsupported taint effect
  See 'kubectl taint -h' for help and examples
