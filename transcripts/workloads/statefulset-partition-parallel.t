A StatefulSet with podManagementPolicy Parallel starts all its pods at once and removes them at
once when scaled down; each ordinal still gets its own claim (here from the local-path class,
so each is bound once its pod is scheduled), and the claims stay after scaling down.
A rolling update with a partition replaces only the pods whose ordinal is at least the
partition, from the highest down, one at a time (Parallel does not change updates); lowering
the partition to 0 finishes the rollout.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   clusterIP: None
  >   selector:
  >     app: web
  >   ports:
  >   - port: 80
  > ---
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: web
  > spec:
  >   serviceName: web
  >   replicas: 3
  >   podManagementPolicy: Parallel
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx:1.27
  >   volumeClaimTemplates:
  >   - metadata:
  >       name: data
  >     spec:
  >       accessModes: ["ReadWriteOnce"]
  >       storageClassName: local-path
  >       resources:
  >         requests:
  >           storage: 10Mi
  > EOF
  service/web created
  statefulset.apps/web created
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   0/3     0s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   0/1     Pending   0          0s
  pod/web-1   0/1     Pending   0          0s
  pod/web-2   0/1     Pending   0          0s
  
  NAME                               STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Pending                                      local-path     <unset>                 0s
  persistentvolumeclaim/data-web-1   Pending                                      local-path     <unset>                 0s
  persistentvolumeclaim/data-web-2   Pending                                      local-path     <unset>                 0s
  $ sleep 20
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   3/3     20s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          20s
  pod/web-1   1/1     Running   0          20s
  pod/web-2   1/1     Running   0          20s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   10Mi       RWO            local-path     <unset>                 20s
  persistentvolumeclaim/data-web-1   Bound    pvc-5e0a275b-1b27-4e22-adac-f97563cb613a   10Mi       RWO            local-path     <unset>                 20s
  persistentvolumeclaim/data-web-2   Bound    pvc-37de755c-0a89-49f9-8061-b950ae287bc6   10Mi       RWO            local-path     <unset>                 20s
  $ kubectl patch sts web -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":2}}}}'
  statefulset.apps/web patched
  $ kubectl set image sts/web nginx=nginx:1.28
  statefulset.apps/web image updated
  $ kubectl rollout status sts/web
  Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated...
  Waiting for 1 pods to be ready...
  partitioned roll out complete: 1 new pods have been updated...
  $ kubectl get pods -l app=web -L controller-revision-hash
  NAME    READY   STATUS    RESTARTS   AGE   CONTROLLER-REVISION-HASH
  web-0   1/1     Running   0          27s   web-66c9b4d89
  web-1   1/1     Running   0          27s   web-66c9b4d89
  web-2   1/1     Running   0          6s    web-847f97d764
  $ kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision} {.status.updatedReplicas}{"\n"}'
  web-66c9b4d89 web-847f97d764 1
  $ kubectl patch sts web -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}'
  statefulset.apps/web patched
  $ kubectl rollout status sts/web
  Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...
  Waiting for 1 pods to be ready...
  Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...
  Waiting for 1 pods to be ready...
  partitioned roll out complete: 3 new pods have been updated...
  $ kubectl get pods -l app=web -L controller-revision-hash
  NAME    READY   STATUS    RESTARTS   AGE   CONTROLLER-REVISION-HASH
  web-0   1/1     Running   0          2s    web-847f97d764
  web-1   1/1     Running   0          5s    web-847f97d764
  web-2   1/1     Running   0          12s   web-847f97d764
  $ kubectl scale sts web --replicas=1
  statefulset.apps/web scaled
  $ sleep 2
  $ kubectl get sts,pods,pvc
  NAME                   READY   AGE
  statefulset.apps/web   1/1     35s
  
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  pod/web-0   1/1     Running   0          4s
  
  NAME                               STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
  persistentvolumeclaim/data-web-0   Bound    pvc-aca19138-5d7c-44a3-8faa-4b882cc246a7   10Mi       RWO            local-path     <unset>                 35s
  persistentvolumeclaim/data-web-1   Bound    pvc-5e0a275b-1b27-4e22-adac-f97563cb613a   10Mi       RWO            local-path     <unset>                 35s
  persistentvolumeclaim/data-web-2   Bound    pvc-37de755c-0a89-49f9-8061-b950ae287bc6   10Mi       RWO            local-path     <unset>                 35s
  $ kubectl get events --field-selector involvedObject.kind=StatefulSet --sort-by=.metadata.resourceVersion
  LAST SEEN   TYPE     REASON             OBJECT            MESSAGE
  35s         Normal   SuccessfulCreate   statefulset/web   create Claim data-web-0 Pod web-0 in StatefulSet web success
  35s         Normal   SuccessfulCreate   statefulset/web   create Claim data-web-1 Pod web-1 in StatefulSet web success
  35s         Normal   SuccessfulCreate   statefulset/web   create Claim data-web-2 Pod web-2 in StatefulSet web success
  14s         Normal   SuccessfulCreate   statefulset/web   create Pod web-2 in StatefulSet web successful
  7s          Normal   SuccessfulCreate   statefulset/web   create Pod web-1 in StatefulSet web successful
  5s          Normal   SuccessfulDelete   statefulset/web   delete Pod web-0 in StatefulSet web successful
  4s          Normal   SuccessfulCreate   statefulset/web   create Pod web-0 in StatefulSet web successful
  2s          Normal   SuccessfulDelete   statefulset/web   delete Pod web-2 in StatefulSet web successful
  2s          Normal   SuccessfulDelete   statefulset/web   delete Pod web-1 in StatefulSet web successful
