kubectl attach connects to the main process of a running container: -c picks the container,
and it can name a pod or a workload whose pod it picks.
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 20
  $ kubectl attach
  error: at least 1 argument is required for attach
  $ kubectl attach nosuch
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl attach pod/web -c nosuch
  error: cannot attach to the container: container nosuch not found in pod web
  $ kubectl attach deploy/nosuch
  Error from server (NotFound): deployments.apps "nosuch" not found
