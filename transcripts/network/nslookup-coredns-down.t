busybox's nslookup when CoreDNS is scaled to 0: the kube-dns ClusterIP has no endpoints, so
kube-proxy rejects each query with ICMP port unreachable and busybox's connected UDP socket
reports "Connection refused". With its usual A and AAAA queries the refusal of the first is
already waiting when it writes the second, so it gives up at once; a single query (a reverse
lookup, or -type=a) is read back as refused after each of its two sends, and it waits out its
5 second timeout. Once CoreDNS is back the same lookups answer.
  $ kubectl run bb --image=busybox:1.36 -- sleep 3600
  pod/bb created
  $ sleep 20
  $ kubectl -n kube-system scale deployment coredns --replicas=0
  deployment.apps/coredns scaled
  $ sleep 40
  $ kubectl -n kube-system get endpoints kube-dns
  NAME       ENDPOINTS   AGE
  kube-dns   <none>      46h
  $ kubectl exec bb -- nslookup kubernetes
  nslookup: write to '10.98.0.10': Connection refused
  ;; connection timed out; no servers could be reached
  
  command terminated with exit code 1
  $ kubectl exec bb -- nslookup -type=a kubernetes.default.svc.tk8s.k8s
  nslookup: read: Connection refused
  nslookup: read: Connection refused
  ;; connection timed out; no servers could be reached
  
  command terminated with exit code 1
  $ kubectl exec bb -- nslookup -type=a -timeout=3 -retry=3 kubernetes.default.svc.tk8s.k8s
  nslookup: read: Connection refused
  nslookup: read: Connection refused
  nslookup: read: Connection refused
  ;; connection timed out; no servers could be reached
  
  command terminated with exit code 1
  $ kubectl exec bb -- nslookup 10.98.0.1
  nslookup: read: Connection refused
  nslookup: read: Connection refused
  ;; connection timed out; no servers could be reached
  
  command terminated with exit code 1
  $ kubectl exec bb -- nslookup one.one.one.one 1.1.1.1 | head -3
  Server:		1.1.1.1
  Address:	1.1.1.1:53
  
  $ kubectl -n kube-system scale deployment coredns --replicas=2
  deployment.apps/coredns scaled
  $ sleep 40
  $ kubectl exec bb -- nslookup -type=a kubernetes.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
