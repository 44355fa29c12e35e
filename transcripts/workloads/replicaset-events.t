The ReplicaSet controller records an event on the ReplicaSet for each pod it creates or deletes
(SuccessfulCreate, SuccessfulDelete, reported by replicaset-controller), and the events list in
name order: a pod's events before its ReplicaSet's.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: ReplicaSet
  > metadata:
  >   name: front
  > spec:
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: front
  >   template:
  >     metadata:
  >       labels:
  >         app: front
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  > EOF
  replicaset.apps/front created
  $ sleep 10
  $ kubectl get events
  LAST SEEN   TYPE     REASON             OBJECT             MESSAGE
  10s         Normal   Scheduled          pod/front-9nwv6    Successfully assigned default/front-9nwv6 to tk8s-worker2
  8s          Normal   Pulling            pod/front-9nwv6    Pulling image "nginx:1.27"
  4s          Normal   Pulled             pod/front-9nwv6    Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  4s          Normal   Created            pod/front-9nwv6    Created container: nginx
  4s          Normal   Started            pod/front-9nwv6    Started container nginx
  10s         Normal   Scheduled          pod/front-vck4g    Successfully assigned default/front-vck4g to tk8s-worker1
  8s          Normal   Pulling            pod/front-vck4g    Pulling image "nginx:1.27"
  4s          Normal   Pulled             pod/front-vck4g    Successfully pulled image "nginx:1.27" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  4s          Normal   Created            pod/front-vck4g    Created container: nginx
  4s          Normal   Started            pod/front-vck4g    Started container nginx
  10s         Normal   SuccessfulCreate   replicaset/front   Created pod: front-9nwv6
  10s         Normal   SuccessfulCreate   replicaset/front   Created pod: front-vck4g
  $ kubectl scale rs front --replicas=1
  replicaset.apps/front scaled
  $ sleep 5
  $ kubectl get events --field-selector involvedObject.kind=ReplicaSet
  LAST SEEN   TYPE     REASON             OBJECT             MESSAGE
  15s         Normal   SuccessfulCreate   replicaset/front   Created pod: front-9nwv6
  15s         Normal   SuccessfulCreate   replicaset/front   Created pod: front-vck4g
  5s          Normal   SuccessfulDelete   replicaset/front   Deleted pod: front-9nwv6
  $ kubectl get events --field-selector involvedObject.name=front -o wide
  LAST SEEN   TYPE     REASON             OBJECT             SUBOBJECT   SOURCE                  MESSAGE                    FIRST SEEN   COUNT   NAME
  15s         Normal   SuccessfulCreate   replicaset/front               replicaset-controller   Created pod: front-9nwv6   15s          1       front.1838e1c6e6eaf8a6
  15s         Normal   SuccessfulCreate   replicaset/front               replicaset-controller   Created pod: front-vck4g   15s          1       front.1838e1c6e6eaf8a8
  5s          Normal   SuccessfulDelete   replicaset/front               replicaset-controller   Deleted pod: front-9nwv6   5s           1       front.1838e1c93af6dcbe
  $ kubectl delete pod -l app=front
  pod "front-vck4g" deleted
  $ kubectl get events --field-selector reason=SuccessfulCreate,involvedObject.name=front
  LAST SEEN   TYPE     REASON             OBJECT             MESSAGE
  16s         Normal   SuccessfulCreate   replicaset/front   Created pod: front-9nwv6
  16s         Normal   SuccessfulCreate   replicaset/front   Created pod: front-vck4g
  1s          Normal   SuccessfulCreate   replicaset/front   Created pod: front-g5xvm
