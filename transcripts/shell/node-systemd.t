systemd inside a node container. The lab's node image is built FROM kindest/node, whose
entrypoint runs kcn's command as systemd's argument (/sbin/init bash): systemd is PID 1, and
containerd and the kubelet run as kind's units, the kubelet with kubeadm's drop-in. systemctl
status shows each unit as systemd 252 does (through its pager: whole lines, no colours), and
journalctl the node's journal since the container started: systemd's own lines, then what the
kubelet logged at its default verbosity about the pods it runs.
  $ docker exec -it tk8s-worker1 bash
  $ ps -ef | head -4
  UID          PID    PPID  C STIME TTY          TIME CMD
  root           1       0  0 00:41 ?        00:00:00 /sbin/init bash
  root          63       1  0 00:41 ?        00:00:00 /lib/systemd/systemd-journald
  root          82       1  1 00:41 ?        00:04:50 /usr/local/bin/containerd
  $ cat /etc/systemd/system/kubelet.service.d/10-kubeadm.conf /etc/default/kubelet; echo
  # https://github.com/kubernetes/kubernetes/blob/ba8fcafaf8c502a454acd86b728c857932555315/build/debs/10-kubeadm.conf
  # Note: This dropin only works with kubeadm and kubelet v1.11+
  [Service]
  Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
  Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
  # This is a file that "kubeadm init" and "kubeadm join" generates at runtime, populating the KUBELET_KUBEADM_ARGS variable dynamically
  EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
  # This is a file that the user can use for overrides of the kubelet args as a last resort. Preferably, the user should use
  # the .NodeRegistration.KubeletExtraArgs object in the configuration files instead. KUBELET_EXTRA_ARGS should be sourced from this file.
  EnvironmentFile=-/etc/default/kubelet
  ExecStart=
  ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
  KUBELET_EXTRA_ARGS=--runtime-cgroups=/system.slice/containerd.service
  $ systemctl status kubelet
  ● kubelet.service - kubelet: The Kubernetes Node Agent
       Loaded: loaded (/etc/systemd/system/kubelet.service; enabled; preset: enabled)
      Drop-In: /etc/systemd/system/kubelet.service.d
               └─10-kubeadm.conf, 11-kind.conf
       Active: active (running) since Wed 2025-04-23 00:41:02 UTC; 6h ago
         Docs: http://kubernetes.io/docs/
      Process: 80 ExecStartPre=/bin/sh -euc if [ -f /sys/fs/cgroup/cgroup.controllers ]; then /kind/bin/create-kubelet-cgroup-v2.sh; fi (code=exited, status=0/SUCCESS)
      Process: 81 ExecStartPre=/bin/sh -euc if [ ! -f /sys/fs/cgroup/cgroup.controllers ] && [ ! -d /sys/fs/cgroup/systemd/kubelet ]; then mkdir -p /sys/fs/cgroup/systemd/kubelet; fi (code=exited, status=0/SUCCESS)
     Main PID: 83 (kubelet)
        Tasks: 16 (limit: 307)
       Memory: 86.8M
          CPU: 10min 5.950s
       CGroup: /kubelet.slice/kubelet.service
               └─83 /usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10 --runtime-cgroups=/system.slice/containerd.service
  
  Apr 23 00:41:02 tk8s-worker1 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 00:41:02 tk8s-worker1 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
  $ systemctl status containerd --no-pager
  ● containerd.service - containerd container runtime
       Loaded: loaded (/etc/systemd/system/containerd.service; enabled; preset: enabled)
       Active: active (running) since Wed 2025-04-23 00:41:01 UTC; 6h ago
         Docs: https://containerd.io
      Process: 79 ExecStartPre=/sbin/modprobe overlay (code=exited, status=0/SUCCESS)
     Main PID: 82 (containerd)
        Tasks: 57
       Memory: 102.1M
          CPU: 6min 9.303s
       CGroup: /system.slice/containerd.service
               ├─ 82 /usr/local/bin/containerd
               ├─106 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id b71b070a39a41d10eecace7bf4f9edecd6e0043fd3e117d1efd10d4cff080e35 -address /run/containerd/containerd.sock
               ├─147 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id 5d47473a89f2910e52fa348ec837b6b8fc32de57b0e41bb7d416ad964d3e0071 -address /run/containerd/containerd.sock
               ├─175 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id 0ffc3b3fd41e99c6aea3f83196f2e8607117b056f04f47eb7e9b57b067652b59 -address /run/containerd/containerd.sock
               └─198 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id 452626a2bcf3c9b0a16ac5cafa300124731df40426b41941701286a99881e6f5 -address /run/containerd/containerd.sock
  
  Apr 23 00:41:01 tk8s-worker1 systemd[1]: Starting containerd.service - containerd container runtime...
  Apr 23 00:41:01 tk8s-worker1 systemd[1]: Started containerd.service - containerd container runtime.
  $ systemctl is-active kubelet
  active
  $ systemctl is-enabled containerd
  enabled
  $ systemctl status kube-proxy
  Unit kube-proxy.service could not be found.
  $ echo $?
  4
  $ journalctl -u kubelet
  Apr 23 00:41:02 tk8s-worker1 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 00:41:02 tk8s-worker1 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
  $ exit
  exit
