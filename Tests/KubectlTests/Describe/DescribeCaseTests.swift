import Testing

/// kubectl-output-cases.md C54-C62: describers against the captured output of real kubectl 1.32.
@Suite struct DescribeCaseTests {
    @Test("C54: a crash-looping pod: waiting state, last termination, events with counts") func c54() {
        #expect(
            DescribeDataset.describe("Pod", "crashy") == """
                Name:             crashy
                Namespace:        default
                Priority:         0
                Service Account:  default
                Node:             kind-worker/172.18.0.2
                Start Time:       Fri, 27 Nov 2026 03:24:11 +0000
                Labels:           <none>
                Annotations:      <none>
                Status:           Running
                IP:               10.244.1.9
                IPs:
                  IP:  10.244.1.9
                Containers:
                  crashy:
                    Container ID:   containerd://0123456789abcdef
                    Image:          busybox:1.36
                    Image ID:       docker.io/library/busybox:1.36@sha256:abc
                    Port:           <none>
                    Host Port:      <none>
                    State:          Waiting
                      Reason:       CrashLoopBackOff
                    Last State:     Terminated
                      Reason:       Error
                      Exit Code:    1
                      Started:      Fri, 27 Nov 2026 03:28:01 +0000
                      Finished:     Fri, 27 Nov 2026 03:28:06 +0000
                    Ready:          False
                    Restart Count:  5
                    Environment:    <none>
                    Mounts:         <none>
                Conditions:
                  Type           Status
                  Ready          False 
                Volumes:         <none>
                QoS Class:       BestEffort
                Node-Selectors:  <none>
                Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
                Events:
                  Type     Reason     Age                   From               Message
                  ----     ------     ----                  ----               -------
                  Normal   Scheduled  5m36s                 default-scheduler  Successfully assigned default/crashy to kind-worker
                  Normal   Pulled     5m35s                 kubelet            Successfully pulled image "busybox:1.36" in 1.2s (1.2s including waiting). Image size: 2166802 bytes.
                  Normal   Created    101s (x6 over 5m35s)  kubelet            Created container: crashy
                  Normal   Started    101s (x6 over 5m34s)  kubelet            Started container crashy
                  Warning  BackOff    16s (x25 over 5m6s)   kubelet            Back-off restarting failed container crashy in pod crashy_default(uid-crashy)

                """)
    }

    @Test("C55: a richer pod: resources, probe, env sources, mounts, projected volume") func c55() {
        #expect(
            DescribeDataset.describe("Pod", "web-5d8f7c9b6-x2x4q") == """
                Name:             web-5d8f7c9b6-x2x4q
                Namespace:        default
                Priority:         0
                Service Account:  default
                Node:             kind-worker/172.18.0.2
                Start Time:       Fri, 27 Nov 2026 01:28:41 +0000
                Labels:           app=web
                                  pod-template-hash=5d8f7c9b6
                Annotations:      kubectl.kubernetes.io/restartedAt: 2026-11-27T01:00:00Z
                Status:           Running
                IP:               10.244.1.12
                IPs:
                  IP:           10.244.1.12
                Controlled By:  ReplicaSet/web-5d8f7c9b6
                Containers:
                  web:
                    Container ID:   containerd://0123456789abcdef
                    Image:          nginx:1.27
                    Image ID:       docker.io/library/nginx:1.27@sha256:abc
                    Port:           80/TCP
                    Host Port:      0/TCP
                    State:          Running
                      Started:      Fri, 27 Nov 2026 02:29:41 +0000
                    Ready:          True
                    Restart Count:  0
                    Limits:
                      cpu:     500m
                      memory:  256Mi
                    Requests:
                      cpu:     100m
                      memory:  128Mi
                    Liveness:  http-get http://:80/healthz delay=3s timeout=1s period=10s #success=1 #failure=3
                    Environment:
                      MODE:     prod
                      POD_IP:    (v1:status.podIP)
                      DB_PASS:  <set to the key 'password' in secret 'db-pass'>  Optional: false
                    Mounts:
                      /data from data (rw)
                      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-8kx2m (ro)
                Conditions:
                  Type                        Status
                  PodReadyToStartContainers   True 
                  Initialized                 True 
                  Ready                       True 
                  ContainersReady             True 
                  PodScheduled                True 
                Volumes:
                  data:
                    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
                    Medium:     
                    SizeLimit:  <unset>
                  kube-api-access-8kx2m:
                    Type:                    Projected (a volume that contains injected data from multiple sources)
                    TokenExpirationSeconds:  3607
                    ConfigMapName:           kube-root-ca.crt
                    ConfigMapOptional:       <nil>
                    DownwardAPI:             true
                QoS Class:                   Burstable
                Node-Selectors:              kubernetes.io/os=linux
                Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
                Events:                      <none>

                """)
    }

    @Test("C56: an unscheduled pod: no node, empty IP, no container status") func c56() {
        #expect(
            DescribeDataset.describe("Pod", "pending-pod") == """
                Name:             pending-pod
                Namespace:        default
                Priority:         0
                Service Account:  default
                Node:             <none>
                Start Time:       Tue, 24 Nov 2026 11:29:41 +0000
                Labels:           <none>
                Annotations:      <none>
                Status:           Pending
                IP:               
                IPs:              <none>
                Containers:
                  app:
                    Image:        nginx
                    Port:         <none>
                    Host Port:    <none>
                    Environment:  <none>
                    Mounts:       <none>
                Conditions:
                  Type           Status
                  PodScheduled   False 
                Volumes:         <none>
                QoS Class:       BestEffort
                Node-Selectors:  <none>
                Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
                Events:          <none>

                """)
    }

    @Test("C57: a deployment: strategy, template, conditions, ReplicaSets, events") func c57() {
        #expect(
            DescribeDataset.describe("Deployment", "nginx") == """
                Name:                   nginx
                Namespace:              default
                CreationTimestamp:      Fri, 27 Nov 2026 03:19:41 +0000
                Labels:                 app=nginx
                Annotations:            deployment.kubernetes.io/revision: 1
                Selector:               app=nginx
                Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
                StrategyType:           RollingUpdate
                MinReadySeconds:        0
                RollingUpdateStrategy:  25% max unavailable, 25% max surge
                Pod Template:
                  Labels:  app=nginx
                  Containers:
                   nginx:
                    Image:         nginx:1.27
                    Port:          <none>
                    Host Port:     <none>
                    Environment:   <none>
                    Mounts:        <none>
                  Volumes:         <none>
                  Node-Selectors:  <none>
                  Tolerations:     <none>
                Conditions:
                  Type           Status  Reason
                  ----           ------  ------
                  Available      True    MinimumReplicasAvailable
                  Progressing    True    NewReplicaSetAvailable
                OldReplicaSets:  <none>
                NewReplicaSet:   nginx-7854ff8877 (2/2 replicas created)
                Events:
                  Type    Reason             Age   From                   Message
                  ----    ------             ----  ----                   -------
                  Normal  ScalingReplicaSet  10m   deployment-controller  Scaled up replica set nginx-7854ff8877 from 0 to 2

                """)
    }

    @Test("C58: a service: each port with its own endpoints") func c58() {
        #expect(
            DescribeDataset.describe("Service", "kube-dns") == """
                Name:                     kube-dns
                Namespace:                kube-system
                Labels:                   k8s-app=kube-dns
                                          kubernetes.io/cluster-service=true
                                          kubernetes.io/name=CoreDNS
                Annotations:              <none>
                Selector:                 k8s-app=kube-dns
                Type:                     ClusterIP
                IP Family Policy:         SingleStack
                IP Families:              IPv4
                IP:                       10.96.0.10
                IPs:                      10.96.0.10
                Port:                     dns  53/UDP
                TargetPort:               53/UDP
                Endpoints:                10.244.0.2:53,10.244.0.4:53
                Port:                     dns-tcp  53/TCP
                TargetPort:               53/TCP
                Endpoints:                10.244.0.2:53,10.244.0.4:53
                Port:                     metrics  9153/TCP
                TargetPort:               9153/TCP
                Endpoints:                10.244.0.2:9153,10.244.0.4:9153
                Session Affinity:         None
                Internal Traffic Policy:  Cluster
                Events:                   <none>

                """)
    }

    @Test("C59: a ReplicaSet: pods status and template") func c59() {
        #expect(
            DescribeDataset.describe("ReplicaSet", "nginx-7854ff8877") == """
                Name:           nginx-7854ff8877
                Namespace:      default
                Selector:       app=nginx,pod-template-hash=7854ff8877
                Labels:         app=nginx
                                pod-template-hash=7854ff8877
                Annotations:    <none>
                Controlled By:  Deployment/nginx
                Replicas:       2 current / 2 desired
                Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed
                Pod Template:
                  Labels:  app=nginx
                           pod-template-hash=7854ff8877
                  Containers:
                   nginx:
                    Image:         nginx:1.27
                    Port:          <none>
                    Host Port:     <none>
                    Environment:   <none>
                    Mounts:        <none>
                  Volumes:         <none>
                  Node-Selectors:  <none>
                  Tolerations:     <none>
                Events:            <none>

                """)
    }

    @Test("C60: a ConfigMap: data keys, empty binary data") func c60() {
        #expect(
            DescribeDataset.describe("ConfigMap", "app-config") == """
                Name:         app-config
                Namespace:    default
                Labels:       <none>
                Annotations:  <none>

                Data
                ====
                LOG_LEVEL:
                ----
                debug

                mode:
                ----
                dev


                BinaryData
                ====

                Events:  <none>

                """)
    }

    @Test("C61: a Secret: sizes, no values") func c61() {
        #expect(
            DescribeDataset.describe("Secret", "db-pass") == """
                Name:         db-pass
                Namespace:    default
                Labels:       <none>
                Annotations:  <none>

                Type:  Opaque

                Data
                ====
                password:  6 bytes
                username:  5 bytes

                """)
    }

    @Test("C62: a namespace without quotas or limit ranges") func c62() {
        #expect(
            DescribeDataset.describe("Namespace", "default") == """
                Name:         default
                Labels:       kubernetes.io/metadata.name=default
                Annotations:  <none>
                Status:       Active

                No resource quota.

                No LimitRange resource.

                """)
    }
}
