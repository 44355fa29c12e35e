The liveness example of the Kubernetes documentation: the container creates /tmp/healthy,
removes it after 30 seconds, and the probe `cat /tmp/healthy` starts failing. After three
failures in a row the kubelet kills the container; `sh` as PID 1 ignores SIGTERM, so it goes
at the end of the 30 second grace period (exit code 137) and is started again.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: liveness-exec
  > spec:
  >   containers:
  >   - name: liveness
  >     image: registry.k8s.io/busybox:1.27.2
  >     args:
  >     - /bin/sh
  >     - -c
  >     - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
  >     livenessProbe:
  >       exec:
  >         command:
  >         - cat
  >         - /tmp/healthy
  >       initialDelaySeconds: 5
  >       periodSeconds: 5
  > EOF
  pod/liveness-exec created
  $ sleep 30
  $ kubectl get pods
  NAME            READY   STATUS    RESTARTS   AGE
  goweb           1/1     Running   0          95m
  liveness-exec   1/1     Running   0          30s
  $ kubectl get events
  LAST SEEN   TYPE     REASON      OBJECT              MESSAGE
  30s         Normal   Scheduled   pod/liveness-exec   Successfully assigned default/liveness-exec to tk8s-worker2
  28s         Normal   Pulling     pod/liveness-exec   Pulling image "registry.k8s.io/busybox:1.27.2"
  28s         Normal   Pulled      pod/liveness-exec   Successfully pulled image "registry.k8s.io/busybox:1.27.2" in 857ms (857ms including waiting). Image size: 1144547 bytes.
  28s         Normal   Created     pod/liveness-exec   Created container: liveness
  28s         Normal   Started     pod/liveness-exec   Started container liveness
  $ sleep 20
  $ kubectl get events
  LAST SEEN   TYPE      REASON      OBJECT              MESSAGE
  50s         Normal    Scheduled   pod/liveness-exec   Successfully assigned default/liveness-exec to tk8s-worker2
  48s         Normal    Pulling     pod/liveness-exec   Pulling image "registry.k8s.io/busybox:1.27.2"
  48s         Normal    Pulled      pod/liveness-exec   Successfully pulled image "registry.k8s.io/busybox:1.27.2" in 857ms (857ms including waiting). Image size: 1144547 bytes.
  48s         Normal    Created     pod/liveness-exec   Created container: liveness
  48s         Normal    Started     pod/liveness-exec   Started container liveness
  5s          Warning   Unhealthy   pod/liveness-exec   Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory
  5s          Normal    Killing     pod/liveness-exec   Container liveness failed liveness probe, will be restarted
  $ kubectl get pods
  NAME            READY   STATUS    RESTARTS   AGE
  goweb           1/1     Running   0          96m
  liveness-exec   1/1     Running   0          50s
  $ sleep 30
  $ kubectl get pods
  NAME            READY   STATUS    RESTARTS     AGE
  goweb           1/1     Running   0            96m
  liveness-exec   1/1     Running   1 (5s ago)   80s
  $ kubectl get pod liveness-exec -o jsonpath='{.status.containerStatuses[0].lastState}{"\n"}'
  {"terminated":{"containerID":"containerd://1f740319f027fdfa959b47888af32aad8558232641854f695ea48a7cb86661fd","exitCode":137,"finishedAt":"2025-04-23T07:26:15Z","reason":"Error","startedAt":"2025-04-23T07:25:02Z"}}
  $ kubectl delete pod liveness-exec --now
  pod "liveness-exec" deleted
A web server probed on a port it does not listen on: every probe is refused.
nginx handles its stop signal and exits 0, so the restart comes at once.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: web
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx:1.27
  >     livenessProbe:
  >       httpGet:
  >         port: 8080
  > EOF
  pod/web created
  $ sleep 40
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS      AGE
  goweb   1/1     Running   0             97m
  web     1/1     Running   1 (10s ago)   40s
  $ kubectl get events
  LAST SEEN   TYPE      REASON      OBJECT              MESSAGE
  2m1s        Normal    Scheduled   pod/liveness-exec   Successfully assigned default/liveness-exec to tk8s-worker2
  119s        Normal    Pulling     pod/liveness-exec   Pulling image "registry.k8s.io/busybox:1.27.2"
  119s        Normal    Pulled      pod/liveness-exec   Successfully pulled image "registry.k8s.io/busybox:1.27.2" in 857ms (857ms including waiting). Image size: 1144547 bytes.
  46s         Normal    Created     pod/liveness-exec   Created container: liveness
  46s         Normal    Started     pod/liveness-exec   Started container liveness
  76s         Warning   Unhealthy   pod/liveness-exec   Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory
  76s         Normal    Killing     pod/liveness-exec   Container liveness failed liveness probe, will be restarted
  46s         Normal    Pulled      pod/liveness-exec   Container image "registry.k8s.io/busybox:1.27.2" already present on machine
  41s         Normal    Killing     pod/liveness-exec   Stopping container liveness
  40s         Normal    Scheduled   pod/web             Successfully assigned default/web to tk8s-worker2
  38s         Normal    Pulling     pod/web             Pulling image "nginx:1.27"
  34s         Normal    Pulled      pod/web             Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  10s         Normal    Created     pod/web             Created container: web
  10s         Normal    Started     pod/web             Started container web
  0s          Warning   Unhealthy   pod/web             Liveness probe failed: Get "http://10.244.1.9:8080/": dial tcp 10.244.1.9:8080: connect: connection refused
  10s         Normal    Killing     pod/web             Container web failed liveness probe, will be restarted
  10s         Normal    Pulled      pod/web             Container image "nginx:1.27" already present on machine
  $ kubectl get pod web -o jsonpath='{.status.containerStatuses[0].lastState}{"\n"}'
  {"terminated":{"containerID":"containerd://10a11644ceaeef603dc1f1297f8794b38d0885e0a275b1b274e22bdacf97563c","exitCode":0,"finishedAt":"2025-04-23T07:26:51Z","reason":"Completed","startedAt":"2025-04-23T07:26:27Z"}}
