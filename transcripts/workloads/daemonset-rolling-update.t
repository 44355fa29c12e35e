A DaemonSet keeps its history as ControllerRevisions, one per pod template, and labels each pod
with the revision's hash and the template generation. Changing the template (here kube-proxy's
image) rolls the pods out node by node: with maxUnavailable 1 and maxSurge 0 the controller deletes
one old pod, creates the new one on that node once the old one has gone, and moves on when the new
pod is ready. `rollout undo` puts the previous template back, which renumbers its revision.
#! world tk8s
  $ kubectl -n kube-system get controllerrevisions
  NAME                    CONTROLLER                  REVISION   AGE
  canal-b9b4fcdc6         daemonset.apps/canal        1          46h
  kube-proxy-7bb84c4984   daemonset.apps/kube-proxy   1          46h
  $ kubectl -n kube-system get pods -l k8s-app=kube-proxy -L controller-revision-hash,pod-template-generation
  NAME               READY   STATUS    RESTARTS        AGE   CONTROLLER-REVISION-HASH   POD-TEMPLATE-GENERATION
  kube-proxy-4g4b7   1/1     Running   3 (6h44m ago)   46h   7bb84c4984                 1
  kube-proxy-lstnd   1/1     Running   3 (6h44m ago)   46h   7bb84c4984                 1
  kube-proxy-tpn5w   1/1     Running   3 (6h44m ago)   46h   7bb84c4984                 1
The world's pods were made from revision 1; with one revision there is nothing to go back to.
  $ kubectl -n kube-system rollout history ds/kube-proxy
  daemonset.apps/kube-proxy 
  REVISION  CHANGE-CAUSE
  1         <none>
  
  $ kubectl -n kube-system rollout undo ds/kube-proxy
  error: no last revision to roll back to
A new image is a new template: revision 2. The first old pod is deleted at once.
  $ kubectl -n kube-system set image ds/kube-proxy kube-proxy=registry.k8s.io/kube-proxy:v1.32.3
  daemonset.apps/kube-proxy image updated
  $ kubectl -n kube-system get ds,pods -o wide -l k8s-app=kube-proxy
  NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR
  daemonset.apps/kube-proxy   3         3         3       0            3           kubernetes.io/os=linux   46h   kube-proxy   registry.k8s.io/kube-proxy:v1.32.3   k8s-app=kube-proxy
  
  NAME                   READY   STATUS        RESTARTS        AGE   IP           NODE                 NOMINATED NODE   READINESS GATES
  pod/kube-proxy-4g4b7   1/1     Running       3 (6h44m ago)   46h   172.22.0.3   tk8s-worker2         <none>           <none>
  pod/kube-proxy-lstnd   1/1     Running       3 (6h44m ago)   46h   172.22.0.2   tk8s-worker1         <none>           <none>
  pod/kube-proxy-tpn5w   1/1     Terminating   3 (6h44m ago)   46h   172.22.0.1   tk8s-control-plane   <none>           <none>
Its node gets the new pod once the old one has gone; the next old pod goes when the new one is ready.
  $ sleep 2
  $ kubectl -n kube-system get ds,pods -o wide -l k8s-app=kube-proxy
  NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR
  daemonset.apps/kube-proxy   3         3         2       1            2           kubernetes.io/os=linux   46h   kube-proxy   registry.k8s.io/kube-proxy:v1.32.3   k8s-app=kube-proxy
  
  NAME                   READY   STATUS              RESTARTS        AGE   IP           NODE                 NOMINATED NODE   READINESS GATES
  pod/kube-proxy-4g4b7   1/1     Running             3 (6h44m ago)   46h   172.22.0.3   tk8s-worker2         <none>           <none>
  pod/kube-proxy-9nwv6   0/1     ContainerCreating   0               1s    172.22.0.1   tk8s-control-plane   <none>           <none>
  pod/kube-proxy-lstnd   1/1     Running             3 (6h44m ago)   46h   172.22.0.2   tk8s-worker1         <none>           <none>
  $ sleep 4
  $ kubectl -n kube-system get ds,pods -o wide -l k8s-app=kube-proxy
  NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR
  daemonset.apps/kube-proxy   3         3         3       1            3           kubernetes.io/os=linux   46h   kube-proxy   registry.k8s.io/kube-proxy:v1.32.3   k8s-app=kube-proxy
  
  NAME                   READY   STATUS        RESTARTS        AGE   IP           NODE                 NOMINATED NODE   READINESS GATES
  pod/kube-proxy-4g4b7   1/1     Running       3 (6h44m ago)   46h   172.22.0.3   tk8s-worker2         <none>           <none>
  pod/kube-proxy-9nwv6   1/1     Running       0               5s    172.22.0.1   tk8s-control-plane   <none>           <none>
  pod/kube-proxy-lstnd   1/1     Terminating   3 (6h44m ago)   46h   172.22.0.2   tk8s-worker1         <none>           <none>
