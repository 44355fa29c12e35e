A pod's container image is the one field of its spec an update may change (`kubectl set
image pod/...`, a patch, apply). The kubelet sees the container's definition changed, stops
it (Killing, "will be restarted", whatever the restart policy), pulls the new image and starts
it again in the same sync: the pod shows its old run until the new one starts, then one
restart with the old run as its last state. A container waiting in an image pull back-off
starts over at once with the new image, as the back-off belonged to the old one.
  $ kubectl run web --image=nginx:1.25
  pod/web created
  $ sleep 20
  $ kubectl set image pod/web web=nginx:1.26
  pod/web image updated
  $ kubectl get pod web
  NAME   READY   STATUS    RESTARTS   AGE
  web    1/1     Running   0          20s
  $ sleep 2
  $ kubectl get pod web
  NAME   READY   STATUS    RESTARTS   AGE
  web    1/1     Running   0          22s
  $ sleep 10
  $ kubectl get pod web
  NAME   READY   STATUS    RESTARTS      AGE
  web    1/1     Running   1 (12s ago)   32s
  $ kubectl describe pod web
  Name:             web
  Namespace:        default
  Priority:         0
  Service Account:  default
  Node:             tk8s-worker2/172.22.0.3
  Start Time:       Wed, 23 Apr 2025 07:25:00 +0000
  Labels:           run=web
  Annotations:      <none>
  Status:           Running
  IP:               10.244.1.8
  IPs:
    IP:  10.244.1.8
  Containers:
    web:
      Container ID:   containerd://159157ac5708edf4a0d9658849ce8519bc41e411d54bbf9bc90ded8720bb4cbc
      Image:          nginx:1.26
      Image ID:       docker.io/library/nginx@sha256:b454c2d1563f91cd76a104071e063b9298bbd371002a3d466a992a264b3f4bdd
      Port:           <none>
      Host Port:      <none>
      State:          Running
        Started:      Wed, 23 Apr 2025 07:25:24 +0000
      Last State:     Terminated
        Reason:       Completed
        Exit Code:    0
        Started:      Wed, 23 Apr 2025 07:25:06 +0000
        Finished:     Wed, 23 Apr 2025 07:25:20 +0000
      Ready:          True
      Restart Count:  1
      Environment:    <none>
      Mounts:
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9nwv6 (ro)
  Conditions:
    Type                        Status
    PodReadyToStartContainers   True 
    Initialized                 True 
    Ready                       True 
    ContainersReady             True 
    PodScheduled                True 
  Volumes:
    kube-api-access-9nwv6:
      Type:                    Projected (a volume that contains injected data from multiple sources)
      TokenExpirationSeconds:  3607
      ConfigMapName:           kube-root-ca.crt
      ConfigMapOptional:       <nil>
      DownwardAPI:             true
  QoS Class:                   BestEffort
  Node-Selectors:              <none>
  Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                               node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
  Events:
    Type    Reason     Age               From               Message
    ----    ------     ----              ----               -------
    Normal  Scheduled  32s               default-scheduler  Successfully assigned default/web to tk8s-worker2
    Normal  Pulling    30s               kubelet            Pulling image "nginx:1.25"
    Normal  Pulled     26s               kubelet            Successfully pulled image "nginx:1.25" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
    Normal  Killing    12s               kubelet            Container web definition changed, will be restarted
    Normal  Pulling    12s               kubelet            Pulling image "nginx:1.26"
    Normal  Created    8s (x2 over 26s)  kubelet            Created container: web
    Normal  Started    8s (x2 over 26s)  kubelet            Started container web
    Normal  Pulled     8s                kubelet            Successfully pulled image "nginx:1.26" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  $ kubectl run sleeper --image=busybox --restart=Never -- sleep 1d
  pod/sleeper created
  $ sleep 10
  $ kubectl patch pod sleeper -p '{"spec":{"containers":[{"name":"sleeper","image":"busybox:1.36"}]}}'
  pod/sleeper patched
  $ sleep 20
  $ kubectl get pod sleeper
  NAME      READY   STATUS    RESTARTS   AGE
  sleeper   1/1     Running   0          30s
  $ sleep 15
  $ kubectl get pod sleeper
  NAME      READY   STATUS    RESTARTS     AGE
  sleeper   1/1     Running   1 (5s ago)   45s
  $ kubectl get pod sleeper -o jsonpath='{.status.containerStatuses[0].lastState}'; echo
  {"terminated":{"containerID":"containerd://10a11644ceaeef603dc1f1297f8794b38d0885e0a275b1b274e22bdacf97563c","exitCode":137,"finishedAt":"2025-04-23T07:26:12Z","reason":"Error","startedAt":"2025-04-23T07:25:34Z"}}
  $ kubectl run typo --image=nginx:1.2.3.4
  pod/typo created
  $ sleep 30
  $ kubectl get pod typo
  NAME   READY   STATUS             RESTARTS   AGE
  typo   0/1     ImagePullBackOff   0          30s
  $ kubectl set image pod/typo typo=nginx:1.25
  pod/typo image updated
  $ sleep 1
  $ kubectl get pod typo
  NAME   READY   STATUS    RESTARTS   AGE
  typo   1/1     Running   0          31s
  $ kubectl describe pod typo | sed -n '/^Events/,$p'
  Events:
    Type     Reason     Age                From               Message
    ----     ------     ----               ----               -------
    Normal   Scheduled  31s                default-scheduler  Successfully assigned default/typo to tk8s-worker2
    Normal   Pulling    18s (x2 over 29s)  kubelet            Pulling image "nginx:1.2.3.4"
    Warning  Failed     17s (x2 over 29s)  kubelet            Failed to pull image "nginx:1.2.3.4": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.2.3.4": failed to resolve reference "docker.io/library/nginx:1.2.3.4": docker.io/library/nginx:1.2.3.4: not found
    Warning  Failed     17s (x2 over 29s)  kubelet            Error: ErrImagePull
    Normal   BackOff    7s (x2 over 28s)   kubelet            Back-off pulling image "nginx:1.2.3.4"
    Warning  Failed     7s (x2 over 28s)   kubelet            Error: ImagePullBackOff
    Normal   Pulled     1s                 kubelet            Container image "nginx:1.25" already present on machine
    Normal   Created    1s                 kubelet            Created container: typo
    Normal   Started    1s                 kubelet            Started container typo
  $ kubectl set image svc/kubernetes web=nginx
  error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service
