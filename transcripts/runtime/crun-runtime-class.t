The notes' crun experiment as a learner types it. A pod that names the crun RuntimeClass before
the class exists is refused by the RuntimeClass admission plugin; once rc-crun.yaml is applied
the same pod runs, with containerd's crun handler (node config.toml), on the host's kernel.
  $ cat ~/tk/wulin/yaml/pod-crun.yaml
  apiVersion: v1
  kind: Pod
  metadata:
    name: pod-crun
  spec:
    # 可以設定選用的runtimeClassName,彈性調整
    runtimeClassName: crun
    containers:
    - name: base
      image: quay.io/cloudwalker/alp.base
      securityContext:
        privileged: true
  $ kubectl apply -f ~/tk/wulin/yaml/pod-crun.yaml
  Error from server (Forbidden): error when creating "/home/bigred/tk/wulin/yaml/pod-crun.yaml": pods "pod-crun" is forbidden: pod rejected: RuntimeClass "crun" not found
  $ cat ~/tk/wulin/yaml/rc-crun.yaml
  apiVersion: node.k8s.io/v1
  kind: RuntimeClass
  # 告訴k8s有crun
  metadata:
    name: crun
  handler: crun 
  $ kubectl apply -f  ~/tk/wulin/yaml/rc-crun.yaml
  runtimeclass.node.k8s.io/crun created
  $ kubectl get runtimeclass
  NAME   HANDLER   AGE
  crun   crun      0s
  $ kubectl apply -f ~/tk/wulin/yaml/pod-crun.yaml
  pod/pod-crun created
  $ sleep 14
  $ kubectl get pods -o wide
  NAME       READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  goweb      1/1     Running   0          95m   10.244.0.141   tk8s-worker1   <none>           <none>
  pod-crun   1/1     Running   0          14s   10.244.1.8     tk8s-worker2   <none>           <none>
  $ kubectl describe pod pod-crun | grep -i runtime
  Runtime Class Name:  crun
  $ kubectl exec pod-crun -- uname -r
  6.8.0-57-generic
  $ kubectl exec pod-crun -- uname -a
  Linux pod-crun 6.8.0-57-generic #59-Ubuntu SMP PREEMPT_DYNAMIC Sat Mar 15 17:40:59 UTC 2025 x86_64 Linux
  $ kubectl exec pod-crun -- cat /proc/version
  Linux version 6.8.0-57-generic (buildd@lcy02-amd64-040) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #59-Ubuntu SMP PREEMPT_DYNAMIC Sat Mar 15 17:40:59 UTC 2025
  $ sudo podman exec tk8s-worker2 grep -A4 'runtimes.crun]' /etc/containerd/config.toml
  [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.crun]
    base_runtime_spec = "/etc/containerd/cri-base.json"
    runtime_type = "io.containerd.runc.v2"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.crun.options]
      BinaryName = "/usr/bin/crun"
  $ sudo podman exec tk8s-worker2 crictl pods | head -3
  POD ID              CREATED             STATE               NAME                                      NAMESPACE            ATTEMPT             RUNTIME
  7a5fea95a6f7a       10 seconds ago      Ready               pod-crun                                  default              0                   crun
  4937421077868       7 hours ago         Ready               canal-ql5xj                               kube-system          3                   (default)
