rollout and scale over several objects where some fail, worded and ordered as kubectl 1.32
prints them. restart, pause and resume take every object first and then act on each: the
objects a file names that could not be fetched come first, as one aggregate, then each refusal.
  $ kubectl create deployment a --image=nginx
  deployment.apps/a created
  $ kubectl create deployment b --image=nginx
  deployment.apps/b created
  $ cat > all.yaml <<EOF
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: missing
  > ---
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: a
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: goweb
  > ---
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: missing2
  > ---
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: b
  > EOF
  $ kubectl rollout pause -f all.yaml; echo $?
  deployment.apps/a paused
  deployment.apps/b paused
  [deployments.apps "missing" not found, deployments.apps "missing2" not found]
  error: pods "goweb" pausing is not supported
  1
  $ kubectl rollout resume -f all.yaml
  deployment.apps/a resumed
  deployment.apps/b resumed
  [deployments.apps "missing" not found, deployments.apps "missing2" not found]
  error: pods "goweb" resuming is not supported
  $ kubectl rollout resume -f all.yaml
  [deployments.apps "missing" not found, deployments.apps "missing2" not found]
  error: deployments.apps "a" is not paused
  error: pods "goweb" resuming is not supported
  error: deployments.apps "b" is not paused
Named objects are each acted on; those missing are reported after, one a line.
  $ sleep 1
  $ kubectl rollout restart deployment missing a missing2 b
  deployment.apps/a restarted
  deployment.apps/b restarted
  Error from server (NotFound): deployments.apps "missing" not found
  Error from server (NotFound): deployments.apps "missing2" not found
history, status and undo act on each object as they come to it: refusals where they happen,
and a file's missing objects together once the file is read.
  $ kubectl rollout history -f all.yaml
  deployment.apps/a 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
  deployment.apps/b 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
  no history viewer has been implemented for "Pod"
  [deployments.apps "missing" not found, deployments.apps "missing2" not found]
  $ kubectl rollout undo -f all.yaml
  deployment.apps/a rolled back
  deployment.apps/b rolled back
  no rollbacker has been implemented for "Pod"
  [deployments.apps "missing" not found, deployments.apps "missing2" not found]
  $ kubectl rollout undo deployment missing a b
  deployment.apps/a rolled back
  deployment.apps/b rolled back
  Error from server (NotFound): deployments.apps "missing" not found
scale does not fetch a file's objects first: the first it cannot scale stops it, with the ones
before it scaled; a client dry run asks nothing of the server.
  $ kubectl scale -f all.yaml --replicas=2
  Error from server (NotFound): deployments.apps "missing" not found
  $ sed -i 1,5d all.yaml
  $ kubectl scale -f all.yaml --replicas=2
  deployment.apps/a scaled
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl scale -f all.yaml --replicas=3 --dry-run=client
  deployment.apps/a scaled (dry run)
  pod/goweb scaled (dry run)
  deployment.apps/missing2 scaled (dry run)
  deployment.apps/b scaled (dry run)
  $ kubectl scale deployment missing a b --replicas=1
  deployment.apps/a scaled
  deployment.apps/b scaled
  Error from server (NotFound): deployments.apps "missing" not found
A type alone is every object of it in the namespace, or those -l picks; with nothing picked,
restart, pause, resume and status say so, history and undo say nothing. set needs names, -l
or --all.
  $ kubectl rollout pause deployment -l app=b
  deployment.apps/b paused
  $ kubectl rollout resume deployment
  deployment.apps/b resumed
  error: deployments.apps "a" is not paused
  $ kubectl rollout restart deployment a -l app=a
  error: name cannot be provided when a selector is specified
  $ kubectl rollout restart deployment -n kube-public; echo $?
  No resources found in kube-public namespace.
  0
  $ kubectl rollout history deployment -n kube-public; echo $?
  0
  $ kubectl set image deployment nginx=nginx:1.27
  error: resource(s) were provided, but no name was specified
  $ kubectl set image deployment -l app=b nginx=nginx:1.27
  deployment.apps/b image updated
