kubectl run -it with no command attaches to what the image runs by itself: busybox runs sh,
which with stdin kept open gives a shell at the prompt. With --rm the pod goes when it exits.
  $ kubectl run box --image=busybox -it --rm
  If you don't see a command prompt, try pressing enter.
  $ hostname
  box
  $ exit
  Session ended, resume using 'kubectl attach box -c box -i -t' command when the pod is running
  pod "box" deleted
  $ kubectl get pod box
  NAME   READY   STATUS        RESTARTS   AGE
  box    0/1     Terminating   0          2s
kubectl attach -it joins that shell in a pod created without attaching; the image's own command
is what it attaches to. When the shell exits the container ends, and with restartPolicy Always it
is started again, so kubectl says how to attach once more.
  $ kubectl run shell --image=busybox -i -t --attach=false --restart=Always
  pod/shell created
  $ sleep 10
  $ kubectl attach shell -it
  If you don't see a command prompt, try pressing enter.
  $ hostname
  shell
  $ exit
  Session ended, resume using 'kubectl attach shell -c shell -i -t' command when the pod is running
  $ sleep 5
  $ kubectl get pod shell
  NAME    READY   STATUS    RESTARTS     AGE
  shell   1/1     Running   1 (5s ago)   15s
