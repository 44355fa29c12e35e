kubectl run -i attaches to the pod it creates: it waits for the pod to run, then a shell
command opens at the prompt (-t), or what the container prints is shown (-i alone). With --rm
the pod is deleted when the session ends; a non-zero exit of the container is kubectl's exit.
--restart stays Always with -i (kubectl 1.32 sends it), so ending the shell prints the hint to attach
again even with --rm, and the restarted shell keeps the deleted pod Terminating for its grace period.
  $ kubectl run -it --rm box --image=busybox -- sh
  If you don't see a command prompt, try pressing enter.
  $ hostname
  box
  $ exit
  Session ended, resume using 'kubectl attach box -c box -i -t' command when the pod is running
  pod "box" deleted
  $ kubectl get pod box
  NAME   READY   STATUS        RESTARTS   AGE
  box    0/1     Terminating   0          2s
  $ kubectl run -it keep --image=busybox --restart=Always -- sh
  If you don't see a command prompt, try pressing enter.
  $ exit
  Session ended, resume using 'kubectl attach keep -c keep -i -t' command when the pod is running
  $ kubectl run -i --rm --restart=Never hello --image=busybox -- sh -c "sleep 3; echo done"
  If you don't see a command prompt, try pressing enter.
  done
  pod "hello" deleted
  $ kubectl run -i --rm --restart=Never fails --image=busybox -- sh -c "sleep 3; echo bye; exit 4"
  If you don't see a command prompt, try pressing enter.
  bye
  pod "fails" deleted
  pod default/fails terminated (Error)
  $ echo $?
  4
A command that never ends is followed for a minute of lab time, then left, as if by Ctrl-C.
  $ kubectl run -it --rm load --image=busybox --restart=Never -- /bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done"
  If you don't see a command prompt, try pressing enter.
  pod "load" deleted
A pod that never runs ends the wait after --pod-running-timeout.
  $ kubectl run -it --rm nopull --image=nosuch/image:9 --pod-running-timeout=20s -- sh
  pod "nopull" deleted
  error: timed out waiting for the condition
  $ kubectl run web --rm --image=nginx
  error: --rm should only be used for attached containers
  See 'kubectl run -h' for help and examples
  $ kubectl run -t web --image=nginx
  error: -i/--stdin is required for containers with -t/--tty=true
  See 'kubectl run -h' for help and examples
  $ kubectl run -i web --image=nginx --dry-run=client
  error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)
  See 'kubectl run -h' for help and examples
  $ kubectl run -it web --image=nginx --pod-running-timeout=0s
  error: --pod-running-timeout must be higher than zero
  See 'kubectl run -h' for help and examples
