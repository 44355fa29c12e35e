kubectl debug --copy-to creates a copy of a pod: with another image for some containers
(--set-image), a new debug container (--image), a container's command changed (-c NAME -- CMD).
  $ kubectl run web --image=nginx --labels=app=web
  pod/web created
  $ sleep 30
  $ kubectl debug web --copy-to=web-debug --image=busybox --share-processes -- sleep 3600
  --profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".
  Defaulting debug container name to debugger-r8jzx.
  $ kubectl debug web --copy-to=web-old --set-image=*=nginx:1.27 --same-node --profile=general --keep-labels
  $ sleep 30
  $ kubectl get pods --show-labels
  NAME        READY   STATUS    RESTARTS   AGE   LABELS
  goweb       1/1     Running   0          96m   run=goweb
  web         1/1     Running   0          60s   app=web
  web-debug   2/2     Running   0          30s   <none>
  web-old     1/1     Running   0          30s   app=web
  $ kubectl get pod web-debug -o jsonpath='{.spec.shareProcessNamespace} {.spec.containers[*].name}{"\n"}'
  true web debugger-r8jzx
  $ kubectl debug -it web --copy-to=web-sh --container=web --replace --profile=general -- sh
  If you don't see a command prompt, try pressing enter.
  $ hostname
  web-sh
  $ exit
  Session ended, resume using 'kubectl attach web-sh -c web -i -t' command when the pod is running
  $ kubectl get pods
  NAME        READY   STATUS      RESTARTS   AGE
  goweb       1/1     Running     0          96m
  web-debug   2/2     Running     0          32s
  web-old     1/1     Running     0          32s
  web-sh      0/1     Completed   0          2s
