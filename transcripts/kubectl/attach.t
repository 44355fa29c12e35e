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
A container without a terminal is attached without one, as kubectl says; what it prints from
then on is shown while it runs (a minute of lab time here, then left as if by Ctrl-C), and
nothing it printed before.
  $ kubectl attach web -it
  error: Unable to use a TTY - container web did not allocate one
  If you don't see a command prompt, try pressing enter.
  $ kubectl attach web -q
  $ kubectl run ticker --image=busybox -- sh -c "while true; do echo tick; sleep 20; done"
  pod/ticker created
  $ sleep 30
  $ kubectl attach ticker
  If you don't see a command prompt, try pressing enter.
  tick
  tick
  tick
  $ kubectl attach ticker -c ticker -i
  If you don't see a command prompt, try pressing enter.
  tick
  tick
  tick
