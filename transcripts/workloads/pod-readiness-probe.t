A readiness probe decides whether a running container counts as ready. nginx answers 404 for
/healthz, so the probe keeps failing: the pod runs but stays 0/1, its Ready and ContainersReady
conditions stay False, and the kubelet reports each failure as one Unhealthy event whose count
grows (a probe right after the start, then one every periodSeconds). A probe of / passes at once.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: web
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx:1.27
  >     readinessProbe:
  >       httpGet:
  >         path: /healthz
  >         port: 80
  >       periodSeconds: 5
  > EOF
  pod/web created
  $ sleep 10
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  web     0/1     Running   0          10s
  $ kubectl get events
  LAST SEEN   TYPE      REASON      OBJECT    MESSAGE
  10s         Normal    Scheduled   pod/web   Successfully assigned default/web to tk8s-worker2
  8s          Normal    Pulling     pod/web   Pulling image "nginx:1.27"
  4s          Normal    Pulled      pod/web   Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  4s          Normal    Created     pod/web   Created container: web
  4s          Normal    Started     pod/web   Started container web
  0s          Warning   Unhealthy   pod/web   Readiness probe failed: HTTP probe failed with statuscode: 404
  $ sleep 30
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          96m
  web     0/1     Running   0          40s
  $ kubectl get events -o custom-columns=REASON:.reason,COUNT:.count,FIRST:.firstTimestamp,LAST:.lastTimestamp
  REASON      COUNT    FIRST                  LAST
  Scheduled   <none>   <nil>                  <nil>
  Pulling     1        2025-04-23T07:25:02Z   2025-04-23T07:25:02Z
  Pulled      1        2025-04-23T07:25:06Z   2025-04-23T07:25:06Z
  Created     1        2025-04-23T07:25:06Z   2025-04-23T07:25:06Z
  Started     1        2025-04-23T07:25:06Z   2025-04-23T07:25:06Z
  Unhealthy   8        2025-04-23T07:25:06Z   2025-04-23T07:25:40Z
  $ kubectl get pod web -o jsonpath='{range .status.conditions[*]}{.type}={.status} {.reason}{"\n"}{end}'
  PodReadyToStartContainers=True 
  Initialized=True 
  Ready=False ContainersNotReady
  ContainersReady=False ContainersNotReady
  PodScheduled=True 
  $ kubectl get pod web -o jsonpath='{.spec.containers[0].readinessProbe}{"\n"}'
  {"failureThreshold":3,"httpGet":{"path":"/healthz","port":80,"scheme":"HTTP"},"periodSeconds":5,"successThreshold":1,"timeoutSeconds":1}
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: ok
  > spec:
  >   containers:
  >   - name: ok
  >     image: nginx:1.27
  >     readinessProbe:
  >       httpGet:
  >         path: /
  >         port: 80
  > EOF
  pod/ok created
  $ sleep 10
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          96m
  ok      1/1     Running   0          10s
  web     0/1     Running   0          50s
  $ kubectl get events
  LAST SEEN   TYPE      REASON      OBJECT    MESSAGE
  10s         Normal    Scheduled   pod/ok    Successfully assigned default/ok to tk8s-worker1
  8s          Normal    Pulling     pod/ok    Pulling image "nginx:1.27"
  4s          Normal    Pulled      pod/ok    Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  4s          Normal    Created     pod/ok    Created container: ok
  4s          Normal    Started     pod/ok    Started container ok
  50s         Normal    Scheduled   pod/web   Successfully assigned default/web to tk8s-worker2
  48s         Normal    Pulling     pod/web   Pulling image "nginx:1.27"
  44s         Normal    Pulled      pod/web   Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  44s         Normal    Created     pod/web   Created container: web
  44s         Normal    Started     pod/web   Started container web
  0s          Warning   Unhealthy   pod/web   Readiness probe failed: HTTP probe failed with statuscode: 404
