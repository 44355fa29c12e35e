A plain `kubectl delete` of an object that a finalizer holds: the real kubectl waits for it to go
(a week by default, so in practice until Ctrl-C). The lab gives up as it does with `get -w`, once
the object has not changed for a minute, printing nothing more; the clock moves by that minute.
  $ kubectl create configmap held --from-literal=a=b
  configmap/held created
  $ kubectl patch configmap held -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  configmap/held patched
  $ kubectl delete configmap held
  configmap "held" deleted
  $ echo $?
  0
  $ date
  Wed Apr 23 07:26:00 UTC 2025
  $ kubectl get configmap held
  NAME   DATA   AGE
  held   1      60s

A pod: the wait lasts while the pod changes, its grace period included, then a minute more. The
kubelet stops the running container (busybox's sleep ignores SIGTERM, so it is killed after the
30-second grace period) and the pod stays, failed: its Ready condition says PodFailed.
  $ kubectl run sleeper --image=busybox -- sleep 3600
  pod/sleeper created
  $ sleep 10
  $ kubectl patch pod sleeper -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  pod/sleeper patched
  $ kubectl delete pod sleeper
  pod "sleeper" deleted
  $ date
  Wed Apr 23 07:27:40 UTC 2025
  $ kubectl get pod sleeper
  NAME      READY   STATUS   RESTARTS   AGE
  sleeper   0/1     Error    0          100s
  $ kubectl get pod sleeper -o jsonpath='{.status.phase} {.status.containerStatuses[0].state.terminated.exitCode}{"\n"}{range .status.conditions[*]}{.type}={.status} {.reason}{"\n"}{end}'
  Failed 137
  PodReadyToStartContainers=False 
  Initialized=True 
  Ready=False PodFailed
  ContainersReady=False PodFailed
  PodScheduled=True 

A container that never ran (its image cannot be pulled) has no end the kubelet could see: its
last word on the pod (`TerminatePod`) marks it terminated with ContainerStatusUnknown, exit 137,
and the pod Failed; the conditions stay as the kubelet last wrote them.
  $ kubectl run stuck --image=nginx:no-such-tag
  pod/stuck created
  $ sleep 20
  $ kubectl get pod stuck
  NAME    READY   STATUS         RESTARTS   AGE
  stuck   0/1     ErrImagePull   0          20s
  $ kubectl patch pod stuck -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  pod/stuck patched
  $ kubectl delete pod stuck --wait=false
  pod "stuck" deleted
  $ sleep 5
  $ kubectl get pod stuck
  NAME    READY   STATUS                   RESTARTS   AGE
  stuck   0/1     ContainerStatusUnknown   0          25s
  $ kubectl describe pod stuck | sed -n '/^Containers:/,/^Conditions:/p'
  Containers:
    stuck:
      Container ID:   
      Image:          nginx:no-such-tag
      Image ID:       
      Port:           <none>
      Host Port:      <none>
      State:          Terminated
        Reason:       ContainerStatusUnknown
        Message:      The container could not be located when the pod was terminated
        Exit Code:    137
        Started:      Mon, 01 Jan 0001 00:00:00 +0000
        Finished:     Mon, 01 Jan 0001 00:00:00 +0000
      Ready:          False
      Restart Count:  0
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-29sfv (ro)
  Conditions:
  $ kubectl get pod stuck -o yaml | sed -n '/containerStatuses:/,/^  hostIP/p'
    containerStatuses:
    - image: nginx:no-such-tag
      imageID: ""
      lastState: {}
      name: stuck
      ready: false
      restartCount: 0
      started: false
      state:
        terminated:
          exitCode: 137
          finishedAt: null
          message: The container could not be located when the pod was terminated
          reason: ContainerStatusUnknown
          startedAt: null
    hostIP: 172.22.0.3

With `--timeout`, kubectl waits that long and says it timed out.
  $ kubectl create configmap held2 --from-literal=a=b
  configmap/held2 created
  $ kubectl patch configmap held2 -p '{"metadata":{"finalizers":["example.com/hold"]}}'
  configmap/held2 patched
  $ kubectl delete configmap held2 --timeout=10s
  configmap "held2" deleted
  error: timed out waiting for the condition on configmaps/held2

`kubectl wait` with a negative timeout waits without end too, and gives up the same way.
  $ kubectl wait --for=delete configmap/held --timeout=-1s
  $ echo $?
  0
  $ date
  Wed Apr 23 07:29:15 UTC 2025
