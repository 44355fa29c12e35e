The kubelet service stopped inside a running node container (`systemctl stop kubelet`). Unlike a
stopped container, the pods' containers keep running (crictl still lists them), but nothing
reports on them: after 40 s the node lifecycle controller calls the node NotReady ("Kubelet
stopped posting node status."), and 300 s later taint eviction deletes its pods, which stay
Terminating until the kubelet is back. `systemctl start kubelet` brings the node back Ready, lets
the deleted pods go, and keeps the others running in their sandboxes.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ sleep 10
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Running   0          10s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          10s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Running   0          10s   10.244.1.9     tk8s-worker2   <none>           <none>
  $ sudo podman exec -it tk8s-worker2 bash
  $ systemctl stop kubelet
  $ systemctl is-active kubelet
  inactive
  $ systemctl status kubelet
  ○ kubelet.service - kubelet: The Kubernetes Node Agent
       Loaded: loaded (/etc/systemd/system/kubelet.service; enabled; preset: enabled)
      Drop-In: /etc/systemd/system/kubelet.service.d
               └─10-kubeadm.conf, 11-kind.conf
       Active: inactive (dead) since Wed 2025-04-23 07:25:10 UTC; now
         Docs: http://kubernetes.io/docs/
      Process: 80 ExecStartPre=/bin/sh -euc if [ -f /sys/fs/cgroup/cgroup.controllers ]; then /kind/bin/create-kubelet-cgroup-v2.sh; fi (code=exited, status=0/SUCCESS)
      Process: 81 ExecStartPre=/bin/sh -euc if [ ! -f /sys/fs/cgroup/cgroup.controllers ] && [ ! -d /sys/fs/cgroup/systemd/kubelet ]; then mkdir -p /sys/fs/cgroup/systemd/kubelet; fi (code=exited, status=0/SUCCESS)
      Process: 88 ExecStart=/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10 --runtime-cgroups=/system.slice/containerd.service (code=exited, status=0/SUCCESS)
     Main PID: 88 (code=exited, status=0/SUCCESS)
          CPU: 10min 6.200s
  
  Apr 23 00:41:02 tk8s-worker2 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 00:41:02 tk8s-worker2 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
  Apr 23 07:25:06 tk8s-worker2 kubelet[88]: I0423 07:25:06.409000      88 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/web-65d846d465-9sjxk" podStartSLOduration=2 podStartE2EDuration="6.409s" podCreationTimestamp="2025-04-23 07:25:00 +0000 UTC" firstStartedPulling="2025-04-23 07:25:02 +0000 UTC m=+24240.000000000" lastFinishedPulling="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" observedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" watchObservedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000"
  Apr 23 07:25:06 tk8s-worker2 kubelet[88]: I0423 07:25:06.409000      88 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/web-65d846d465-c9dcc" podStartSLOduration=2 podStartE2EDuration="6.409s" podCreationTimestamp="2025-04-23 07:25:00 +0000 UTC" firstStartedPulling="2025-04-23 07:25:02 +0000 UTC m=+24240.000000000" lastFinishedPulling="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" observedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" watchObservedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000"
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopping kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: kubelet.service: Deactivated successfully.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopped kubelet.service - kubelet: The Kubernetes Node Agent.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: kubelet.service: Consumed 10min 6.200s CPU time.
  $ journalctl -u kubelet -n 6 --no-pager
  Apr 23 07:25:06 tk8s-worker2 kubelet[88]: I0423 07:25:06.409000      88 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/web-65d846d465-9sjxk" podStartSLOduration=2 podStartE2EDuration="6.409s" podCreationTimestamp="2025-04-23 07:25:00 +0000 UTC" firstStartedPulling="2025-04-23 07:25:02 +0000 UTC m=+24240.000000000" lastFinishedPulling="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" observedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" watchObservedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000"
  Apr 23 07:25:06 tk8s-worker2 kubelet[88]: I0423 07:25:06.409000      88 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/web-65d846d465-c9dcc" podStartSLOduration=2 podStartE2EDuration="6.409s" podCreationTimestamp="2025-04-23 07:25:00 +0000 UTC" firstStartedPulling="2025-04-23 07:25:02 +0000 UTC m=+24240.000000000" lastFinishedPulling="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" observedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" watchObservedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000"
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopping kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: kubelet.service: Deactivated successfully.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopped kubelet.service - kubelet: The Kubernetes Node Agent.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: kubelet.service: Consumed 10min 6.200s CPU time.
  $ crictl ps | grep -c nginx
  2
  $ curl -s localhost:10248/healthz; echo " [$?]"
   [7]
  $ exit
  exit
  $ sleep 39
  $ kubectl get nodes tk8s-worker2
  NAME           STATUS   ROLES    AGE   VERSION
  tk8s-worker2   Ready    <none>   46h   v1.32.2
  $ sleep 1
  $ kubectl get nodes tk8s-worker2
  NAME           STATUS     ROLES    AGE   VERSION
  tk8s-worker2   NotReady   <none>   46h   v1.32.2
  $ kubectl describe node tk8s-worker2 | grep -A 7 '^Conditions'
  Conditions:
    Type             Status    LastHeartbeatTime                 LastTransitionTime                Reason              Message
    ----             ------    -----------------                 ------------------                ------              -------
    MemoryPressure   Unknown   Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 07:25:50 +0000   NodeStatusUnknown   Kubelet stopped posting node status.
    DiskPressure     Unknown   Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 07:25:50 +0000   NodeStatusUnknown   Kubelet stopped posting node status.
    PIDPressure      Unknown   Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 07:25:50 +0000   NodeStatusUnknown   Kubelet stopped posting node status.
    Ready            Unknown   Wed, 23 Apr 2025 07:25:00 +0000   Wed, 23 Apr 2025 07:25:50 +0000   NodeStatusUnknown   Kubelet stopped posting node status.
  Addresses:
  $ kubectl get node tk8s-worker2 -o jsonpath='{.spec.taints}'; echo
  [{"effect":"NoExecute","key":"node.kubernetes.io/unreachable","timeAdded":"2025-04-23T07:25:50Z"},{"effect":"NoSchedule","key":"node.kubernetes.io/unreachable","timeAdded":"2025-04-23T07:25:50Z"}]
  $ sleep 300
  $ kubectl get pods -o wide
  NAME                   READY   STATUS              RESTARTS   AGE     IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running             0          101m    10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-8p647   0/1     ContainerCreating   0          0s      10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-9sjxk   1/1     Terminating         0          5m50s   10.244.1.8     tk8s-worker2   <none>           <none>
  web-65d846d465-c89zj   1/1     Running             0          5m50s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-c9dcc   1/1     Terminating         0          5m50s   10.244.1.9     tk8s-worker2   <none>           <none>
  web-65d846d465-d52dn   0/1     ContainerCreating   0          0s      10.244.0.144   tk8s-worker1   <none>           <none>
  $ sudo podman exec tk8s-worker2 systemctl start kubelet
  $ sleep 5
  $ kubectl get nodes tk8s-worker2
  NAME           STATUS   ROLES    AGE   VERSION
  tk8s-worker2   Ready    <none>   46h   v1.32.2
  $ kubectl get pods -o wide
  NAME                   READY   STATUS    RESTARTS   AGE     IP             NODE           NOMINATED NODE   READINESS GATES
  goweb                  1/1     Running   0          101m    10.244.0.141   tk8s-worker1   <none>           <none>
  web-65d846d465-8p647   1/1     Running   0          5s      10.244.0.143   tk8s-worker1   <none>           <none>
  web-65d846d465-c89zj   1/1     Running   0          5m55s   10.244.0.142   tk8s-worker1   <none>           <none>
  web-65d846d465-d52dn   1/1     Running   0          5s      10.244.0.144   tk8s-worker1   <none>           <none>
  $ sudo podman exec tk8s-worker2 systemctl status kubelet | head -4
  ● kubelet.service - kubelet: The Kubernetes Node Agent
       Loaded: loaded (/etc/systemd/system/kubelet.service; enabled; preset: enabled)
      Drop-In: /etc/systemd/system/kubelet.service.d
               └─10-kubeadm.conf, 11-kind.conf
  $ sudo podman exec tk8s-worker2 journalctl -u kubelet --no-pager | grep systemd
  Apr 23 00:41:02 tk8s-worker2 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 00:41:02 tk8s-worker2 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopping kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: kubelet.service: Deactivated successfully.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: Stopped kubelet.service - kubelet: The Kubernetes Node Agent.
  Apr 23 07:25:10 tk8s-worker2 systemd[1]: kubelet.service: Consumed 10min 6.200s CPU time.
  Apr 23 07:30:50 tk8s-worker2 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 07:30:50 tk8s-worker2 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
  $ sudo podman exec tk8s-worker2 systemctl stop containerd
  $ sudo podman exec tk8s-worker2 systemctl stop nosuch
  Failed to stop nosuch.service: Unit nosuch.service not loaded.