A crashing container, an image that does not exist and an nginx, all bound to tk8s-worker1.
The kubelet logs each pod that started since it did, and each sync that could not start a
container; readiness failures and the pulls themselves it logs only at higher verbosity.
  $ kubectl run flaky --image=busybox --overrides='{"spec":{"nodeName":"tk8s-worker1"}}' -- sh -c 'sleep 3; exit 3'
  pod/flaky created
  $ kubectl run typo --image=nginxx:1.27 --overrides='{"spec":{"nodeName":"tk8s-worker1"}}'
  pod/typo created
  $ kubectl run web --image=nginx --overrides='{"spec":{"nodeName":"tk8s-worker1"}}'
  pod/web created
  $ sleep 30
  $ docker exec tk8s-worker1 journalctl -u kubelet --no-pager
  Apr 23 00:41:02 tk8s-worker1 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 00:41:02 tk8s-worker1 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
  Apr 23 07:25:02 tk8s-worker1 kubelet[83]: E0423 07:25:02.800000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"typo\" with ErrImagePull: \"rpc error: code = Unknown desc = failed to pull and unpack image \\\"docker.io/library/nginxx:1.27\\\": failed to resolve reference \\\"docker.io/library/nginxx:1.27\\\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\"" pod="default/typo" podUID="1f740319-f027-4dfa-859b-47888af32aad"
  Apr 23 07:25:02 tk8s-worker1 kubelet[83]: I0423 07:25:02.908000      83 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/flaky" podStartSLOduration=2 podStartE2EDuration="2.908s" podCreationTimestamp="2025-04-23 07:25:00 +0000 UTC" firstStartedPulling="2025-04-23 07:25:02 +0000 UTC m=+24240.000000000" lastFinishedPulling="2025-04-23 07:25:02.908 +0000 UTC m=+24240.908000000" observedRunningTime="2025-04-23 07:25:02.908 +0000 UTC m=+24240.908000000" watchObservedRunningTime="2025-04-23 07:25:02.908 +0000 UTC m=+24240.908000000"
  Apr 23 07:25:03 tk8s-worker1 kubelet[83]: E0423 07:25:03.800000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"typo\" with ImagePullBackOff: \"Back-off pulling image \\\"nginxx:1.27\\\"\"" pod="default/typo" podUID="1f740319-f027-4dfa-859b-47888af32aad"
  Apr 23 07:25:06 tk8s-worker1 kubelet[83]: I0423 07:25:06.409000      83 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/web" podStartSLOduration=2 podStartE2EDuration="6.409s" podCreationTimestamp="2025-04-23 07:25:00 +0000 UTC" firstStartedPulling="2025-04-23 07:25:02 +0000 UTC m=+24240.000000000" lastFinishedPulling="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" observedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000" watchObservedRunningTime="2025-04-23 07:25:06.409 +0000 UTC m=+24244.409000000"
  Apr 23 07:25:10 tk8s-worker1 kubelet[83]: E0423 07:25:10.708000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"flaky\" with CrashLoopBackOff: \"back-off 10s restarting failed container=flaky pod=flaky_default(7a56ddf8-b0ed-48d1-9008-a1faab5feb32)\"" pod="default/flaky" podUID="7a56ddf8-b0ed-48d1-9008-a1faab5feb32"
  Apr 23 07:25:14 tk8s-worker1 kubelet[83]: E0423 07:25:14.600000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"typo\" with ErrImagePull: \"rpc error: code = Unknown desc = failed to pull and unpack image \\\"docker.io/library/nginxx:1.27\\\": failed to resolve reference \\\"docker.io/library/nginxx:1.27\\\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\"" pod="default/typo" podUID="1f740319-f027-4dfa-859b-47888af32aad"
  Apr 23 07:25:24 tk8s-worker1 kubelet[83]: E0423 07:25:24.508000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"flaky\" with CrashLoopBackOff: \"back-off 20s restarting failed container=flaky pod=flaky_default(7a56ddf8-b0ed-48d1-9008-a1faab5feb32)\"" pod="default/flaky" podUID="7a56ddf8-b0ed-48d1-9008-a1faab5feb32"
  Apr 23 07:25:24 tk8s-worker1 kubelet[83]: E0423 07:25:24.600000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"typo\" with ImagePullBackOff: \"Back-off pulling image \\\"nginxx:1.27\\\"\"" pod="default/typo" podUID="1f740319-f027-4dfa-859b-47888af32aad"
  $ docker exec tk8s-worker1 journalctl -u kubelet -n 2 -o cat
  E0423 07:25:24.508000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"flaky\" with CrashLoopBackOff: \"back-off 20s restarting failed container=flaky pod=flaky_default(7a56ddf8-b0ed-48d1-9008-a1faab5feb32)\"" pod="default/flaky" podUID="7a56ddf8-b0ed-48d1-9008-a1faab5feb32"
  E0423 07:25:24.600000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"typo\" with ImagePullBackOff: \"Back-off pulling image \\\"nginxx:1.27\\\"\"" pod="default/typo" podUID="1f740319-f027-4dfa-859b-47888af32aad"
  $ docker exec tk8s-worker1 journalctl -u kubelet --since '-10s'
  Apr 23 07:25:24 tk8s-worker1 kubelet[83]: E0423 07:25:24.508000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"flaky\" with CrashLoopBackOff: \"back-off 20s restarting failed container=flaky pod=flaky_default(7a56ddf8-b0ed-48d1-9008-a1faab5feb32)\"" pod="default/flaky" podUID="7a56ddf8-b0ed-48d1-9008-a1faab5feb32"
  Apr 23 07:25:24 tk8s-worker1 kubelet[83]: E0423 07:25:24.600000      83 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"typo\" with ImagePullBackOff: \"Back-off pulling image \\\"nginxx:1.27\\\"\"" pod="default/typo" podUID="1f740319-f027-4dfa-859b-47888af32aad"
  $ docker exec tk8s-worker1 journalctl -u containerd
  Apr 23 00:41:01 tk8s-worker1 systemd[1]: Starting containerd.service - containerd container runtime...
  Apr 23 00:41:01 tk8s-worker1 systemd[1]: Started containerd.service - containerd container runtime.
  $ docker exec tk8s-worker1 journalctl -u kubelet -f | grep -c flaky
  4
  $ date
  Wed Apr 23 07:26:30 UTC 2025
  $ docker exec tk8s-worker2 journalctl -u kubelet --since 07:00
  -- No entries --
  $ docker exec tk8s-worker1 journalctl --since tomorow
  Failed to parse timestamp: tomorow
  $ docker exec tk8s-worker1 systemctl reload kubelet
  systemctl: systemctl reload is not part of this simulated node; podman stop and start on the host stop and start a whole node
