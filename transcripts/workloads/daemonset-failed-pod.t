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
  agent-2dwz6   1/1     Running   0          30s   10.244.0.142   tk8s-worker1         <none>           <none>
  agent-2mvwh   1/1     Running   0          30s   10.244.0.16    tk8s-control-plane   <none>           <none>
  agent-ssx4f   1/1     Running   0          30s   10.244.1.8     tk8s-worker2         <none>           <none>
  $ kubectl patch pod agent-2dwz6 --subresource=status --type=merge -p '{"status":{"phase":"Failed"}}'
  pod/agent-2dwz6 patched
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-2mvwh   Running   tk8s-control-plane
  agent-ctg5x   Pending   tk8s-worker1
  agent-ssx4f   Running   tk8s-worker2
  $ kubectl get events --field-selector involvedObject.kind=DaemonSet
  LAST SEEN   TYPE      REASON             OBJECT            MESSAGE
  30s         Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-2mvwh
  30s         Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-2dwz6
  30s         Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-ssx4f
  0s          Warning   FailedDaemonPod    daemonset/agent   Found failed daemon pod default/agent-2dwz6 on node tk8s-worker1, will try to kill it
  0s          Normal    SuccessfulDelete   daemonset/agent   Deleted pod: agent-2dwz6
  0s          Normal    SuccessfulCreate   daemonset/agent   Created pod: agent-ctg5x
  $ kubectl patch pod agent-ctg5x --subresource=status --type=merge -p '{"status":{"phase":"Failed"}}'
  pod/agent-ctg5x patched
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-2mvwh   Running   tk8s-control-plane
  agent-ctg5x   Failed    tk8s-worker1
  agent-ssx4f   Running   tk8s-worker2
  $ sleep 1
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-2mvwh   Running   tk8s-control-plane
  agent-rxvb7   Pending   tk8s-worker1
  agent-ssx4f   Running   tk8s-worker2
  $ kubectl patch pod agent-rxvb7 --subresource=status --type=merge -p '{"status":{"phase":"Failed"}}'
  pod/agent-rxvb7 patched
  $ sleep 1
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-2mvwh   Running   tk8s-control-plane
  agent-rxvb7   Failed    tk8s-worker1
  agent-ssx4f   Running   tk8s-worker2
  $ sleep 1
  $ kubectl get pods -l app=agent -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,NODE:.spec.nodeName
  NAME          PHASE     NODE
  agent-2mvwh   Running   tk8s-control-plane
  agent-l9cmh   Pending   tk8s-worker1
  agent-ssx4f   Running   tk8s-worker2
  $ kubectl get events --field-selector reason=FailedDaemonPod
  LAST SEEN   TYPE      REASON            OBJECT            MESSAGE
  3s          Warning   FailedDaemonPod   daemonset/agent   Found failed daemon pod default/agent-2dwz6 on node tk8s-worker1, will try to kill it
  2s          Warning   FailedDaemonPod   daemonset/agent   Found failed daemon pod default/agent-ctg5x on node tk8s-worker1, will try to kill it
  0s          Warning   FailedDaemonPod   daemonset/agent   Found failed daemon pod default/agent-rxvb7 on node tk8s-worker1, will try to kill it
  $ kubectl patch pod agent-ssx4f --subresource=scal -p '{}'
  error: invalid subresource value: "scal". Must be one of [status scale]
