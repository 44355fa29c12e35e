A pod that asks for more CPU than any node has: the scheduler leaves it Pending and says why,
node by node, and what preemption could do about it.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: big
  > spec:
  >   containers:
  >   - name: big
  >     image: nginx
  >     resources:
  >       requests:
  >         cpu: "64"
  > EOF
  pod/big created
  $ sleep 5
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  big     0/1     Pending   0          5s
  goweb   1/1     Running   0          95m
  $ kubectl get events
  LAST SEEN   TYPE      REASON             OBJECT    MESSAGE
  5s          Warning   FailedScheduling   pod/big   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.
