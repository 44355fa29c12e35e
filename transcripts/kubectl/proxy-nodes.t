A node's proxy subresource reaches its kubelet: the apiserver sends the request to the node's
InternalIP on the kubelet's port (status.daemonEndpoints) over HTTPS. /healthz answers ok
(?verbose lists its checks, each also served on its own), /configz the configuration the
kubelet runs with (its file, its flags, then the kubelet's defaults: maxPods is the lab's 80),
/pods the pods bound to it, its static pods as the kubelet read them from their manifests (the
manifest's hash as UID, no creation time, no mirror annotation), in the order its pod manager's
Go map gives them: another one each time.
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/healthz; echo
  ok
  $ kubectl get --raw '/api/v1/nodes/tk8s-worker1/proxy/healthz?verbose'
  [+]ping ok
  [+]log ok
  [+]syncloop ok
  healthz check passed
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/healthz/syncloop; echo
  ok
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/configz | jq .kubeletconfig.maxPods
  80
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/configz
  {"kubeletconfig":{"enableServer":true,"staticPodPath":"/etc/kubernetes/manifests","podLogsDir":"/var/log/pods","syncFrequency":"1m0s","fileCheckFrequency":"20s","httpCheckFrequency":"20s","address":"0.0.0.0","port":10250,"tlsCertFile":"/var/lib/kubelet/pki/kubelet.crt","tlsPrivateKeyFile":"/var/lib/kubelet/pki/kubelet.key","rotateCertificates":true,"authentication":{"x509":{"clientCAFile":"/etc/kubernetes/pki/ca.crt"},"webhook":{"enabled":true,"cacheTTL":"2m0s"},"anonymous":{"enabled":false}},"authorization":{"mode":"Webhook","webhook":{"cacheAuthorizedTTL":"5m0s","cacheUnauthorizedTTL":"30s"}},"registryPullQPS":5,"registryBurst":10,"eventRecordQPS":50,"eventBurst":100,"enableDebuggingHandlers":true,"healthzPort":10248,"healthzBindAddress":"127.0.0.1","oomScoreAdj":-999,"clusterDomain":"tk8s.k8s","clusterDNS":["10.98.0.10"],"streamingConnectionIdleTimeout":"4h0m0s","nodeStatusUpdateFrequency":"10s","nodeStatusReportFrequency":"5m0s","nodeLeaseDurationSeconds":40,"imageMinimumGCAge":"2m0s","imageMaximumGCAge":"0s","imageGCHighThresholdPercent":85,"imageGCLowThresholdPercent":80,"volumeStatsAggPeriod":"1m0s","cgroupsPerQOS":true,"cgroupDriver":"systemd","cpuManagerPolicy":"none","cpuManagerReconcilePeriod":"10s","memoryManagerPolicy":"None","topologyManagerPolicy":"none","topologyManagerScope":"container","runtimeRequestTimeout":"2m0s","hairpinMode":"promiscuous-bridge","maxPods":80,"podPidsLimit":-1,"resolvConf":"/etc/resolv.conf","cpuCFSQuota":true,"cpuCFSQuotaPeriod":"100ms","nodeStatusMaxImages":50,"maxOpenFiles":1000000,"contentType":"application/vnd.kubernetes.protobuf","kubeAPIQPS":50,"kubeAPIBurst":100,"serializeImagePulls":true,"evictionHard":{"imagefs.available":"15%","memory.available":"100Mi","nodefs.available":"10%","nodefs.inodesFree":"5%"},"evictionPressureTransitionPeriod":"5m0s","enableControllerAttachDetach":true,"makeIPTablesUtilChains":true,"iptablesMasqueradeBit":14,"iptablesDropBit":15,"failSwapOn":true,"memorySwap":{},"containerLogMaxSize":"1Mi","containerLogMaxFiles":3,"containerLogMaxWorkers":1,"containerLogMonitorInterval":"10s","configMapAndSecretChangeDetectionStrategy":"Watch","enforceNodeAllocatable":["pods"],"volumePluginDir":"/usr/libexec/kubernetes/kubelet-plugins/volume/exec/","logging":{"format":"text","flushFrequency":"5s","verbosity":0,"options":{"text":{"infoBufferSize":"0"},"json":{"infoBufferSize":"0"}}},"enableSystemLogHandler":true,"enableSystemLogQuery":false,"shutdownGracePeriod":"0s","shutdownGracePeriodCriticalPods":"0s","crashLoopBackOff":{},"enableProfilingHandler":true,"enableDebugFlagsHandler":true,"seccompDefault":false,"memoryThrottlingFactor":0.9,"registerNode":true,"localStorageCapacityIsolation":true,"containerRuntimeEndpoint":"unix:///run/containerd/containerd.sock","failCgroupV1":false}} (no-eol)
  $ kubectl get --raw /api/v1/nodes/tk8s-control-plane/proxy/pods | jq -r '.items[] | .metadata.namespace + "/" + .metadata.name + " " + .metadata.uid'
  kube-system/coredns-66967f4c59-zkpkl 5441562a-4dd9-4758-8f06-ddd916e601d8
  kube-system/kube-scheduler-tk8s-control-plane 13ee34de151ce98e71e8d051129043c8
  kube-system/etcd-tk8s-control-plane 362c83f3044831fcc06a09fe4ed10470
  kube-system/canal-rv6n7 d1006aa8-d473-4363-aec6-96bc30ddef59
  kube-system/calico-kube-controllers-6b65fb5f89-66t62 887ee8c0-f1ef-499e-a980-339a2a296f48
  kube-system/kube-controller-manager-tk8s-control-plane 674a0f77ac2e803a55671de36a05d3c1
  kube-system/kube-proxy-tpn5w d8a29cab-6866-46da-9b57-789e385ad715
  kube-system/coredns-66967f4c59-sc4gn 7949a41f-a624-40c8-b3a7-b89a88b74901
  kube-system/kube-apiserver-tk8s-control-plane d868aeaa7a01cbbd9b0700a61fa57e92
  $ kubectl get --raw /api/v1/nodes/tk8s-control-plane/proxy/pods | jq '.kind, .apiVersion, .metadata, .items[0].kind'
  "PodList"
  "v1"
  {}
  null
  $ kubectl get --raw /api/v1/nodes/tk8s-control-plane/proxy/pods | jq '.items[] | select(.metadata.name == "etcd-tk8s-control-plane") | .metadata'
  {
    "name": "etcd-tk8s-control-plane",
    "namespace": "kube-system",
    "uid": "362c83f3044831fcc06a09fe4ed10470",
    "creationTimestamp": null,
    "labels": {
      "component": "etcd",
      "tier": "control-plane"
    },
    "annotations": {
      "kubeadm.kubernetes.io/etcd.advertise-client-urls": "https://172.22.0.1:2379",
      "kubernetes.io/config.hash": "362c83f3044831fcc06a09fe4ed10470",
      "kubernetes.io/config.seen": "2025-04-21T09:00:07.512718230Z",
      "kubernetes.io/config.source": "file"
    }
  }
  $ kubectl get pod etcd-tk8s-control-plane -n kube-system -o jsonpath='{.metadata.uid} {.metadata.annotations.kubernetes\.io/config\.mirror}{"\n"}'
  aad9d5f8-8e7f-4631-ad56-f3c0e173875a 362c83f3044831fcc06a09fe4ed10470
Through kubectl proxy: the kubelet's own headers come back with the apiserver's; a path the
kubelet does not serve is its 404, and a bare .../proxy is redirected to .../proxy/.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -i localhost:8001/api/v1/nodes/tk8s-worker1/proxy/healthz
  HTTP/1.1 200 OK
  Audit-Id: 232277c0-287e-45a3-81fc-48e0ebc54516
  Cache-Control: no-cache, private
  Content-Length: 2
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Content-Type-Options: nosniff
  
  ok (no-eol)
  $ curl -i localhost:8001/api/v1/nodes/tk8s-worker1/proxy/nothing
  HTTP/1.1 404 Not Found
  Audit-Id: 3cc0c974-d0a0-44dc-83d4-74abdf0b1cbd
  Cache-Control: no-cache, private
  Content-Length: 19
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Content-Type-Options: nosniff
  
  404 page not found
  $ curl -i localhost:8001/api/v1/nodes/tk8s-worker1/proxy
  HTTP/1.1 301 Moved Permanently
  Audit-Id: dc5b07a0-8918-498a-a945-3e105db7f22a
  Cache-Control: no-cache, private
  Content-Length: 0
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Location: /api/v1/nodes/tk8s-worker1/proxy/
  
An unknown node is NotFound; a node whose kubelet is stopped (NotReady) refuses the
connection, and one whose container is stopped has no host at its address.
  $ kubectl get --raw /api/v1/nodes/nope/proxy/healthz
  Error from server (NotFound): nodes "nope" not found
  $ curl -s localhost:8001/api/v1/nodes/nope/proxy/healthz
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "nodes \"nope\" not found",
    "reason": "NotFound",
    "details": {
      "name": "nope",
      "kind": "nodes"
    },
    "code": 404
  } (no-eol)
  $ sudo podman exec tk8s-worker2 systemctl stop kubelet
  $ sleep 60
  $ kubectl get node tk8s-worker2
  NAME           STATUS     ROLES    AGE   VERSION
  tk8s-worker2   NotReady   <none>   46h   v1.32.2
  $ kubectl get --raw /api/v1/nodes/tk8s-worker2/proxy/healthz
  Error from server (ServiceUnavailable): error trying to reach service: dial tcp 172.22.0.3:10250: connect: connection refused
  $ curl -s localhost:8001/api/v1/nodes/tk8s-worker2/proxy/healthz
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "error trying to reach service: dial tcp 172.22.0.3:10250: connect: connection refused",
    "reason": "ServiceUnavailable",
    "code": 503
  } (no-eol)
  $ sudo podman stop tk8s-worker2
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker2 in 10 seconds, resorting to SIGKILL
  tk8s-worker2
  $ kubectl get --raw /api/v1/nodes/tk8s-worker2/proxy/healthz
  Error from server (ServiceUnavailable): error trying to reach service: dial tcp 172.22.0.3:10250: connect: no route to host
The request is authorized as RBAC's get on nodes/proxy, which view does not grant.
  $ kubectl create clusterrolebinding jane-view --clusterrole=view --user=jane
  clusterrolebinding.rbac.authorization.k8s.io/jane-view created
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/healthz --as=jane
  Error from server (Forbidden): nodes "tk8s-worker1" is forbidden: User "jane" cannot get resource "nodes/proxy" in API group "" at the cluster scope
  $ kubectl auth can-i get nodes --subresource=proxy --as=jane
  no
  $ kubectl create clusterrole node-proxy --verb=get --resource=nodes/proxy
  clusterrole.rbac.authorization.k8s.io/node-proxy created
  $ kubectl create clusterrolebinding jane-node-proxy --clusterrole=node-proxy --user=jane
  clusterrolebinding.rbac.authorization.k8s.io/jane-node-proxy created
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/healthz --as=jane; echo
  ok
