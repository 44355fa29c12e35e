A PodDisruptionBudget keeps at least two of the three web pods up while a node is drained. The
disruption controller counts the healthy pods and how many may go; the eviction API refuses an
eviction that would break the budget, and kubectl drain asks again every 5 seconds until the
ReplicaSet's replacement pod on the other worker is ready.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ sleep 30
  $ kubectl create pdb web --selector=app=web --min-available=2
  poddisruptionbudget.policy/web created
  $ kubectl get pdb
  NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
  web    2               N/A               1                     0s
  $ kubectl describe pdb web
  Name:           web
  Namespace:      default
  Min available:  2
  Selector:       app=web
  Status:
      Allowed disruptions:  1
      Current:              3
      Desired:              2
      Total:                3
  Events:                   <none>
  $ kubectl get pods -o wide -l app=web
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  web-65d846d465-9sjxk   1/1     Running   0          30s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          30s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          30s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ kubectl drain tk8s-worker2 --ignore-daemonsets --delete-emptydir-data
  node/tk8s-worker2 cordoned
  Warning: ignoring DaemonSet-managed Pods: kube-system/canal-ql5xj, kube-system/kube-proxy-4g4b7
  evicting pod default/web-65d846d465-9sjxk
  evicting pod default/web-65d846d465-c9dcc
  error when evicting pods/"web-65d846d465-c9dcc" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
  evicting pod local-path-storage/local-path-provisioner-84944977bd-fpmmz
  pod/web-65d846d465-9sjxk evicted
  pod/local-path-provisioner-84944977bd-fpmmz evicted
  evicting pod default/web-65d846d465-c9dcc
  pod/web-65d846d465-c9dcc evicted
  node/tk8s-worker2 drained
  $ kubectl get pdb web
  NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
  web    2               N/A               0                     6s
  $ kubectl get pods -o wide -l app=web
  NAME                   READY   STATUS              RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  web-65d846d465-c89zj   1/1     Running             0          36s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-jzfq4   0/1     ContainerCreating   0          1s    10.244.0.145   tk8s-worker1   <none>           <none>
  web-65d846d465-mkprr   1/1     Running             0          6s    10.244.0.143   tk8s-worker1   <none>           <none>
  $ sleep 10
  $ kubectl get pdb web -o yaml
  apiVersion: policy/v1
  kind: PodDisruptionBudget
  metadata:
    creationTimestamp: "2025-04-23T07:25:30Z"
    generation: 1
    name: web
    namespace: default
    resourceVersion: "270"
    uid: 9aea882e-0d0e-4ad3-93b8-978f05ef944c
  spec:
    minAvailable: 2
    selector:
      matchLabels:
        app: web
  status:
    conditions:
    - lastTransitionTime: "2025-04-23T07:25:37Z"
      message: ""
      observedGeneration: 1
      reason: SufficientPods
      status: "True"
      type: DisruptionAllowed
    currentHealthy: 3
    desiredHealthy: 2
    disruptionsAllowed: 1
    expectedPods: 3
    observedGeneration: 1
  $ kubectl create pdb web --selector=app=web --min-available=2
  error: failed to create poddisruptionbudgets: poddisruptionbudgets.policy "web" already exists
  $ kubectl create pdb half --selector=app=web --max-unavailable=50% --dry-run=client -o yaml
  apiVersion: policy/v1
  kind: PodDisruptionBudget
  metadata:
    creationTimestamp: null
    name: half
  spec:
    maxUnavailable: 50%
    selector:
      matchLabels:
        app: web
  status:
    currentHealthy: 0
    desiredHealthy: 0
    disruptionsAllowed: 0
    expectedPods: 0
  $ kubectl create pdb bad --selector=app=web --min-available=1 --max-unavailable=1
  error: min-available and max-unavailable cannot be both specified
  $ kubectl api-resources --api-group=policy
  NAME                   SHORTNAMES   APIVERSION   NAMESPACED   KIND
  poddisruptionbudgets   pdb          policy/v1    true         PodDisruptionBudget

Scaled to 2 replicas, minAvailable 2 lets no pod go; --timeout bounds how long drain keeps asking.
  $ kubectl uncordon tk8s-worker2
  node/tk8s-worker2 uncordoned
  $ kubectl scale deployment web --replicas=2
  deployment.apps/web scaled
  $ sleep 30
  $ kubectl get pdb web
  NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
  web    2               N/A               0                     46s
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --delete-emptydir-data --force --pod-selector=app=web --timeout=12s
  node/tk8s-worker1 cordoned
  evicting pod default/web-65d846d465-c89zj
  error when evicting pods/"web-65d846d465-c89zj" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
  evicting pod default/web-65d846d465-mkprr
  error when evicting pods/"web-65d846d465-mkprr" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
  evicting pod default/web-65d846d465-c89zj
  error when evicting pods/"web-65d846d465-c89zj" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
  evicting pod default/web-65d846d465-mkprr
  error when evicting pods/"web-65d846d465-mkprr" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
  evicting pod default/web-65d846d465-c89zj
  error when evicting pods/"web-65d846d465-c89zj" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
  evicting pod default/web-65d846d465-mkprr
  error when evicting pods/"web-65d846d465-mkprr" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
  evicting pod default/web-65d846d465-c89zj
  evicting pod default/web-65d846d465-mkprr
  There are pending pods in node "tk8s-worker1" when an error occurred: [error when evicting pods/"web-65d846d465-c89zj" -n "default": global timeout reached: 12s, error when evicting pods/"web-65d846d465-mkprr" -n "default": global timeout reached: 12s]
  pod/web-65d846d465-c89zj
  pod/web-65d846d465-mkprr
  error: unable to drain node "tk8s-worker1" due to error: [error when evicting pods/"web-65d846d465-c89zj" -n "default": global timeout reached: 12s, error when evicting pods/"web-65d846d465-mkprr" -n "default": global timeout reached: 12s], continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  error when evicting pods/"web-65d846d465-c89zj" -n "default": global timeout reached: 12s
  error when evicting pods/"web-65d846d465-mkprr" -n "default": global timeout reached: 12s
