The memory limit example of the Kubernetes documentation: stress allocates 250 MiB in a
container limited to 100Mi. The kernel's OOM killer ends it (exit code 137, reason OOMKilled);
the kubelet restarts it at once the first time, then with the crash-loop back-off.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: memory-demo-2
  > spec:
  >   containers:
  >   - name: memory-demo-2-ctr
  >     image: polinux/stress
  >     resources:
  >       requests:
  >         memory: "50Mi"
  >       limits:
  >         memory: "100Mi"
  >     command: ["stress"]
  >     args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
  > EOF
  pod/memory-demo-2 created
  $ sleep 4
  $ kubectl get pods
  NAME            READY   STATUS      RESTARTS   AGE
  goweb           1/1     Running     0          95m
  memory-demo-2   0/1     OOMKilled   0          4s
  $ sleep 3
  $ kubectl get pods
  NAME            READY   STATUS             RESTARTS     AGE
  goweb           1/1     Running            0            95m
  memory-demo-2   0/1     CrashLoopBackOff   1 (2s ago)   7s
  $ kubectl get pod memory-demo-2 -o jsonpath='{.status.containerStatuses[0].lastState}{"\n"}'
  {"terminated":{"containerID":"containerd://159157ac5708edf4a0d9658849ce8519bc41e411d54bbf9bc90ded8720bb4cbc","exitCode":137,"finishedAt":"2025-04-23T07:25:05Z","reason":"OOMKilled","startedAt":"2025-04-23T07:25:04Z"}}
  $ sleep 60
  $ kubectl get pods
  NAME            READY   STATUS             RESTARTS      AGE
  goweb           1/1     Running            0             96m
  memory-demo-2   0/1     CrashLoopBackOff   3 (31s ago)   67s
  $ kubectl get events
  LAST SEEN   TYPE      REASON      OBJECT              MESSAGE
  67s         Normal    Scheduled   pod/memory-demo-2   Successfully assigned default/memory-demo-2 to tk8s-worker2
  32s         Normal    Pulling     pod/memory-demo-2   Pulling image "polinux/stress"
  64s         Normal    Pulled      pod/memory-demo-2   Successfully pulled image "polinux/stress" in 1.002s (1.002s including waiting). Image size: 4041495 bytes.
  31s         Normal    Created     pod/memory-demo-2   Created container: memory-demo-2-ctr
  31s         Normal    Started     pod/memory-demo-2   Started container memory-demo-2-ctr
  31s         Normal    Pulled      pod/memory-demo-2   Successfully pulled image "polinux/stress" in 800ms (800ms including waiting). Image size: 4041495 bytes.
  31s         Warning   BackOff     pod/memory-demo-2   Back-off restarting failed container memory-demo-2-ctr in pod memory-demo-2_default(7a56ddf8-b0ed-48d1-9008-a1faab5feb32)
  $ kubectl get pod memory-demo-2 -o jsonpath='{.status.qosClass}{"\n"}'
  Burstable
Within its limit, the same program runs on.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: memory-demo
  > spec:
  >   containers:
  >   - name: memory-demo-ctr
  >     image: polinux/stress
  >     resources:
  >       requests:
  >         memory: "100Mi"
  >       limits:
  >         memory: "200Mi"
  >     command: ["stress"]
  >     args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
  > EOF
  pod/memory-demo created
  $ sleep 20
  $ kubectl get pods
  NAME            READY   STATUS             RESTARTS      AGE
  goweb           1/1     Running            0             96m
  memory-demo     1/1     Running            0             20s
  memory-demo-2   0/1     CrashLoopBackOff   4 (10s ago)   87s
