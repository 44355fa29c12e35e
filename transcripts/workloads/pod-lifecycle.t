A pod from an image the nodes do not hold yet: the scheduler places it, the kubelet pulls the
image, then creates and starts the container. The events tell the story in order.
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl get pods -o wide
  NAME    READY   STATUS              RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb   1/1     Running             0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web     0/1     ContainerCreating   0          0s    10.244.1.8     tk8s-worker2   <none>           <none>
  $ sleep 3
  $ kubectl get pods
  NAME    READY   STATUS              RESTARTS   AGE
  goweb   1/1     Running             0          95m
  web     0/1     ContainerCreating   0          3s
  $ sleep 5
  $ kubectl get pods -o wide
  NAME    READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb   1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web     1/1     Running   0          8s    10.244.1.8     tk8s-worker2   <none>           <none>
  $ kubectl get events
  LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
  8s          Normal   Scheduled   pod/web   Successfully assigned default/web to tk8s-worker2
  6s          Normal   Pulling     pod/web   Pulling image "nginx"
  2s          Normal   Pulled      pod/web   Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  2s          Normal   Created     pod/web   Created container: web
  2s          Normal   Started     pod/web   Started container web
  $ kubectl delete pod web
  pod "web" deleted
  $ kubectl get events
  LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
  9s          Normal   Scheduled   pod/web   Successfully assigned default/web to tk8s-worker2
  7s          Normal   Pulling     pod/web   Pulling image "nginx"
  3s          Normal   Pulled      pod/web   Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  3s          Normal   Created     pod/web   Created container: web
  3s          Normal   Started     pod/web   Started container web
  1s          Normal   Killing     pod/web   Stopping container web
