With maxSurge 1 and maxUnavailable 0 a DaemonSet starts the new pod beside the old one on a
node, and the old one goes once the new one is ready, so every node keeps a ready pod. With
minReadySeconds the next node waits until the new pod has been ready that long.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: DaemonSet
  > metadata:
  >   name: agent
  >   labels:
  >     app: agent
  > spec:
  >   selector:
  >     matchLabels:
  >       app: agent
  >   minReadySeconds: 10
  >   updateStrategy:
  >     rollingUpdate:
  >       maxSurge: 1
  >       maxUnavailable: 0
  >   template:
  >     metadata:
  >       labels:
  >         app: agent
  >     spec:
  >       containers:
  >       - name: agent
  >         image: nginx:1.27
  > EOF
  daemonset.apps/agent created
  $ sleep 30
  $ kubectl get ds agent -o yaml | grep -A5 updateStrategy
        {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"annotations":{},"labels":{"app":"agent"},"name":"agent","namespace":"default"},"spec":{"minReadySeconds":10,"selector":{"matchLabels":{"app":"agent"}},"template":{"metadata":{"labels":{"app":"agent"}},"spec":{"containers":[{"image":"nginx:1.27","name":"agent"}]}},"updateStrategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    generation: 1
    labels:
      app: agent
    name: agent
  --
    updateStrategy:
      rollingUpdate:
        maxSurge: 1
        maxUnavailable: 0
      type: RollingUpdate
  status:
  $ kubectl set image ds/agent agent=nginx:1.28
  daemonset.apps/agent image updated
  $ kubectl get ds,pods -o wide -l app=agent
  NAME                   DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS   IMAGES       SELECTOR
  daemonset.apps/agent   3         3         3       0            3           <none>          30s   agent        nginx:1.28   app=agent
  
  NAME              READY   STATUS              RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  pod/agent-9sjxk   1/1     Running             0          30s   10.244.1.8     tk8s-worker2         <none>           <none>
  pod/agent-c89zj   1/1     Running             0          30s   10.244.0.16    tk8s-control-plane   <none>           <none>
  pod/agent-c9dcc   1/1     Running             0          30s   10.244.0.142   tk8s-worker1         <none>           <none>
  pod/agent-mkprr   0/1     ContainerCreating   0          0s    10.244.0.17    tk8s-control-plane   <none>           <none>
  $ sleep 6
  $ kubectl get ds,pods -o wide -l app=agent
  NAME                   DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS   IMAGES       SELECTOR
  daemonset.apps/agent   3         3         3       0            3           <none>          36s   agent        nginx:1.28   app=agent
  
  NAME              READY   STATUS              RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  pod/agent-9sjxk   1/1     Running             0          36s   10.244.1.8     tk8s-worker2         <none>           <none>
  pod/agent-c89zj   1/1     Running             0          36s   10.244.0.16    tk8s-control-plane   <none>           <none>
  pod/agent-c9dcc   1/1     Running             0          36s   10.244.0.142   tk8s-worker1         <none>           <none>
  pod/agent-mkprr   0/1     ContainerCreating   0          6s    10.244.0.17    tk8s-control-plane   <none>           <none>
  $ sleep 10
  $ kubectl get ds,pods -o wide -l app=agent
  NAME                   DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS   IMAGES       SELECTOR
  daemonset.apps/agent   3         3         3       0            3           <none>          46s   agent        nginx:1.28   app=agent
  
  NAME              READY   STATUS              RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  pod/agent-64nvf   0/1     ContainerCreating   0          0s    10.244.0.143   tk8s-worker1         <none>           <none>
  pod/agent-9sjxk   1/1     Running             0          46s   10.244.1.8     tk8s-worker2         <none>           <none>
  pod/agent-c89zj   1/1     Terminating         0          46s   10.244.0.16    tk8s-control-plane   <none>           <none>
  pod/agent-c9dcc   1/1     Running             0          46s   10.244.0.142   tk8s-worker1         <none>           <none>
  pod/agent-mkprr   1/1     Running             0          16s   10.244.0.17    tk8s-control-plane   <none>           <none>
  $ kubectl rollout status ds/agent
  Waiting for daemon set "agent" rollout to finish: 0 out of 3 new pods have been updated...
  Waiting for daemon set "agent" rollout to finish: 1 out of 3 new pods have been updated...
  Waiting for daemon set "agent" rollout to finish: 2 out of 3 new pods have been updated...
  daemon set "agent" successfully rolled out
  $ kubectl get events | grep daemonset/agent
  79s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-c89zj
  79s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-c9dcc
  79s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-9sjxk
  49s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-mkprr
  33s         Normal   SuccessfulDelete   daemonset/agent   Deleted pod: agent-c89zj
  33s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-64nvf
  17s         Normal   SuccessfulDelete   daemonset/agent   Deleted pod: agent-c9dcc
  17s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-jzfq4
  1s          Normal   SuccessfulDelete   daemonset/agent   Deleted pod: agent-9sjxk
With OnDelete a template change waits: UP-TO-DATE shows how many pods run the new template, and
a pod is replaced only when someone deletes it. `rollout status` does not follow OnDelete.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: DaemonSet
  > metadata:
  >   name: agent
  >   labels:
  >     app: agent
  > spec:
  >   selector:
  >     matchLabels:
  >       app: agent
  >   updateStrategy:
  >     type: OnDelete
  >   template:
  >     metadata:
  >       labels:
  >         app: agent
  >     spec:
  >       containers:
  >       - name: agent
  >         image: nginx:1.29
  > EOF
  daemonset.apps/agent configured
  $ sleep 30
  $ kubectl get ds agent
  NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  agent   3         3         3       0            3           <none>          109s
  $ kubectl rollout status ds/agent
  error: rollout status is only available for RollingUpdate strategy type
  $ kubectl get pods -l app=agent -o wide
  NAME          READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  agent-64nvf   1/1     Running   0          63s   10.244.0.143   tk8s-worker1         <none>           <none>
  agent-jzfq4   1/1     Running   0          47s   10.244.1.9     tk8s-worker2         <none>           <none>
  agent-mkprr   1/1     Running   0          79s   10.244.0.17    tk8s-control-plane   <none>           <none>
