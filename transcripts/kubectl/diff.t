kubectl diff shows what an apply would change: each object is written as YAML twice, live and
as a server dry run of the apply returns it, into /tmp/LIVE-N and /tmp/MERGED-N, and the two are
compared with diff -u -N. Status 1 means differences, 0 none, 2 an error. A new object is an
empty live file; a changed spec shows the generation the update would give. Nothing changes.
  $ cat <<EOF > web.yaml
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   replicas: 2
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
  > EOF
  $ kubectl diff -f web.yaml
  diff -u -N /tmp/LIVE-730632486/apps.v1.Deployment.default.web /tmp/MERGED-84191378/apps.v1.Deployment.default.web
  --- /tmp/LIVE-730632486/apps.v1.Deployment.default.web	2025-04-23 07:25:00.000000000 +0000
  +++ /tmp/MERGED-84191378/apps.v1.Deployment.default.web	2025-04-23 07:25:00.000000000 +0000
  @@ -0,0 +1,39 @@
  +apiVersion: apps/v1
  +kind: Deployment
  +metadata:
  +  creationTimestamp: "2025-04-23T07:25:00Z"
  +  generation: 1
  +  name: web
  +  namespace: default
  +  uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  +spec:
  +  progressDeadlineSeconds: 600
  +  replicas: 2
  +  revisionHistoryLimit: 10
  +  selector:
  +    matchLabels:
  +      app: web
  +  strategy:
  +    rollingUpdate:
  +      maxSurge: 25%
  +      maxUnavailable: 25%
  +    type: RollingUpdate
  +  template:
  +    metadata:
  +      creationTimestamp: null
  +      labels:
  +        app: web
  +    spec:
  +      containers:
  +      - image: nginx:1.27
  +        imagePullPolicy: IfNotPresent
  +        name: nginx
  +        resources: {}
  +        terminationMessagePath: /dev/termination-log
  +        terminationMessagePolicy: File
  +      dnsPolicy: ClusterFirst
  +      restartPolicy: Always
  +      schedulerName: default-scheduler
  +      securityContext: {}
  +      terminationGracePeriodSeconds: 30
  +status: {}
  $ echo $?
  1
  $ kubectl get deployments
  No resources found in default namespace.
  $ kubectl apply -f web.yaml
  deployment.apps/web created
  $ kubectl diff -f web.yaml; echo $?
  0
  $ sed -i 's/replicas: 2/replicas: 3/; s/nginx:1.27/nginx:1.28/' web.yaml
  $ kubectl diff -f web.yaml
  diff -u -N /tmp/LIVE-3007112683/apps.v1.Deployment.default.web /tmp/MERGED-806553790/apps.v1.Deployment.default.web
  --- /tmp/LIVE-3007112683/apps.v1.Deployment.default.web	2025-04-23 07:25:00.000000000 +0000
  +++ /tmp/MERGED-806553790/apps.v1.Deployment.default.web	2025-04-23 07:25:00.000000000 +0000
  @@ -6,14 +6,14 @@
       kubectl.kubernetes.io/last-applied-configuration: |
         {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx"}]}}}}
     creationTimestamp: "2025-04-23T07:25:00Z"
  -  generation: 1
  +  generation: 2
     name: web
     namespace: default
     resourceVersion: "180"
     uid: 0485a1f7-4031-4f02-bfdf-a959b47888af
   spec:
     progressDeadlineSeconds: 600
  -  replicas: 2
  +  replicas: 3
     revisionHistoryLimit: 10
     selector:
       matchLabels:
  @@ -30,7 +30,7 @@
           app: web
       spec:
         containers:
  -      - image: nginx:1.27
  +      - image: nginx:1.28
           imagePullPolicy: IfNotPresent
           name: nginx
           resources: {}
  $ echo $?
  1
  $ kubectl get deployment web -o jsonpath='{.spec.replicas} {.metadata.generation}{"\n"}'
  2 1
  $ cat <<EOF > secret.yaml
  > apiVersion: v1
  > kind: Secret
  > metadata:
  >   name: creds
  > stringData:
  >   user: admin
  >   password: s3cret
  > EOF
  $ kubectl apply -f secret.yaml
  secret/creds created
  $ sed -i 's/s3cret/changed/' secret.yaml
  $ kubectl diff -f secret.yaml
  diff -u -N /tmp/LIVE-3211558194/v1.Secret.default.creds /tmp/MERGED-1608189912/v1.Secret.default.creds
  --- /tmp/LIVE-3211558194/v1.Secret.default.creds	2025-04-23 07:25:00.000000000 +0000
  +++ /tmp/MERGED-1608189912/v1.Secret.default.creds	2025-04-23 07:25:00.000000000 +0000
  @@ -1,6 +1,6 @@
   apiVersion: v1
   data:
  -  password: '*** (before)'
  +  password: '*** (after)'
     user: '***'
   kind: Secret
   metadata:
  $ kubectl diff
  error: must specify one of -f and -k
  $ echo $?
  2
  $ kubectl diff web -f web.yaml
  error: Unexpected args: [web]
  See 'kubectl diff -h' for help and examples
  $ echo $?
  2
  $ kubectl diff -f missing.yaml
  error: the path "missing.yaml" does not exist
  $ echo $?
  2
