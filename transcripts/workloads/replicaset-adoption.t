A ReplicaSet owns the pods its selector matches. A pod with no controller and matching labels is
adopted (it gains an ownerReference) and counts toward the replicas; a pod whose labels stop
matching is released (its ownerReference goes) and the ReplicaSet makes a replacement.
  $ kubectl run stray --image=nginx --labels=app=web
  pod/stray created
  $ sleep 10
  $ kubectl get pod stray -o jsonpath='{.metadata.ownerReferences}{"\n"}'
  
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: ReplicaSet
  > metadata:
  >   name: web
  > spec:
  >   replicas: 3
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
  >         image: nginx
  > EOF
  replicaset.apps/web created
  $ kubectl get pods -l app=web
  NAME        READY   STATUS              RESTARTS   AGE
  stray       1/1     Running             0          10s
  web-888gq   0/1     ContainerCreating   0          0s
  web-ggwcd   0/1     ContainerCreating   0          0s
  $ kubectl get pod stray -o jsonpath='{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name} controller={.metadata.ownerReferences[0].controller}{"\n"}'
  ReplicaSet/web controller=true
  $ sleep 10
  $ kubectl get rs web
  NAME   DESIRED   CURRENT   READY   AGE
  web    3         3         3       10s

Changing a label needs --overwrite; once the pod no longer matches, it is released and replaced.
  $ kubectl label pod stray app=other
  error: 'app' already has a value (web), and --overwrite is false
  $ kubectl label pod stray app=other --overwrite
  pod/stray labeled
  $ kubectl get pod stray -o jsonpath='{.metadata.ownerReferences}{"\n"}'
  
  $ kubectl get pods --show-labels
  NAME        READY   STATUS              RESTARTS   AGE   LABELS
  goweb       1/1     Running             0          95m   run=goweb
  stray       1/1     Running             0          20s   app=other
  web-888gq   1/1     Running             0          10s   app=web
  web-ggwcd   1/1     Running             0          10s   app=web
  web-rrklm   0/1     ContainerCreating   0          0s    app=web
  $ sleep 10
  $ kubectl get rs web
  NAME   DESIRED   CURRENT   READY   AGE
  web    3         3         3       20s

Labelled back, the pod is adopted again and the ReplicaSet, now one over, deletes a pod.
  $ kubectl label pod stray app-
  pod/stray unlabeled
  $ kubectl label pod stray app-
  label "app" not found.
  pod/stray not labeled
  $ kubectl label pod stray app=web
  pod/stray labeled
  $ kubectl get pods -l app=web
  NAME        READY   STATUS        RESTARTS   AGE
  stray       1/1     Running       0          30s
  web-888gq   1/1     Running       0          20s
  web-ggwcd   1/1     Running       0          20s
  web-rrklm   1/1     Terminating   0          10s
  $ sleep 5
  $ kubectl get pods -l app=web
  NAME        READY   STATUS    RESTARTS   AGE
  stray       1/1     Running   0          35s
  web-888gq   1/1     Running   0          25s
  web-ggwcd   1/1     Running   0          25s
  $ kubectl get rs web
  NAME   DESIRED   CURRENT   READY   AGE
  web    3         3         3       25s
  $ kubectl label pod nosuch app=web
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl label pod stray
  error: at least one label update is required
  $ kubectl label app=web
  error: one or more resources must be specified as <resource> <name> or <resource>/<name>
  $ kubectl label pod stray a=b a-
  error: can not both modify and remove a label in the same command
