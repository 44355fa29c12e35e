A RuntimeClass for the nodes' runsc handler: the pod runs under gVisor, whose kernel answers
uname, /proc/version and dmesg (its joke boot log), while a pod under the default runc sees the
host's Ubuntu kernel and may not read its log.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: node.k8s.io/v1
  > kind: RuntimeClass
  > metadata:
  >   name: gvisor
  > handler: runsc
  > EOF
  runtimeclass.node.k8s.io/gvisor created
  $ kubectl run sandboxed --image=nginx --overrides='{"spec":{"runtimeClassName":"gvisor"}}'
  pod/sandboxed created
  $ kubectl run plain --image=busybox -- sleep 3600
  pod/plain created
  $ sleep 10
  $ kubectl get pods sandboxed plain -o wide
  NAME        READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  sandboxed   1/1     Running   0          10s   10.244.1.8     tk8s-worker2   <none>           <none>
  plain       1/1     Running   0          10s   10.244.0.142   tk8s-worker1   <none>           <none>
  $ kubectl exec sandboxed -- dmesg
  [    0.000000] Starting gVisor...
  [    0.376260] Constructing home...
  [    0.794699] Creating bureaucratic processes...
  [    1.023992] Conjuring /dev/null black hole...
  [    1.318308] Letting the watchdogs out...
  [    1.378280] Consulting tar man page...
  [    1.865284] Adversarially training Redcode AI...
  [    2.323371] Committing treasure map to memory...
  [    2.421144] Granting licence to kill(2)...
  [    2.450203] Searching for socket adapter...
  [    2.849007] Synthesizing system calls...
  [    3.085833] Setting up VFS...
  [    3.398606] Setting up FUSE...
  [    3.625982] Ready!
  $ kubectl exec sandboxed -- uname -a
  Linux sandboxed 4.4.0 #1 SMP Sun Jan 10 15:06:54 PST 2016 x86_64 GNU/Linux
  $ kubectl exec sandboxed -- cat /proc/version
  Linux version 4.4.0 #1 SMP Sun Jan 10 15:06:54 PST 2016
  $ kubectl exec plain -- uname -a
  Linux plain 6.8.0-57-generic #59-Ubuntu SMP PREEMPT_DYNAMIC Sat Mar 15 17:40:59 UTC 2025 x86_64 GNU/Linux
  $ kubectl exec plain -- dmesg
  dmesg: klogctl: Operation not permitted
  command terminated with exit code 1
  $ echo $?
  1
  $ sudo podman exec tk8s-worker1 crictl pods | grep -e RUNTIME -e sandboxed -e plain
  POD ID              CREATED             STATE               NAME                              NAMESPACE           ATTEMPT             RUNTIME
  7a5fea95a6f7a       8 seconds ago       Ready               plain                             default             0                   (default)
  $ sudo podman exec tk8s-worker2 crictl pods | grep -e RUNTIME -e sandboxed -e plain
  POD ID              CREATED             STATE               NAME                                      NAMESPACE            ATTEMPT             RUNTIME
  ca2e809fbad10       4 seconds ago       Ready               sandboxed                                 default              0                   runsc
