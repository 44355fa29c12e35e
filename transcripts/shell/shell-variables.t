bash keeps UID, EUID and PPID itself, read-only and not exported; assigning to one discards the
rest of the line, as interactive bash does. `$0` is how the shell was started: the host's login
shell is `-bash`, a shell in a node `bash`, a pod's `sh` as the exec named it.
  $ echo $UID $EUID $PPID $0
  1000 1000 2480 -bash
  $ UID=0; echo never
  bash: UID: readonly variable
  $ echo $?
  1
  $ UID=0 whoami
  bash: UID: readonly variable
  bigred
  $ unset EUID; export PPID=1
  bash: unset: EUID: cannot unset: readonly variable
  bash: PPID: readonly variable
  $ env | grep -c UID
  0
  $ sudo podman exec -it tk8s-control-plane bash
  $ echo $UID $0
  0 bash
  $ exit
  exit
  $ kubectl run box --image=busybox:1.36 -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- sh -c 'echo $0; echo "[$UID]"'
  sh
  []
  $ kubectl exec box -- /bin/sh -c 'echo $0' named
  named
  $ kubectl exec -it box -- sh
  $ echo $0
  sh
  $ exit
