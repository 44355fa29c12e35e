kubectl set serviceaccount (alias sa) changes the account a pod template's pods run as; the
Deployment then rolls out a new ReplicaSet. The patch is sent even when nothing changes.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl create serviceaccount builder
  serviceaccount/builder created
  $ sleep 20
  $ kubectl set serviceaccount deployment web builder
  deployment.apps/web serviceaccount updated
  $ kubectl set sa deployment/web builder
  deployment.apps/web serviceaccount updated
  $ sleep 30
  $ kubectl get rs
  NAME             DESIRED   CURRENT   READY   AGE
  web-555cd9b857   2         2         2       30s
  web-65d846d465   0         0         0       50s
  $ kubectl get pods -o custom-columns=NAME:.metadata.name,SA:.spec.serviceAccountName
  NAME                   SA
  goweb                  default
  web-555cd9b857-42mrr   builder
  web-555cd9b857-94xv9   builder
  $ kubectl get deploy web -o jsonpath='{.spec.template.spec.serviceAccountName} {.spec.template.spec.serviceAccount}{"\n"}'
  builder builder
  $ kubectl rollout history deployment web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
An account that does not exist is accepted here; the ReplicaSet cannot create its pods.
  $ kubectl set sa deployment web ghost
  deployment.apps/web serviceaccount updated
  $ sleep 5
  $ kubectl get rs
  NAME             DESIRED   CURRENT   READY   AGE
  web-555cd9b857   2         2         2       35s
  web-65d846d465   0         0         0       55s
  web-8495b6f4b9   1         0         0       5s
  $ kubectl rollout undo deployment web
  deployment.apps/web rolled back
Objects without a pod template are refused; a pod's account cannot change.
  $ kubectl set sa service kubernetes builder
  error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service
  $ kubectl run solo --image=nginx
  pod/solo created
  $ kubectl set sa pod solo builder
  error: failed to patch ServiceAccountName Pod "solo" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)
  $ kubectl set sa deployment web
  error: resource(s) were provided, but no name was specified
  $ kubectl set sa deployment nope builder
  Error from server (NotFound): deployments.apps "nope" not found
Every object is read before any is changed: one missing, and nothing is.
  $ kubectl set sa deployment nope web other builder
  Error from server (NotFound): deployments.apps "nope" not found
  Error from server (NotFound): deployments.apps "other" not found
  $ kubectl set sa deployment web builder -l app=web
  error: unknown shorthand flag: 'l' in -l
  See 'kubectl set serviceaccount --help' for usage.
  $ kubectl set sa builder
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
A dry run prints the object as it would be and keeps nothing.
  $ kubectl set sa deployment web default --dry-run=client -o jsonpath='{.spec.template.spec.serviceAccountName}{"\n"}'
  default
  $ kubectl set sa deployment web default --dry-run=server
  deployment.apps/web serviceaccount updated (server dry run)
  $ kubectl get deploy web -o jsonpath='{.spec.template.spec.serviceAccountName}{"\n"}'
  builder
With --local the manifest is changed and printed as kubectl's typed object; nothing is sent.
  $ cat > web.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
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
  $ kubectl set sa -f web.yaml builder --local --dry-run=client -o yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    creationTimestamp: null
    name: web
  spec:
    selector:
      matchLabels:
        app: web
    strategy: {}
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: web
      spec:
        containers:
        - image: nginx
          name: nginx
          resources: {}
        serviceAccountName: builder
  status: {}
  $ kubectl set sa -f web.yaml builder --local --dry-run=server
  error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?
  $ kubectl set sa deployment web builder --local
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
