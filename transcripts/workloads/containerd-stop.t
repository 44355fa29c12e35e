containerd stopped inside a running node container (`systemctl stop containerd`). Its shims
keep the pods' containers running, but the kubelet can no longer reach the runtime: once its
last good runtime check is 30 s old, its next node status says Ready=False, "container runtime
is down", and the node lifecycle controller taints the node not-ready. crictl cannot connect.
After 3 minutes the failing PLEG joins the message. `systemctl start containerd` brings the
node back Ready.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 10
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          10s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          10s   10.244.0.142   tk8s-worker1   <none>           <none>
  $ sudo podman exec -it tk8s-worker2 bash
  $ systemctl stop containerd
  $ systemctl is-active containerd
  inactive
  $ systemctl status containerd
  ○ containerd.service - containerd container runtime
       Loaded: loaded (/etc/systemd/system/containerd.service; enabled; preset: enabled)
       Active: inactive (dead) since Wed 2025-04-23 07:25:10 UTC; now
         Docs: https://containerd.io
      Process: 79 ExecStartPre=/sbin/modprobe overlay (code=exited, status=0/SUCCESS)
      Process: 82 ExecStart=/usr/local/bin/containerd (code=exited, status=0/SUCCESS)
     Main PID: 82 (code=exited, status=0/SUCCESS)
        Tasks: 44
       Memory: 51.0M
          CPU: 6min 3.736s
       CGroup: /system.slice/containerd.service
               ├─ 95 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id 4937421077868d0fa3757d301ee1fd1e9cb12902e349a0e44a697be2b37a9919 -address /run/containerd/containerd.sock
               ├─128 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id 1bb03035f99551554a80258fa7caa512f4abde4880dc528200e10de724e27f25 -address /run/containerd/containerd.sock
               ├─144 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id d3f8ad35371ee0f149003f9bf3e707daf0b99535f5c9414ad8dc9d23e95a044d -address /run/containerd/containerd.sock
               └─168 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id 7a5fea95a6f7a9c6b78b9d0d608dee1c332eeb6c249927d340f1caa8ced803e1 -address /run/containerd/containerd.sock
  
  Apr 23 00:41:01 tk8s-worker2 systemd[1]: Starting containerd.service - containerd container runtime...
  Apr 23 00:41:01 tk8s-worker2 systemd[1]: Started containerd.service - containerd container runtime.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopping containerd.service - containerd container runtime...
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Deactivated successfully.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 95 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 128 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 144 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 168 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopped containerd.service - containerd container runtime.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Consumed 4min 50.988s CPU time.
  $ crictl ps
  FATA[0000] validate service connection: validate CRI v1 runtime API for endpoint "unix:///run/containerd/containerd.sock": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory"
  $ ps -e | grep -c nginx
  1
  $ exit
  exit
  $ sleep 20
  $ kubectl get nodes tk8s-worker2
  NAME           STATUS   ROLES    AGE   VERSION
  tk8s-worker2   Ready    <none>   46h   v1.32.2
  $ sleep 20
  $ kubectl get nodes tk8s-worker2
  NAME           STATUS     ROLES    AGE   VERSION
  tk8s-worker2   NotReady   <none>   46h   v1.32.2
  $ kubectl describe node tk8s-worker2 | grep -A 7 '^Conditions'
  Conditions:
    Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
    ----             ------  -----------------                 ------------------                ------                       -------
    MemoryPressure   False   Wed, 23 Apr 2025 07:25:40 +0000   Wed, 23 Apr 2025 00:41:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
    DiskPressure     False   Wed, 23 Apr 2025 07:25:40 +0000   Wed, 23 Apr 2025 00:41:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
    PIDPressure      False   Wed, 23 Apr 2025 07:25:40 +0000   Wed, 23 Apr 2025 00:41:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
    Ready            False   Wed, 23 Apr 2025 07:25:40 +0000   Wed, 23 Apr 2025 07:25:40 +0000   KubeletNotReady              container runtime is down
  Addresses:
  $ kubectl get node tk8s-worker2 -o jsonpath='{.spec.taints}'; echo
  [{"effect":"NoSchedule","key":"node.kubernetes.io/not-ready","timeAdded":"2025-04-23T07:25:40Z"},{"effect":"NoExecute","key":"node.kubernetes.io/not-ready","timeAdded":"2025-04-23T07:25:40Z"}]
  $ sleep 180
  $ kubectl get node tk8s-worker2 -o jsonpath='{.status.conditions[?(@.type=="Ready")].message}'; echo
  [container runtime is down, PLEG is not healthy: pleg was last seen active 3m40s ago; threshold is 3m0s]
  $ sudo podman exec tk8s-worker2 systemctl start containerd
  $ sleep 10
  $ kubectl get nodes tk8s-worker2
  NAME           STATUS   ROLES    AGE   VERSION
  tk8s-worker2   Ready    <none>   46h   v1.32.2
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          99m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          4m    10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          4m    10.244.0.142   tk8s-worker1   <none>           <none>
  $ sudo podman exec tk8s-worker2 journalctl -u containerd --no-pager
  Apr 23 00:41:01 tk8s-worker2 systemd[1]: Starting containerd.service - containerd container runtime...
  Apr 23 00:41:01 tk8s-worker2 systemd[1]: Started containerd.service - containerd container runtime.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopping containerd.service - containerd container runtime...
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Deactivated successfully.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 95 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 128 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 144 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Unit process 168 (containerd-shim) remains running after unit stopped.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopped containerd.service - containerd container runtime.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: containerd.service: Consumed 4min 50.988s CPU time.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: Starting containerd.service - containerd container runtime...
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: containerd.service: Found left-over process 95 (containerd-shim) in control group while starting unit. Ignoring.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: This usually indicates unclean termination of a previous run, or service implementation deficiencies.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: containerd.service: Found left-over process 128 (containerd-shim) in control group while starting unit. Ignoring.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: This usually indicates unclean termination of a previous run, or service implementation deficiencies.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: containerd.service: Found left-over process 144 (containerd-shim) in control group while starting unit. Ignoring.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: This usually indicates unclean termination of a previous run, or service implementation deficiencies.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: containerd.service: Found left-over process 168 (containerd-shim) in control group while starting unit. Ignoring.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: This usually indicates unclean termination of a previous run, or service implementation deficiencies.
  Apr 23 07:28:50 tk8s-worker2 systemd[1]: Started containerd.service - containerd container runtime.
  $ sudo podman exec tk8s-worker2 crictl ps | grep -c nginx
  1
  $ kubectl get events --field-selector involvedObject.kind=Node,involvedObject.name=tk8s-worker2 | tail -4
  LAST SEEN   TYPE     REASON         OBJECT              MESSAGE
  3m20s       Normal   NodeNotReady   node/tk8s-worker2   Node tk8s-worker2 status is now: NodeNotReady
  10s         Normal   NodeReady      node/tk8s-worker2   Node tk8s-worker2 status is now: NodeReady