A liveness probe that starts failing. At the kubelet's default verbosity neither the failed
probes (V(1)) nor the reason it restarts the container (V(2)) reach the journal: only the pod's
start does.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: liveness-exec
  > spec:
  >   nodeName: tk8s-worker2
  >   containers:
  >   - name: liveness
  >     image: registry.k8s.io/busybox:1.27.2
  >     args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
  >     livenessProbe:
  >       exec:
  >         command: ["cat", "/tmp/healthy"]
  >       initialDelaySeconds: 5
  >       periodSeconds: 5
  > EOF
  pod/liveness-exec created
  $ sleep 60
  $ sudo podman exec tk8s-worker2 journalctl -u kubelet -n 2 --no-pager
  Apr 23 00:41:02 tk8s-worker2 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
  Apr 23 07:26:32 tk8s-worker2 kubelet[88]: I0423 07:26:32.857000      88 pod_startup_latency_tracker.go:104] "Observed pod startup duration" pod="default/liveness-exec" podStartSLOduration=2 podStartE2EDuration="2.857s" podCreationTimestamp="2025-04-23 07:26:30 +0000 UTC" firstStartedPulling="2025-04-23 07:26:32 +0000 UTC m=+24330.000000000" lastFinishedPulling="2025-04-23 07:26:32.857 +0000 UTC m=+24330.857000000" observedRunningTime="2025-04-23 07:26:32.857 +0000 UTC m=+24330.857000000" watchObservedRunningTime="2025-04-23 07:26:32.857 +0000 UTC m=+24330.857000000"
A stopped node container takes its journal with it (journald keeps it under /run): started
again, the services start anew.
  $ sudo podman stop tk8s-worker2
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker2 in 10 seconds, resorting to SIGKILL
  tk8s-worker2
  $ sudo podman exec tk8s-worker2 systemctl status kubelet
  Error: can only create exec sessions on running containers: container state improper
  $ sudo podman start tk8s-worker2; sleep 5
  tk8s-worker2
  $ sudo podman exec tk8s-worker2 journalctl
  Apr 23 07:27:41 tk8s-worker2 systemd[1]: Starting containerd.service - containerd container runtime...
  Apr 23 07:27:41 tk8s-worker2 systemd[1]: Started containerd.service - containerd container runtime.
  Apr 23 07:27:42 tk8s-worker2 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...
  Apr 23 07:27:42 tk8s-worker2 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.
