A DaemonSet owns the pods its selector matches. Deleted with --cascade=orphan it leaves its pods
running; applied again, it adopts them (and its ControllerRevision), so no pod is replaced.
  $ cat <<EOF > agent.yaml
  > apiVersion: apps/v1
  > kind: DaemonSet
  > metadata:
  >   name: agent
  > spec:
  >   selector:
  >     matchLabels:
  >       app: agent
  >   template:
  >     metadata:
  >       labels:
  >         app: agent
  >     spec:
  >       containers:
  >       - name: agent
  >         image: nginx
  > EOF
  $ kubectl apply -f agent.yaml
  daemonset.apps/agent created
  $ sleep 10
  $ kubectl get pods -l app=agent -o wide
  NAME          READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  agent-9sjxk   1/1     Running   0          10s   10.244.1.8     tk8s-worker2         <none>           <none>
  agent-c89zj   1/1     Running   0          10s   10.244.0.16    tk8s-control-plane   <none>           <none>
  agent-c9dcc   1/1     Running   0          10s   10.244.0.142   tk8s-worker1         <none>           <none>
  $ kubectl delete ds agent --cascade=orphan
  daemonset.apps "agent" deleted
  $ kubectl get pods -l app=agent -o jsonpath='{range .items[*]}{.metadata.name} owners={.metadata.ownerReferences[*].name}{"\n"}{end}'
  agent-9sjxk owners=
  agent-c89zj owners=
  agent-c9dcc owners=
  $ kubectl get controllerrevisions
  NAME              CONTROLLER   REVISION   AGE
  agent-cc7f95b8c   <none>       1          10s
  $ kubectl apply -f agent.yaml
  daemonset.apps/agent created
  $ kubectl get ds agent
  NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  agent   3         3         3       3            3           <none>          0s
  $ kubectl get controllerrevisions
  NAME              CONTROLLER             REVISION   AGE
  agent-cc7f95b8c   daemonset.apps/agent   1          10s
  $ kubectl get pods -l app=agent -o jsonpath='{range .items[*]}{.metadata.name} owners={.metadata.ownerReferences[*].name}{"\n"}{end}'
  agent-9sjxk owners=agent
  agent-c89zj owners=agent
  agent-c9dcc owners=agent

A pod relabelled out of the selector is released: it keeps running, and the node gets a new
daemon pod. Labelled back, it is adopted again; two pods on one node is one too many, so the
newer goes.
  $ kubectl label pod agent-c9dcc app=loose --overwrite
  pod/agent-c9dcc labeled
  $ sleep 5
  $ kubectl get pods -o wide
  NAME          READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  agent-9sjxk   1/1     Running   0          15s   10.244.1.8     tk8s-worker2         <none>           <none>
  agent-c89zj   1/1     Running   0          15s   10.244.0.16    tk8s-control-plane   <none>           <none>
  agent-c9dcc   1/1     Running   0          15s   10.244.0.142   tk8s-worker1         <none>           <none>
  agent-mkprr   1/1     Running   0          5s    10.244.0.143   tk8s-worker1         <none>           <none>
  goweb         1/1     Running   0          95m   10.244.0.141   tk8s-worker1         <none>           <none>
  $ kubectl label pod agent-c9dcc app=agent --overwrite
  pod/agent-c9dcc labeled
  $ kubectl get pods -l app=agent -o wide
  NAME          READY   STATUS        RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  agent-9sjxk   1/1     Running       0          15s   10.244.1.8     tk8s-worker2         <none>           <none>
  agent-c89zj   1/1     Running       0          15s   10.244.0.16    tk8s-control-plane   <none>           <none>
  agent-c9dcc   1/1     Running       0          15s   10.244.0.142   tk8s-worker1         <none>           <none>
  agent-mkprr   1/1     Terminating   0          5s    10.244.0.143   tk8s-worker1         <none>           <none>
  $ kubectl get events --field-selector involvedObject.kind=DaemonSet
  LAST SEEN   TYPE     REASON             OBJECT            MESSAGE
  15s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-c89zj
  15s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-c9dcc
  15s         Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-9sjxk
  5s          Normal   SuccessfulCreate   daemonset/agent   Created pod: agent-mkprr
  0s          Normal   SuccessfulDelete   daemonset/agent   Deleted pod: agent-mkprr
