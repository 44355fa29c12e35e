An init container must finish before the app container starts: `Init:0/1` while it runs,
`PodInitializing` while the app container's image is pulled, then Running.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: web
  > spec:
  >   initContainers:
  >   - name: wait
  >     image: busybox
  >     command: ["sh", "-c", "sleep 10"]
  >   containers:
  >   - name: web
  >     image: nginx
  > EOF
  pod/web created
  $ sleep 5
  $ kubectl get pods
  NAME    READY   STATUS     RESTARTS   AGE
  goweb   1/1     Running    0          95m
  web     0/1     Init:0/1   0          5s
  $ sleep 9
  $ kubectl get pods
  NAME    READY   STATUS            RESTARTS   AGE
  goweb   1/1     Running           0          95m
  web     0/1     PodInitializing   0          14s
  $ sleep 5
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  web     1/1     Running   0          19s
  $ kubectl get events
  LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
  19s         Normal   Scheduled   pod/web   Successfully assigned default/web to tk8s-worker2
  17s         Normal   Pulling     pod/web   Pulling image "busybox"
  17s         Normal   Pulled      pod/web   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  17s         Normal   Created     pod/web   Created container: wait
  17s         Normal   Started     pod/web   Started container wait
  7s          Normal   Pulling     pod/web   Pulling image "nginx"
  2s          Normal   Pulled      pod/web   Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  2s          Normal   Created     pod/web   Created container: web
  2s          Normal   Started     pod/web   Started container web
