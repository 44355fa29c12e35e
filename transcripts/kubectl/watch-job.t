`kubectl get -w` and `kubectl logs -f` run as jobs with `&`: the listing (or the log so far)
comes at once, and each change (each new line) shows as the lab's clock reaches it, after the
command that moved the clock (at the moment it happened, as the AGE column shows) or before the
next prompt. They run until killed (`logs -f` until its container stops).
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl get pods -w &
  [1] 2482
  NAME                   READY   STATUS              RESTARTS   AGE
  goweb                  1/1     Running             0          95m
  web-65d846d465-c89zj   0/1     ContainerCreating   0          0s
  $ sleep 30
  web-65d846d465-c89zj   1/1     Running             0          6s
  $ kubectl scale deployment web --replicas=2
  deployment.apps/web scaled
  web-65d846d465-vxs9j   0/1     Pending             0          0s
  web-65d846d465-vxs9j   0/1     Pending             0          0s
  web-65d846d465-vxs9j   0/1     ContainerCreating   0          0s
  $ sleep 30
  web-65d846d465-vxs9j   1/1     Running             0          6s
  $ kill %1
  $ kubectl run counter --image=busybox -- sh -c 'for i in 1 2 3; do echo tick $i; sleep 10; done'
  pod/counter created
  [1]+  Terminated              kubectl get pods -w
  $ sleep 5
  $ kubectl logs -f counter &
  [1] 2483
  tick 1
  $ sleep 12
  tick 2
  $ jobs
  [1]+  Running                 kubectl logs -f counter &
  $ kill -INT %%
  $ jobs
  [1]+  Interrupt               kubectl logs -f counter
