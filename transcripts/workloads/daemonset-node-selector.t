A DaemonSet whose pods may run only on some nodes: a nodeSelector (disk=ssd) and required node
affinity (not the control plane). A node that comes to match (labelled disk=ssd) gets a daemon
pod; one that stops matching (the label removed) loses its pod. DESIRED counts the eligible
nodes, and NODE SELECTOR shows only the nodeSelector.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: DaemonSet
  > metadata:
  >   name: cache
  > spec:
  >   selector:
  >     matchLabels:
  >       app: cache
  >   template:
  >     metadata:
  >       labels:
  >         app: cache
  >     spec:
  >       nodeSelector:
  >         disk: ssd
  >       affinity:
  >         nodeAffinity:
  >           requiredDuringSchedulingIgnoredDuringExecution:
  >             nodeSelectorTerms:
  >             - matchExpressions:
  >               - key: node-role.kubernetes.io/control-plane
  >                 operator: DoesNotExist
  >       containers:
  >       - name: nginx
  >         image: nginx
  > EOF
  daemonset.apps/cache created
  $ sleep 5
  $ kubectl get ds cache
  NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  cache   0         0         0       0            0           disk=ssd        5s
  $ kubectl label node tk8s-control-plane tk8s-worker1 disk=ssd
  node/tk8s-control-plane labeled
  node/tk8s-worker1 labeled
  $ sleep 10
  $ kubectl get ds cache
  NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  cache   1         1         1       1            1           disk=ssd        15s
  $ kubectl get pods -o wide -l app=cache
  NAME          READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  cache-c89zj   1/1     Running   0          10s   10.244.0.142   tk8s-worker1   <none>           <none>
  $ kubectl get pod -l app=cache -o jsonpath='{.items[0].spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms}{"\n"}'
  [{"matchExpressions":[{"key":"node-role.kubernetes.io/control-plane","operator":"DoesNotExist"}],"matchFields":[{"key":"metadata.name","operator":"In","values":["tk8s-worker1"]}]}]
  $ kubectl label node tk8s-worker2 disk=ssd
  node/tk8s-worker2 labeled
  $ sleep 10
  $ kubectl get ds cache -o wide
  NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS   IMAGES   SELECTOR
  cache   2         2         2       2            2           disk=ssd        25s   nginx        nginx    app=cache
  $ kubectl get pods -o wide -l app=cache
  NAME          READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  cache-c89zj   1/1     Running   0          20s   10.244.0.142   tk8s-worker1   <none>           <none>
  cache-vxs9j   1/1     Running   0          10s   10.244.1.8     tk8s-worker2   <none>           <none>
  $ kubectl label node tk8s-worker1 disk-
  node/tk8s-worker1 unlabeled
  $ sleep 2
  $ kubectl get ds cache
  NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
  cache   1         1         1       1            1           disk=ssd        27s
  $ kubectl get pods -o wide -l app=cache
  NAME          READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  cache-vxs9j   1/1     Running   0          12s   10.244.1.8   tk8s-worker2   <none>           <none>
  $ kubectl get events --field-selector involvedObject.kind=DaemonSet
  LAST SEEN   TYPE     REASON             OBJECT            MESSAGE
  22s         Normal   SuccessfulCreate   daemonset/cache   Created pod: cache-c89zj
  12s         Normal   SuccessfulCreate   daemonset/cache   Created pod: cache-vxs9j
  2s          Normal   SuccessfulDelete   daemonset/cache   Deleted pod: cache-c89zj
