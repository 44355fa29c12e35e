kubectl set with -f and an object that is not on the server. image, env, resources and
serviceaccount fetch every object first (the builder's Infos) and change nothing when one
is missing; each missing one is reported. set selector goes on with the others: a change it
refuses is reported in turn, the objects it could not fetch come back together from the file
visitor at the end (worded in full when they are all there is, else as Go's plain error).
--local never asks the server. set resources checks its --limits and --requests only after
the objects are fetched; set env checks the output format and --local with a server dry run
before it fetches anything.
  $ cat > two.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels: {app: web}
  >   template:
  >     metadata:
  >       labels: {app: web}
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  > ---
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: nope
  > spec:
  >   selector:
  >     matchLabels: {app: nope}
  >   template:
  >     metadata:
  >       labels: {app: nope}
  >     spec:
  >       containers:
  >       - name: nope
  >         image: nginx
  > EOF
  $ cat > rev.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: nope
  > spec:
  >   selector:
  >     matchLabels: {app: nope}
  >   template:
  >     metadata:
  >       labels: {app: nope}
  >     spec:
  >       containers:
  >       - name: nope
  >         image: nginx
  > ---
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     matchLabels: {app: web}
  >   template:
  >     metadata:
  >       labels: {app: web}
  >     spec:
  >       containers:
  >       - name: web
  >         image: nginx
  > EOF
  $ cat > svc2.yaml <<'EOF'
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: nope
  > spec:
  >   ports: [{port: 80}]
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: kubernetes
  > spec:
  >   ports: [{port: 443}]
  > EOF
  $ cat > three.yaml <<'EOF'
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: a
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: b
  > EOF
  $ head -14 two.yaml | kubectl apply -f -
  deployment.apps/web created
  $ kubectl set image -f two.yaml '*=nginx:1.25'; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set image -f two.yaml nginx=nginx:1.25; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set env -f two.yaml A=b; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set resources -f two.yaml --limits=cpu=100m; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set resources -f two.yaml; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set resources deployment nope; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set resources deployment nope -o bogus; echo $?
  error: unable to match a printer suitable for the output format "bogus", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
  1
  $ kubectl set resources deployment --all -l app=web; echo $?
  error: cannot set --all and --selector at the same time
  1
  $ kubectl set resources deployment nope -l app=web; echo $?
  error: name cannot be provided when a selector is specified
  1
  $ kubectl label deployment nope -l app=web x=y; echo $?
  error: name cannot be provided when a selector is specified
  1
  $ kubectl set resources -f two.yaml --local --dry-run=server; echo $?
  error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?
  1
  $ kubectl set env -o bogus; echo $?
  error: unable to match a printer suitable for the output format "bogus", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
  1
  $ kubectl set env -f two.yaml --local --dry-run=server A=b; echo $?
  error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?
  1
  $ kubectl set selector -f two.yaml app=x; echo $?
  setting a selector is only supported for Services
  deployments.apps "nope" not found
  1
  $ kubectl set sa -f two.yaml foo; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set selector -f svc2.yaml app=x; echo $?
  service/kubernetes selector updated
  Error from server (NotFound): services "nope" not found
  1
  $ kubectl set selector -f svc2.yaml app=x -o name; echo $?
  service/kubernetes
  Error from server (NotFound): services "nope" not found
  1
  $ kubectl set image -f rev.yaml '*=nginx:1.25'; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  1
  $ kubectl set image -f two.yaml web=nginx:1.25 --local -o name; echo $?
  deployment.apps/web
  error: unable to find container named "web"
  1
  $ kubectl set env -f two.yaml A=b --local -o name; echo $?
  deployment.apps/web
  deployment.apps/nope
  0
  $ kubectl set selector -f svc2.yaml app=x --local -o name; echo $?
  service/nope
  service/kubernetes
  0
  $ kubectl set selector -f two.yaml app=x --local -o name; echo $?
  setting a selector is only supported for Services
  setting a selector is only supported for Services
  1
  $ kubectl set selector -f three.yaml x=y; echo $?
  Error from server (NotFound): services "a" not found
  Error from server (NotFound): services "b" not found
  1
  $ kubectl set env -f two.yaml -f three.yaml A=b; echo $?
  Error from server (NotFound): deployments.apps "nope" not found
  Error from server (NotFound): services "a" not found
  Error from server (NotFound): services "b" not found
  1
  $ kubectl set selector -f three.yaml -f two.yaml x=y; echo $?
  setting a selector is only supported for Services
  [services "a" not found, services "b" not found, deployments.apps "nope" not found]
  1
  $ kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
  nginx
