kube-proxy reads its mode from the kube-proxy ConfigMap when its pod starts. In nftables
mode each node holds the table ip kube-proxy; every Service port adds a service chain and
an endpoint chain per endpoint. Editing the ConfigMap changes nothing until the pods restart.
  $ sudo podman exec tk8s-worker2 curl -s localhost:10249/proxyMode; echo
  nftables
  $ kubectl get cm kube-proxy -n kube-system -o yaml | grep -E 'mode:|clusterCIDR|maxPerCore'
      clusterCIDR: 10.244.0.0/21
        maxPerCore: 0
      mode: nftables
  $ sudo podman exec tk8s-worker1 nft list tables
  table ip kube-proxy
  table ip6 kube-proxy
  $ sudo podman exec tk8s-worker1 nft list ruleset | awk '$1 == "chain"' | wc -l
  45
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl expose deployment web --port=80 --type=NodePort
  service/web exposed
  $ sleep 30
  $ sudo podman exec tk8s-worker1 nft list ruleset | awk '$1 == "chain"' | wc -l
  49
  $ sudo podman exec tk8s-worker1 nft list ruleset | grep default/web
  			     10.98.0.154 . tcp . 80 : goto service-PFISGYVC-default/web/tcp/,
  		elements = { tcp . 32215 : goto external-PFISGYVC-default/web/tcp/ }
  	chain endpoint-TEJ24CH6-default/web/tcp/__10.244.0.142/80 {
  	chain endpoint-UIFLZQWW-default/web/tcp/__10.244.1.8/80 {
  	chain service-PFISGYVC-default/web/tcp/ {
  		numgen random mod 2 vmap { 0 : goto endpoint-TEJ24CH6-default/web/tcp/__10.244.0.142/80, 1 : goto endpoint-UIFLZQWW-default/web/tcp/__10.244.1.8/80 }
  	chain external-PFISGYVC-default/web/tcp/ {
  		goto service-PFISGYVC-default/web/tcp/
A Service without endpoints is rejected through the no-endpoint-services map.
  $ kubectl scale deployment web --replicas=0
  deployment.apps/web scaled
  $ sleep 30
  $ sudo podman exec tk8s-worker1 nft list ruleset | grep default/web
  		elements = { 10.98.0.154 . tcp . 80 comment "default/web" : goto reject-chain }
  		elements = { tcp . 32215 comment "default/web" : goto reject-chain }
  $ kubectl scale deployment web --replicas=3
  deployment.apps/web scaled
  $ sleep 30
Switch to iptables: the running pods keep nftables until they restart.
  $ kubectl get cm kube-proxy -n kube-system -o yaml | sed 's/mode: nftables/mode: iptables/' | kubectl apply -f -
  Warning: resource configmaps/kube-proxy is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  configmap/kube-proxy configured
  $ sudo podman exec tk8s-worker2 curl -s localhost:10249/proxyMode; echo
  nftables
  $ kubectl rollout restart ds/kube-proxy -n kube-system
  daemonset.apps/kube-proxy restarted
  $ kubectl rollout status ds/kube-proxy -n kube-system
  Waiting for daemon set "kube-proxy" rollout to finish: 0 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 1 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 1 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
  Waiting for daemon set "kube-proxy" rollout to finish: 2 of 3 updated pods are available...
  daemon set "kube-proxy" successfully rolled out
  $ sudo podman exec tk8s-worker2 curl -s localhost:10249/proxyMode; echo
  iptables
  $ sudo podman exec tk8s-worker2 nft list table ip kube-proxy
  Error: No such file or directory
  list table ip kube-proxy
                ^^^^^^^^^^
  $ sudo podman exec tk8s-worker2 iptables-save -t nat | grep default/web
  -A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "masquerade traffic for default/web external destinations" -j KUBE-MARK-MASQ
  -A KUBE-NODEPORTS -p tcp -m comment --comment default/web -m tcp --dport 32215 -j KUBE-EXT-LOLE4ISW44XBNF3G
  -A KUBE-SEP-6E6ODH4XAXYJOLUZ -s 10.244.1.10/32 -m comment --comment default/web -j KUBE-MARK-MASQ
  -A KUBE-SEP-6E6ODH4XAXYJOLUZ -p tcp -m comment --comment default/web -m tcp -j DNAT --to-destination 10.244.1.10:80
  -A KUBE-SEP-C3IAUT4UL2MRNDDG -s 10.244.1.9/32 -m comment --comment default/web -j KUBE-MARK-MASQ
  -A KUBE-SEP-C3IAUT4UL2MRNDDG -p tcp -m comment --comment default/web -m tcp -j DNAT --to-destination 10.244.1.9:80
  -A KUBE-SEP-DUIDGV5BWMVE3F6G -s 10.244.0.143/32 -m comment --comment default/web -j KUBE-MARK-MASQ
  -A KUBE-SEP-DUIDGV5BWMVE3F6G -p tcp -m comment --comment default/web -m tcp -j DNAT --to-destination 10.244.0.143:80
  -A KUBE-SERVICES -d 10.98.0.154/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
  -A KUBE-SVC-LOLE4ISW44XBNF3G ! -s 10.244.0.0/21 -d 10.98.0.154/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
  -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.0.143:80" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-DUIDGV5BWMVE3F6G
  -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.10:80" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-6E6ODH4XAXYJOLUZ
  -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.9:80" -j KUBE-SEP-C3IAUT4UL2MRNDDG
  $ sudo podman exec tk8s-worker2 iptables-save | grep -c '^-A'
  71
And to ipvs, by deleting the pods so the DaemonSet makes new ones.
  $ kubectl get cm kube-proxy -n kube-system -o yaml | sed 's/mode: iptables/mode: ipvs/' | kubectl apply -f -
  configmap/kube-proxy configured
  $ kubectl delete pod -n kube-system -l k8s-app=kube-proxy
  pod "kube-proxy-2qwd8" deleted
  pod "kube-proxy-gwrbh" deleted
  pod "kube-proxy-rh9cv" deleted
  $ sleep 30
  $ sudo podman exec tk8s-worker2 curl -s localhost:10249/proxyMode; echo
  ipvs
  $ sudo podman exec tk8s-worker2 ipvsadm -Ln
  IP Virtual Server version 1.2.1 (size=4096)
  Prot LocalAddress:Port Scheduler Flags
    -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
  TCP  10.98.0.1:443 rr
    -> 172.22.0.1:6443              Masq    1      0          0         
  TCP  10.98.0.10:53 rr
    -> 10.244.0.13:53               Masq    1      0          0         
    -> 10.244.0.14:53               Masq    1      0          0         
  TCP  10.98.0.10:9153 rr
    -> 10.244.0.13:9153             Masq    1      0          0         
    -> 10.244.0.14:9153             Masq    1      0          0         
  TCP  10.98.0.142:443 rr
    -> 10.244.0.140:10250           Masq    1      0          0         
  TCP  10.98.0.154:80 rr
    -> 10.244.0.143:80              Masq    1      0          0         
    -> 10.244.1.9:80                Masq    1      0          0         
    -> 10.244.1.10:80               Masq    1      0          0         
  TCP  172.22.0.3:32215 rr
    -> 10.244.0.143:80              Masq    1      0          0         
    -> 10.244.1.9:80                Masq    1      0          0         
    -> 10.244.1.10:80               Masq    1      0          0         
  UDP  10.98.0.10:53 rr
    -> 10.244.0.13:53               Masq    1      0          0         
    -> 10.244.0.14:53               Masq    1      0          0         
  $ sudo podman exec tk8s-worker2 iptables-save -t nat | grep -c KUBE-SVC
  0
