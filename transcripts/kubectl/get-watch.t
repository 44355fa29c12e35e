Watching with -w. In the lab a watch follows the virtual clock and ends once the watched objects
have been quiet for a minute (or after --request-timeout), as if the learner pressed Ctrl-C.
Each change is one more row, no header, through the same tabwriter (widths remembered).
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl get pods -w
  NAME    READY   STATUS              RESTARTS   AGE
  goweb   1/1     Running             0          95m
  web     0/1     ContainerCreating   0          0s
  web     1/1     Running             0          6s
  $ kubectl scale deployment coredns -n kube-system --replicas=3
  deployment.apps/coredns scaled
  $ kubectl get pods -n kube-system -l k8s-app=kube-dns -w -o wide
  NAME                       READY   STATUS              RESTARTS        AGE   IP             NODE                 NOMINATED NODE   READINESS GATES
  coredns-66967f4c59-cq4nh   0/1     ContainerCreating   0               0s    10.244.0.142   tk8s-worker1         <none>           <none>
  coredns-66967f4c59-sc4gn   1/1     Running             3 (6h45m ago)   46h   10.244.0.13    tk8s-control-plane   <none>           <none>
  coredns-66967f4c59-zkpkl   1/1     Running             3 (6h45m ago)   46h   10.244.0.14    tk8s-control-plane   <none>           <none>
  coredns-66967f4c59-cq4nh   0/1     Running             0               2s    10.244.0.142   tk8s-worker1         <none>           <none>
  coredns-66967f4c59-cq4nh   1/1     Running             0               2s    10.244.0.142   tk8s-worker1         <none>           <none>
A deleted pod whose containers have stopped gets three more events from its kubelet: its final
status (terminal, so Completed rather than Terminating), the delete with grace period 0 (an
update), and its removal.
  $ kubectl delete pod web --wait=false
  pod "web" deleted
  $ kubectl get pods --watch --output-watch-events
  EVENT      NAME    READY   STATUS        RESTARTS   AGE
  ADDED      goweb   1/1     Running       0          97m
  ADDED      web     1/1     Terminating   0          2m8s
  MODIFIED   web     0/1     Completed     0          2m9s
  MODIFIED   web     0/1     Completed     0          2m9s
  DELETED    web     0/1     Completed     0          2m9s
  $ kubectl create deployment hello --image=nginx --replicas=2
  deployment.apps/hello created
  $ kubectl get pods -l app=hello --watch-only
  NAME                    READY   STATUS    RESTARTS   AGE
  hello-c459cb8cf-gb7n7   1/1     Running   0          3s
  hello-c459cb8cf-m9ldj   1/1     Running   0          3s
  $ kubectl scale deployment hello --replicas=3
  deployment.apps/hello scaled
  $ kubectl get pods -l app=hello -w -o name
  pod/hello-c459cb8cf-dgth7
  pod/hello-c459cb8cf-gb7n7
  pod/hello-c459cb8cf-m9ldj
  pod/hello-c459cb8cf-dgth7
  $ kubectl scale deployment hello --replicas=1
  deployment.apps/hello scaled
  $ kubectl get pods -l app=hello -w -o jsonpath='{.metadata.name} {.status.phase}{"\n"}'
  hello-c459cb8cf-dgth7 Running
  hello-c459cb8cf-gb7n7 Running
  hello-c459cb8cf-m9ldj Running
  hello-c459cb8cf-dgth7 Succeeded
  hello-c459cb8cf-dgth7 Succeeded
  hello-c459cb8cf-dgth7 Succeeded
  hello-c459cb8cf-gb7n7 Succeeded
  hello-c459cb8cf-gb7n7 Succeeded
  hello-c459cb8cf-gb7n7 Succeeded
  $ kubectl get deployment hello -w --request-timeout=5s
  NAME    READY   UP-TO-DATE   AVAILABLE   AGE
  hello   1/1     1            1           3m10s
  $ kubectl get pods,svc -w
  error: you may only specify a single resource type
  $ kubectl get pod goweb goweb -w
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          101m
  goweb   1/1     Running   0          101m
  error: you may only watch a single resource or type of resource at a time
  $ kubectl get pods --output-watch-events
  error: --output-watch-events option can only be used with --watch or --watch-only
  $ kubectl get pods -w --sort-by=.metadata.name --request-timeout=1s
  warning: --watch or --watch-only requested, --sort-by will be ignored
  NAME                    READY   STATUS    RESTARTS   AGE
  goweb                   1/1     Running   0          101m
  hello-c459cb8cf-m9ldj   1/1     Running   0          3m15s
