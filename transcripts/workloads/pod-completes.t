A pod that runs `sleep 5` once: restartPolicy Never leaves it Completed.
  $ kubectl run once --image=busybox --restart=Never -- sleep 5
  pod/once created
  $ sleep 4
  $ kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  once    1/1     Running   0          4s
  $ sleep 5
  $ kubectl get pods
  NAME    READY   STATUS      RESTARTS   AGE
  goweb   1/1     Running     0          95m
  once    0/1     Completed   0          9s
  $ kubectl run fails --image=busybox --restart=Never -- sh -c "exit 3"
  pod/fails created
  $ sleep 10
  $ kubectl get pods
  NAME    READY   STATUS      RESTARTS   AGE
  fails   0/1     Error       0          10s
  goweb   1/1     Running     0          95m
  once    0/1     Completed   0          19s
