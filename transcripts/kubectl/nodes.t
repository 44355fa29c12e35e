kubectl cordon, uncordon, drain and taint act on nodes: cordon stops new pods landing, drain
also evicts what runs there (refusing what it cannot move without a flag), taint repels pods.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ sleep 20
  $ kubectl cordon
  error: USAGE: cordon NODE [flags]
  See 'kubectl cordon -h' for help and examples
  $ kubectl cordon nosuch
  Error from server (NotFound): nodes "nosuch" not found
  $ kubectl cordon tk8s-worker1 --dry-run=client
  node/tk8s-worker1 cordoned (dry run)
  $ kubectl cordon tk8s-worker1
  node/tk8s-worker1 cordoned
  $ kubectl cordon tk8s-worker1
  node/tk8s-worker1 already cordoned
  $ kubectl get nodes
  NAME                 STATUS                     ROLES           AGE   VERSION
  tk8s-control-plane   Ready                      control-plane   46h   v1.32.2
  tk8s-worker1         Ready,SchedulingDisabled   <none>          46h   v1.32.2
  tk8s-worker2         Ready                      <none>          46h   v1.32.2
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 uncordoned
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 already uncordoned
  $ kubectl drain
  error: USAGE: drain NODE [flags]
  See 'kubectl drain -h' for help and examples
  $ kubectl drain nosuch
  Error from server (NotFound): nodes "nosuch" not found
  $ kubectl drain tk8s-worker1 --grace-period=x
  error: invalid argument "x" for "--grace-period" flag: strconv.ParseInt: parsing "x": invalid syntax
  See 'kubectl drain --help' for usage.
  $ kubectl drain tk8s-worker1
  node/tk8s-worker1 cordoned
  error: unable to drain node "tk8s-worker1" due to error: [cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd, cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b, cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb], continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd
  cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b
  cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --dry-run=client
  node/tk8s-worker1 already cordoned (dry run)
  error: unable to drain node "tk8s-worker1" due to error: [cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b, cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb], continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b
  cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb
  $ kubectl drain tk8s-worker1 --ignore-daemonsets
  node/tk8s-worker1 already cordoned
  error: unable to drain node "tk8s-worker1" due to error: [cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b, cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb], continuing command...
  There are pending nodes to be drained:
   tk8s-worker1
  cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b
  cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb
  $ kubectl drain tk8s-worker1 --ignore-daemonsets --delete-emptydir-data --force
  node/tk8s-worker1 already cordoned
  Warning: deleting Pods that declare no controller: default/goweb; ignoring DaemonSet-managed Pods: kube-system/canal-9dc5v, kube-system/kube-proxy-lstnd
  evicting pod default/goweb
  evicting pod default/web-65d846d465-c89zj
  evicting pod kube-system/metrics-server-8467fcc7b7-d9x4b
  pod/goweb evicted
  pod/web-65d846d465-c89zj evicted
  pod/metrics-server-8467fcc7b7-d9x4b evicted
  node/tk8s-worker1 drained
  $ kubectl get pods -o wide
  NAME                   READY   STATUS              RESTARTS   AGE   IP            NODE           NOMINATED NODE   READINESS GATES
  web-65d846d465-9sjxk   1/1     Running             0          21s   10.244.1.8    tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running             0          21s   10.244.1.9    tk8s-worker2   <none>           <none>
  web-65d846d465-d52dn   0/1     ContainerCreating   0          1s    10.244.1.10   tk8s-worker2   <none>           <none>
  $ kubectl uncordon tk8s-worker1
  node/tk8s-worker1 uncordoned
  $ kubectl taint
  error: one or more resources must be specified as <resource> <name>
  $ kubectl taint nodes tk8s-worker2
  error: at least one taint update is required
  $ kubectl taint nodes tk8s-worker2 foo=bar
  error: invalid taint spec: foo=bar, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
  See 'kubectl taint -h' for help and examples
  $ kubectl taint nodes tk8s-worker2 foo=bar:Bogus
  error: invalid taint effect: Bogus, unsupported taint effect
  See 'kubectl taint -h' for help and examples
  $ kubectl taint nodes tk8s-worker2 foo:NoSchedule-
  error: taint "foo:NoSchedule" not found
  $ kubectl taint pods web foo=bar:NoSchedule
  error: invalid resource type pods, only node types are supported
  $ kubectl taint nodes tk8s-worker2 foo=bar:NoSchedule foo-
  error: can not both modify and remove the following taint(s) in the same command: foo=
  $ kubectl taint nodes --all -l a=b k=v:NoSchedule
  error: setting 'all' parameter with a non empty selector is prohibited
  $ kubectl taint nodes tk8s-worker2 dedicated=db:NoSchedule
  node/tk8s-worker2 tainted
  $ kubectl taint nodes tk8s-worker2 dedicated=web:NoSchedule
  error: node tk8s-worker2 already has dedicated taint(s) with same effect(s) and --overwrite is false
  $ kubectl taint nodes tk8s-worker2 dedicated=web:NoSchedule --overwrite
  node/tk8s-worker2 modified
  $ kubectl get node tk8s-worker2 -o jsonpath='{.spec.taints}'
  [{"effect":"NoSchedule","key":"dedicated","value":"web"}] (no-eol)
  $ kubectl taint nodes tk8s-worker2 dedicated:NoSchedule-
  node/tk8s-worker2 untainted
  $ kubectl taint nodes tk8s-worker2 dedicated-
  error: taint "dedicated" not found
