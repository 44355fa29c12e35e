kubectl debug -f FILE: the pods (or nodes) of the manifest, as written there, are debugged as if
named: an ephemeral container is added to the pod of that name on the server.
  $ kubectl run bb --image=busybox -- sleep 3600
  pod/bb created
  $ sleep 30
  $ kubectl get pod bb -o yaml > bb.yaml
  $ kubectl debug -f bb.yaml --image=busybox -c dbg --profile=general -- sleep 600
  $ sleep 20
  $ kubectl get pod bb -o jsonpath='{range .status.ephemeralContainerStatuses[*]}{.name} {.state.running.startedAt}{"\n"}{end}'
  dbg 2025-04-23T07:25:30Z
  $ kubectl debug -f bb.yaml bb --image=busybox
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well
  $ kubectl debug -f missing.yaml --image=busybox
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  error: the path "missing.yaml" does not exist
  $ cat <<EOF > ghost.yaml
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: ghost
  > spec:
  >   containers:
  >   - name: c
  >     image: busybox
  > EOF
  $ kubectl debug -f ghost.yaml --image=busybox --profile=general
  Defaulting debug container name to debugger-r8jzx.
  Error from server (NotFound): pods "ghost" not found
  $ kubectl create service clusterip web --tcp=80 --dry-run=client -o yaml > svc.yaml
  $ kubectl debug -f svc.yaml --image=busybox --profile=general
  error: "/v1, Kind=Service" not supported by debug
  $ kubectl debug -f bb.yaml --image=busybox --copy-to=bb-copy --profile=general
  Defaulting debug container name to debugger-db9qb.
  $ kubectl get pods
  NAME      READY   STATUS              RESTARTS   AGE
  bb        1/1     Running             0          50s
  bb-copy   0/2     ContainerCreating   0          0s
  goweb     1/1     Running             0          96m
