A daemon pod that fails (its kubelet rejected it, say; here it is marked Failed by hand through
the status subresource, as a kubelet writes it) is deleted by the DaemonSet controller with a
FailedDaemonPod warning, and a new pod is made for its node. Deleting failed pods is rate-limited
per node: a pod that fails again within the back-off (1 s, then 2 s, doubling up to 15 min)
stays until it ends.
  $ cat <<EOF | kubectl apply -f -
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
  >         image: busybox
  >         command: ["sleep", "infinity"]
  > EOF
  daemonset.apps/agent created
  $ sleep 30
  $ kubectl get pods -o wide -l app=agent
  NAME          READY   STATUS    RESTARTS   AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  agent-9sjxk   1/1     Running   0          30s   10.244.1.8     tk8s-worker2         <none>           <none>
  agent-c89zj   1/1     Running   0          30s   10.244.0.16    tk8s-control-plane   <none>           <none>
  agent-c9dcc   1/1     Running   0          30s   10.244.0.142   tk8s-worker1         <none>           <none>
  $ kubectl patch pod agent-c9dcc --subresource=status --type=merge -p '{"status":{"phase":"Failed"}}'
  pod/agent-c9dcc patched
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-9sjxk   Running   tk8s-worker2
  agent-c89zj   Running   tk8s-control-plane
  agent-d52dn   Pending   tk8s-worker1
  $ kubectl get events --field-selector involvedObject.kind=DaemonSet
  LAST SEEN   TYPE      REASON             OBJECT            MESSAGE
  30s         Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-c89zj
  30s         Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-c9dcc
  30s         Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-9sjxk
  0s          Warning   FailedDaemonPod    daemonset/agent   Found failed daemon pod default/agent-c9dcc on node tk8s-worker1, will try to kill it
  0s          Normal    SuccessfulDelete   daemonset/agent   Deleted pod: agent-c9dcc
  0s          Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-d52dn
  $ kubectl patch pod agent-d52dn --subresource=status --type=merge -p '{"status":{"phase":"Failed"}}'
  pod/agent-d52dn patched
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-9sjxk   Running   tk8s-worker2
  agent-c89zj   Running   tk8s-control-plane
  agent-d52dn   Failed    tk8s-worker1
  $ sleep 1
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-8p647   Pending   tk8s-worker1
  agent-9sjxk   Running   tk8s-worker2
  agent-c89zj   Running   tk8s-control-plane
  $ kubectl patch pod agent-8p647 --subresource=status --type=merge -p '{"status":{"phase":"Failed"}}'
  pod/agent-8p647 patched
  $ sleep 1
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-8p647   Failed    tk8s-worker1
  agent-9sjxk   Running   tk8s-worker2
  agent-c89zj   Running   tk8s-control-plane
  $ sleep 1
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-9sjxk   Running   tk8s-worker2
  agent-c89zj   Running   tk8s-control-plane
  agent-pcc7x   Pending   tk8s-worker1
  $ kubectl get events --field-selector reason=FailedDaemonPod
  LAST SEEN   TYPE      REASON            OBJECT            MESSAGE
  3s          Warning   FailedDaemonPod   daemonset/agent   Found failed daemon pod default/agent-c9dcc on node tk8s-worker1, will try to kill it
  2s          Warning   FailedDaemonPod   daemonset/agent   Found failed daemon pod default/agent-d52dn on node tk8s-worker1, will try to kill it
  0s          Warning   FailedDaemonPod   daemonset/agent   Found failed daemon pod default/agent-8p647 on node tk8s-worker1, will try to kill it
  $ kubectl patch pod agent-ssx4f --subresource=scal -p '{}'
  error: invalid subresource value: "scal". Must be one of [status scale]
