The pod's dnsPolicy decides what BIND's tools ask. With Default the pod gets the node's
resolv.conf: podman's aardvark-dns, which knows nothing of the cluster zone. The notes' mistake
of a pod pointed at 8.8.8.8 (dnsPolicy None) reaches the internet's DNS: cluster names are
NXDOMAIN, outside names resolve.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: nodedns
  > spec:
  >   dnsPolicy: Default
  >   containers:
  >   - name: agnhost
  >     image: registry.k8s.io/e2e-test-images/agnhost:2.53
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dns8
  > spec:
  >   dnsPolicy: None
  >   dnsConfig:
  >     nameservers: [8.8.8.8]
  >     searches: [default.svc.tk8s.k8s]
  >     options:
  >     - name: ndots
  >       value: "2"
  >   containers:
  >   - name: agnhost
  >     image: registry.k8s.io/e2e-test-images/agnhost:2.53
  > EOF
  pod/nodedns created
  pod/dns8 created
  $ sleep 20
  $ kubectl exec nodedns -- cat /etc/resolv.conf
  search dns.podman
  nameserver 10.89.0.1
  $ kubectl exec nodedns -- nslookup kubernetes
  Server:		10.89.0.1
  Address:	10.89.0.1#53
  
  ** server can't find kubernetes: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec nodedns -- host github.com
  github.com has address 20.27.177.113
  $ kubectl exec nodedns -- dig +short kubernetes.default.svc.tk8s.k8s
  $ kubectl exec dns8 -- cat /etc/resolv.conf
  search default.svc.tk8s.k8s
  nameserver 8.8.8.8
  options ndots:2
  $ kubectl exec dns8 -- nslookup kubernetes
  Server:		8.8.8.8
  Address:	8.8.8.8#53
  
  ** server can't find kubernetes: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec dns8 -- dig +search kubernetes.default
  
  ; <<>> DiG 9.18.41 <<>> +search kubernetes.default
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 10099
  ;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 512
  ;; QUESTION SECTION:
  ;kubernetes.default.		IN	A
  
  ;; Query time: 12 msec
  ;; SERVER: 8.8.8.8#53(8.8.8.8) (UDP)
  ;; WHEN: Wed Apr 23 07:25:20 UTC 2025
  ;; MSG SIZE  rcvd: 47
  
  $ kubectl exec dns8 -- host -t aaaa dns.google
  dns.google has IPv6 address 2001:4860:4860::8888
  dns.google has IPv6 address 2001:4860:4860::8844
With CoreDNS scaled to 0 the kube-dns Service has no endpoints, and kube-proxy rejects what is
sent to its ClusterIP (ICMP port unreachable, as it refuses TCP): BIND's tools report each
attempt refused at once instead of waiting. The pod that asks 8.8.8.8 itself still gets answers.
  $ kubectl run probe --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- pause
  pod/probe created
  $ kubectl -n kube-system scale deployment coredns --replicas=0
  deployment.apps/coredns scaled
  $ sleep 40
  $ kubectl -n kube-system get endpoints kube-dns
  NAME       ENDPOINTS   AGE
  kube-dns   <none>      46h
  $ kubectl exec probe -- nslookup kubernetes
  ;; communications error to 10.98.0.10#53: connection refused
  ;; communications error to 10.98.0.10#53: connection refused
  ;; communications error to 10.98.0.10#53: connection refused
  ;; no servers could be reached
  
  command terminated with exit code 1
  $ kubectl exec probe -- dig +short kubernetes.default.svc.tk8s.k8s
  ;; communications error to 10.98.0.10#53: connection refused
  ;; communications error to 10.98.0.10#53: connection refused
  ;; communications error to 10.98.0.10#53: connection refused
  ;; no servers could be reached
  command terminated with exit code 9
  $ kubectl exec dns8 -- dig +short one.one.one.one
  1.1.1.1
  1.0.0.1
  $ kubectl exec probe -- nslookup one.one.one.one 1.1.1.1
  Server:		1.1.1.1
  Address:	1.1.1.1#53
  
  Non-authoritative answer:
  Name:	one.one.one.one
  Address: 1.1.1.1
  Name:	one.one.one.one
  Address: 1.0.0.1
  Name:	one.one.one.one
  Address: 2606:4700:4700::1111
  Name:	one.one.one.one
  Address: 2606:4700:4700::1001
  