`rollout status` follows the DaemonSet's status until every node runs an available new pod.
  $ kubectl -n kube-system rollout status ds/kube-proxy
  Waiting for daemon set "kube-proxy" rollout to finish: 1 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 of 3 updated pods are available...
  daemon set "kube-proxy" successfully rolled out
  $ kubectl -n kube-system get ds,pods -o wide -l k8s-app=kube-proxy
  NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR
  daemonset.apps/kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   46h   kube-proxy   registry.k8s.io/kube-proxy:v1.32.3   k8s-app=kube-proxy
  
  NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE                 NOMINATED NODE   READINESS GATES
  pod/kube-proxy-9nwv6   1/1     Running   0          15s   172.22.0.1   tk8s-control-plane   <none>           <none>
  pod/kube-proxy-g5xvm   1/1     Running   0          5s    172.22.0.3   tk8s-worker2         <none>           <none>
  pod/kube-proxy-kdzhd   1/1     Running   0          10s   172.22.0.2   tk8s-worker1         <none>           <none>
  $ kubectl -n kube-system get pods -l k8s-app=kube-proxy -L controller-revision-hash,pod-template-generation
  NAME               READY   STATUS    RESTARTS   AGE   CONTROLLER-REVISION-HASH   POD-TEMPLATE-GENERATION
  kube-proxy-9nwv6   1/1     Running   0          15s   8467bf7c47                 2
  kube-proxy-g5xvm   1/1     Running   0          5s    8467bf7c47                 2
  kube-proxy-kdzhd   1/1     Running   0          10s   8467bf7c47                 2
  $ kubectl -n kube-system get controllerrevisions -l k8s-app=kube-proxy
  NAME                    CONTROLLER                  REVISION   AGE
  kube-proxy-7bb84c4984   daemonset.apps/kube-proxy   1          46h
  kube-proxy-8467bf7c47   daemonset.apps/kube-proxy   2          16s
  $ kubectl -n kube-system rollout history ds/kube-proxy
  daemonset.apps/kube-proxy 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
  $ kubectl -n kube-system get events | grep daemonset/kube-proxy
  16s         Normal   SuccessfulDelete   daemonset/kube-proxy   Deleted pod: kube-proxy-tpn5w
  15s         Normal   SuccessfulCreate   daemonset/kube-proxy   Created pod: kube-proxy-9nwv6
  11s         Normal   SuccessfulDelete   daemonset/kube-proxy   Deleted pod: kube-proxy-lstnd
  10s         Normal   SuccessfulCreate   daemonset/kube-proxy   Created pod: kube-proxy-kdzhd
  6s          Normal   SuccessfulDelete   daemonset/kube-proxy   Deleted pod: kube-proxy-4g4b7
  5s          Normal   SuccessfulCreate   daemonset/kube-proxy   Created pod: kube-proxy-g5xvm
Undo to the revision already running is skipped; a revision that is not kept is an error. Plain
undo goes back to the revision before the latest, which becomes revision 3.
  $ kubectl -n kube-system rollout undo ds/kube-proxy --to-revision=2
  daemonset.apps/kube-proxy skipped rollback (current template already matches revision 2)
  $ kubectl -n kube-system rollout undo ds/kube-proxy --to-revision=7
  error: unable to find specified revision 7 in history
  $ kubectl -n kube-system rollout undo ds/kube-proxy
  daemonset.apps/kube-proxy rolled back
  $ kubectl -n kube-system rollout status ds/kube-proxy
  Waiting for daemon set "kube-proxy" rollout to finish: 0 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 1 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 1 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 of 3 updated pods are available...
  daemon set "kube-proxy" successfully rolled out
  $ kubectl -n kube-system rollout history ds/kube-proxy
  daemonset.apps/kube-proxy 
  REVISION  CHANGE-CAUSE
  2         <none>
  3         <none>
  
  $ kubectl -n kube-system get controllerrevisions -l k8s-app=kube-proxy
  NAME                    CONTROLLER                  REVISION   AGE
  kube-proxy-7bb84c4984   daemonset.apps/kube-proxy   3          46h
  kube-proxy-8467bf7c47   daemonset.apps/kube-proxy   2          25s
  $ kubectl -n kube-system get ds kube-proxy -o wide
  NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR
  kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   46h   kube-proxy   registry.k8s.io/kube-proxy:v1.32.2   k8s-app=kube-proxy
The apiserver counts template changes in an annotation; the pods carry the same number.
  $ kubectl -n kube-system get ds kube-proxy -o yaml | grep -i generation
      deprecated.daemonset.template.generation: "3"
    generation: 3
    observedGeneration: 3
`rollout restart` changes the template too (an annotation with the time), so it rolls every pod.
A DaemonSet cannot be paused.
  $ kubectl -n kube-system rollout restart ds/canal
  daemonset.apps/canal restarted
  $ kubectl -n kube-system rollout status ds/canal
  Waiting for daemon set "canal" rollout to finish: 1 out of 3 new pods have been updated...
  Waiting for daemon set "canal" rollout to finish: 2 out of 3 new pods have been updated...
  Waiting for daemon set "canal" rollout to finish: 2 of 3 updated pods are available...
  daemon set "canal" successfully rolled out
  $ kubectl -n kube-system rollout history ds/canal
  daemonset.apps/canal 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
  $ kubectl -n kube-system rollout pause ds/kube-proxy
  error: daemonsets.apps "kube-proxy" pausing is not supported
