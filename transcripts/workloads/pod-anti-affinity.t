Required pod anti-affinity by hostname: no two cache pods on one node. The lab has three nodes
(its control plane takes pods), so a fourth replica fits nowhere and stays Pending; the
scheduler's message counts the nodes that rejected it, and preemption cannot help, as no pod
of lower priority is in the way. Scaling down to three leaves every node one pod.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: cache
  > spec:
  >   replicas: 4
  >   selector:
  >     matchLabels:
  >       app: cache
  >   template:
  >     metadata:
  >       labels:
  >         app: cache
  >     spec:
  >       affinity:
  >         podAntiAffinity:
  >           requiredDuringSchedulingIgnoredDuringExecution:
  >           - labelSelector:
  >               matchLabels:
  >                 app: cache
  >             topologyKey: kubernetes.io/hostname
  >       containers:
  >       - name: redis
  >         image: redis
  > EOF
  deployment.apps/cache created
  $ sleep 10
  $ kubectl get pods -o wide -l app=cache
  NAME                     READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  cache-5db4fc5d45-9sjxk   1/1     Running   0          10s   10.244.1.8     tk8s-worker2         <none>           <none>
  cache-5db4fc5d45-c89zj   1/1     Running   0          10s   10.244.0.142   tk8s-worker1         <none>           <none>
  cache-5db4fc5d45-c9dcc   1/1     Running   0          10s   10.244.0.16    tk8s-control-plane   <none>           <none>
  cache-5db4fc5d45-tl7pz   0/1     Pending   0          10s   <none>         <none>               <none>           <none>
  $ kubectl get events --field-selector reason=FailedScheduling
  LAST SEEN   TYPE      REASON             OBJECT                       MESSAGE
  10s         Warning   FailedScheduling   pod/cache-5db4fc5d45-tl7pz   0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.
  $ kubectl describe pod cache-5db4fc5d45-tl7pz | sed -n '/^Conditions/,/^Volumes/p'
  Conditions:
    Type           Status
    PodScheduled   False 
  Volumes:
  $ kubectl describe pod cache-5db4fc5d45-tl7pz | tail -4
  Events:
    Type     Reason            Age   From               Message
    ----     ------            ----  ----               -------
    Warning  FailedScheduling  10s   default-scheduler  0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.
  $ kubectl get deploy cache
  NAME    READY   UP-TO-DATE   AVAILABLE   AGE
  cache   3/4     4            3           10s
  $ kubectl scale deploy cache --replicas=3
  deployment.apps/cache scaled
  $ sleep 2
  $ kubectl get pods -o wide -l app=cache
  NAME                     READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  cache-5db4fc5d45-9sjxk   1/1     Running   0          12s   10.244.1.8     tk8s-worker2         <none>           <none>
  cache-5db4fc5d45-c89zj   1/1     Running   0          12s   10.244.0.142   tk8s-worker1         <none>           <none>
  cache-5db4fc5d45-c9dcc   1/1     Running   0          12s   10.244.0.16    tk8s-control-plane   <none>           <none>
