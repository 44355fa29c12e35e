kubectl scale sets the replica count of deployments, replica sets and stateful sets, by name,
with -l or --all; --current-replicas makes the change conditional on what is there now.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl create deployment api --image=nginx
  deployment.apps/api created
  $ kubectl label deployment api tier=backend
  deployment.apps/api labeled
  $ kubectl scale deploy web
  error: required flag(s) "replicas" not set
  $ kubectl scale deploy web --replicas=-1
  error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
  $ kubectl scale deploy web --replicas=abc
  error: invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax
  See 'kubectl scale --help' for usage.
  $ kubectl scale --replicas=2
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
  $ kubectl scale deploy --replicas=2
  error: resource(s) were provided, but no name was specified
  $ kubectl scale deploy nosuch --replicas=2
  error: no objects passed to scale deployments.apps "nosuch" not found
  $ kubectl scale deploy web nosuch --replicas=2
  deployment.apps/web scaled
  Error from server (NotFound): deployments.apps "nosuch" not found
  $ kubectl scale svc nosuch --replicas=2
  error: no objects passed to scale services "nosuch" not found
  $ kubectl scale deploy web --replicas=3 --current-replicas=5
  error: Expected replicas to be 5, was 2
  $ kubectl scale deploy web --replicas=3 --current-replicas=2
  deployment.apps/web scaled
  $ kubectl scale deploy web --replicas=1 --dry-run=client
  deployment.apps/web scaled (dry run)
  $ kubectl scale deploy web --replicas=1 --dry-run=server -o name
  deployment.apps/web
  $ kubectl scale deploy/web deploy/api --replicas=2
  deployment.apps/web scaled
  deployment.apps/api scaled
  $ kubectl scale deploy -l tier=backend --replicas=0
  deployment.apps/api scaled
  $ kubectl scale deploy --all --replicas=1
  deployment.apps/api scaled
  deployment.apps/web scaled
  $ sleep 30
  $ kubectl get deploy
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  api    1/1     1            1           30s
  web    1/1     1            1           30s
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: db
  > spec:
  >   serviceName: db
  >   replicas: 1
  >   selector:
  >     matchLabels:
  >       app: db
  >   template:
  >     metadata:
  >       labels:
  >         app: db
  >     spec:
  >       containers:
  >       - name: db
  >         image: nginx
  > EOF
  statefulset.apps/db created
  $ kubectl scale statefulset db --replicas=3
  statefulset.apps/db scaled
  $ sleep 60
  $ kubectl get sts db
  NAME   READY   AGE
  db     3/3     60s
  $ kubectl scale pod db-0 --replicas=2
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl scale deploy web api --replicas=1 --resource-version=5
  error: cannot use --resource-version with multiple resources
  $ kubectl scale deploy web --replicas=1 -l app=web
  error: name cannot be provided when a selector is specified
