DNS from a pod: busybox's nslookup asks the name server in the pod's resolv.conf (CoreDNS behind
the kube-dns Service). It sends an A and an AAAA query and prints each reply; a name with a dot
is asked as it is (busybox ignores ndots), so `kubernetes.default` is NXDOMAIN while a bare name
is tried under every search domain.
  $ kubectl run dnsutil --image=busybox:1.36 -- sleep 3600
  pod/dnsutil created
  $ sleep 10
  $ kubectl exec dnsutil -- cat /etc/resolv.conf
  search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman
  nameserver 10.98.0.10
  options ndots:5
  $ kubectl exec dnsutil -- nslookup kubernetes.default
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  ** server can't find kubernetes.default: NXDOMAIN
  
  ** server can't find kubernetes.default: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec dnsutil -- nslookup kubernetes
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  ** server can't find kubernetes.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find kubernetes.tk8s.k8s: NXDOMAIN
  
  ** server can't find kubernetes.dns.podman: NXDOMAIN
  
  
  ** server can't find kubernetes.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find kubernetes.tk8s.k8s: NXDOMAIN
  
  ** server can't find kubernetes.dns.podman: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec dnsutil -- nslookup kubernetes.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  
Pod records spell the address; reverse lookups name the Service; outside names are forwarded
upstream and are not authoritative; an unknown name is NXDOMAIN.
  $ kubectl exec dnsutil -- nslookup 10-244-0-13.kube-system.pod.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	10-244-0-13.kube-system.pod.tk8s.k8s
  Address: 10.244.0.13
  
  
  $ kubectl exec dnsutil -- nslookup 10.98.0.10
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  10.0.98.10.in-addr.arpa	name = kube-dns.kube-system.svc.tk8s.k8s
  
  $ kubectl exec dnsutil -- nslookup www.github.com
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Non-authoritative answer:
  www.github.com	canonical name = github.com
  Name:	github.com
  Address: 20.27.177.113
  
  Non-authoritative answer:
  www.github.com	canonical name = github.com
  
  $ kubectl exec dnsutil -- nslookup no-such-service.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  ** server can't find no-such-service.default.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find no-such-service.default.svc.tk8s.k8s: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec dnsutil -- nslookup -type=srv _dns._udp.kube-dns.kube-system.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  _dns._udp.kube-dns.kube-system.svc.tk8s.k8s	service = 0 100 53 kube-dns.kube-system.svc.tk8s.k8s
  
A headless Service answers with its ready pods' addresses; StatefulSet pods, whose subdomain
is the Service, each get a name of their own, and SRV records list them by that name.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   clusterIP: None
  >   selector:
  >     app: web
  >   ports:
  >   - name: http
  >     port: 80
  > ---
  > apiVersion: apps/v1
  > kind: StatefulSet
  > metadata:
  >   name: web
  > spec:
  >   serviceName: web
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  >         ports:
  >         - name: http
  >           containerPort: 80
  > EOF
  service/web created
  statefulset.apps/web created
  $ sleep 30
  $ kubectl exec dnsutil -- nslookup web.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	web.default.svc.tk8s.k8s
  Address: 10.244.0.142
  Name:	web.default.svc.tk8s.k8s
  Address: 10.244.1.9
  
  
  $ kubectl exec dnsutil -- nslookup web-1.web.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	web-1.web.default.svc.tk8s.k8s
  Address: 10.244.1.9
  
  
  $ kubectl exec dnsutil -- nslookup -type=srv _http._tcp.web.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  _http._tcp.web.default.svc.tk8s.k8s	service = 0 50 80 web-0.web.default.svc.tk8s.k8s
  _http._tcp.web.default.svc.tk8s.k8s	service = 0 50 80 web-1.web.default.svc.tk8s.k8s
  
An ExternalName Service is a CNAME.
  $ kubectl create service externalname ext --external-name github.com
  service/ext created
  $ kubectl exec dnsutil -- nslookup ext.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  ext.default.svc.tk8s.k8s	canonical name = github.com
  Name:	github.com
  Address: 20.27.177.113
  
  ext.default.svc.tk8s.k8s	canonical name = github.com
  
The notes' mistake: a pod whose nameserver is 8.8.8.8 reaches the internet's DNS, which knows
nothing of the cluster's names.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dns8
  > spec:
  >   dnsPolicy: None
  >   dnsConfig:
  >     nameservers: [8.8.8.8]
  >   containers:
  >   - name: busybox
  >     image: busybox:1.36
  >     command: [sleep, "3600"]
  > EOF
  pod/dns8 created
  $ sleep 10
  $ kubectl exec dns8 -- cat /etc/resolv.conf
  nameserver 8.8.8.8
  $ kubectl exec dns8 -- nslookup kubernetes.default.svc.tk8s.k8s
  Server:		8.8.8.8
  Address:	8.8.8.8:53
  
  ** server can't find kubernetes.default.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find kubernetes.default.svc.tk8s.k8s: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec dns8 -- nslookup dns.google
  Server:		8.8.8.8
  Address:	8.8.8.8:53
  
  Non-authoritative answer:
  Name:	dns.google
  Address: 8.8.8.8
  Name:	dns.google
  Address: 8.8.4.4
  
  Non-authoritative answer:
  Name:	dns.google
  Address: 2001:4860:4860::8888
  Name:	dns.google
  Address: 2001:4860:4860::8844
  
With CoreDNS scaled to 0 the kube-dns Service has no endpoints: kube-proxy rejects the
queries, so busybox's socket reports the refusal and it gives up at once. Asking a public
resolver directly still works.
  $ kubectl -n kube-system scale deployment coredns --replicas=0
  deployment.apps/coredns scaled
  $ sleep 40
  $ kubectl -n kube-system get endpoints kube-dns
  NAME       ENDPOINTS   AGE
  kube-dns   <none>      46h
  $ kubectl exec dnsutil -- nslookup kubernetes.default.svc.tk8s.k8s
  nslookup: write to '10.98.0.10': Connection refused
  ;; connection timed out; no servers could be reached
  
  command terminated with exit code 1
  $ kubectl exec dnsutil -- nslookup one.one.one.one 1.1.1.1
  Server:		1.1.1.1
  Address:	1.1.1.1:53
  
  Non-authoritative answer:
  Name:	one.one.one.one
  Address: 1.1.1.1
  Name:	one.one.one.one
  Address: 1.0.0.1
  
  Non-authoritative answer:
  Name:	one.one.one.one
  Address: 2606:4700:4700::1111
  Name:	one.one.one.one
  Address: 2606:4700:4700::1001
  
