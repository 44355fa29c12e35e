kubectl debug --target: the ephemeral container joins the target container's process
namespace, so ps in it lists the target's processes first (PIDs are the simulation's figures);
without --target it sees only its own. kubectl exec adds its process after them.
  $ kubectl run bb --image=busybox -- sleep 3600
  pod/bb created
  $ sleep 30
  $ kubectl exec bb -- ps
  PID   USER     TIME  COMMAND
      1 root      0:00 sleep 3600
      7 root      0:00 ps
  $ kubectl debug bb --image=busybox -c dbg --target=bb -- sleep 600
  Targeting container "bb". If you don't see processes from this container it may be because the container runtime doesn't support this feature.
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  $ sleep 20
  $ kubectl exec bb -c dbg -- ps aux
  PID   USER     TIME  COMMAND
      1 root      0:00 sleep 3600
      7 root      0:00 sleep 600
     13 root      0:00 ps aux
  $ kubectl exec bb -c bb -- ps
  PID   USER     TIME  COMMAND
      1 root      0:00 sleep 3600
      7 root      0:00 sleep 600
     13 root      0:00 ps
  $ kubectl debug bb --image=busybox -c alone -- sleep 600
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  $ sleep 20
  $ kubectl exec bb -c alone -- ps
  PID   USER     TIME  COMMAND
      1 root      0:00 sleep 600
      7 root      0:00 ps
  $ kubectl debug -it bb --image=busybox -c shell --target=bb
  Targeting container "bb". If you don't see processes from this container it may be because the container runtime doesn't support this feature.
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  If you don't see a command prompt, try pressing enter.
  $ ps
  PID   USER     TIME  COMMAND
      1 root      0:00 sleep 3600
      7 root      0:00 sleep 600
     13 root      0:00 sh
     19 root      0:00 ps
  $ exit
  Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach bb -c shell -i -t' if it is still running
With shareProcessNamespace every container sees the pod's processes, the sandbox's pause first.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: shared
  > spec:
  >   shareProcessNamespace: true
  >   containers:
  >   - name: one
  >     image: busybox
  >     command: [sleep, "3600"]
  >   - name: two
  >     image: busybox
  >     command: [sh, -c, "sleep 7200"]
  > EOF
  pod/shared created
  $ sleep 30
  $ kubectl exec shared -c two -- ps
  PID   USER     TIME  COMMAND
      1 root      0:00 /pause
      7 root      0:00 sleep 3600
     13 root      0:00 sh -c sleep 7200
     19 root      0:00 ps
