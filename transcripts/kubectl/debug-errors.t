kubectl debug checks its flags before it asks the cluster for anything.
  $ kubectl debug web
  error: you must specify --image when not using --copy-to.
  $ kubectl debug --image=busybox
  error: NAME or filename is required for debug
  $ kubectl debug web --image=busybox --profile=wide
  error: unknown profile: wide
  $ kubectl debug web --copy-to=web2
  error: you must specify --image, --set-image or command arguments.
  $ kubectl debug web --replace --image=busybox
  error: --replace may only be used with --copy-to.
  $ kubectl debug web --set-image=web=nginx --image=busybox
  error: --set-image may only be used with --copy-to.
  $ kubectl debug web --copy-to=web2 -- sh
  error: you must specify an existing container or a new image when specifying args.
  $ kubectl debug web --copy-to=web2 --image=busybox --target=web
  error: --target is incompatible with --copy-to. Use --share-processes instead.
  $ kubectl debug web --image=BusyBox
  error: invalid image name "BusyBox": invalid reference format
  $ kubectl debug web --image=busybox --image-pull-policy=Sometimes
  error: invalid image pull policy: Sometimes
  $ kubectl debug -t web --image=busybox --target=web
  Targeting container "web". If you don't see processes from this container it may be because the container runtime doesn't support this feature.
  error: -i/--stdin is required for containers with -t/--tty=true
  $ kubectl debug web --image=busybox --env=NOVALUE
  error: invalid argument "NOVALUE" for "--env" flag: NOVALUE must be formatted as key=value
  See 'kubectl debug --help' for usage.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl debug deploy/web --image=busybox --profile=general
  error: "apps/v1, Kind=Deployment" not supported by debug
  $ kubectl debug nosuchkind/web --image=busybox --profile=general
  error: the server doesn't have a resource type "nosuchkind"
  $ kubectl debug --attach web
  error: you must specify --container or create a new container using --image in order to attach.
  $ kubectl debug --help
  Start a debugging container for a pod or a node.
  
  For a pod, kubectl adds an ephemeral container to it (the pod keeps running, and the new
  container can share the process namespace of another with --target), or with --copy-to
  creates a changed copy of the pod. For node/NAME, it creates a pod on that node that uses
  the node's network, process and IPC namespaces, with the node's root file system at
  /host. With -i kubectl waits for the container to start and attaches to it; with -it
  its shell opens at the prompt, and exit ends the session.
  
  Examples:
    kubectl debug -it web --image=busybox --target=nginx
    kubectl debug web --image=busybox -c probe -- sleep 3600
    kubectl debug web -it --copy-to=web-debug --image=busybox --share-processes
    kubectl debug web --copy-to=web-old --set-image=*=nginx:1.27
    kubectl debug node/tk8s-worker1 -it --image=busybox
  
  Options:
        --image=IMAGE         The image of the debug container
    -c, --container=NAME      The debug container's name (default debugger-xxxxx)
        --target=CONTAINER    Share the process namespace of this container of the pod
    -i, --stdin               Keep the container's stdin open and attach to it
    -t, --tty                 Give the container a terminal (with -i)
        --attach              Attach even without -i (or --attach=false not to)
    -q, --quiet               Print no informational lines
        --env=K=V,...         Environment variables for the container
        --image-pull-policy=POLICY  Always, IfNotPresent or Never
        --arguments-only      Pass the words after -- as arguments, not the command
        --profile=NAME        legacy (default), general, baseline, restricted, netadmin or sysadmin
        --custom=FILE         A partial container spec (JSON or YAML) merged in after the profile
        --copy-to=NAME        Create a copy of the pod with this name instead
        --set-image=C=IMAGE,...  With --copy-to: change container images (* for all)
        --share-processes     With --copy-to: share one process namespace (default true)
        --same-node           With --copy-to: run the copy on the pod's node
        --replace             With --copy-to: delete the original pod
        --keep-labels, --keep-annotations, --keep-liveness, --keep-readiness, --keep-startup,
        --keep-init-containers  With --copy-to and a profile other than legacy: keep these
  
  Usage:
    kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]
  
  Use "kubectl options" for a list of global command-line options (applies to all commands).
