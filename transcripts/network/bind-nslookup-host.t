BIND's nslookup and host (bind-tools in agnhost) read the pod's resolv.conf: a name with fewer
dots than ndots:5 goes under each search domain first, then as it is, and only the reply that
ends the search is printed. nslookup asks A and then AAAA for the name the answer ended at;
host also asks MX. CoreDNS holds no AAAA or MX records for Services, so those print nothing.
  $ kubectl run probe --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- pause
  pod/probe created
  $ sleep 20
  $ kubectl exec probe -- cat /etc/resolv.conf
  search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman
  nameserver 10.98.0.10
  options ndots:5
  $ kubectl exec probe -- nslookup kubernetes
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  $ kubectl exec probe -- nslookup kubernetes.default
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  $ kubectl exec probe -- nslookup kubernetes.default.svc.tk8s.k8s.
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  $ kubectl exec probe -- nslookup no-such-service
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  ** server can't find no-such-service: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec probe -- host kubernetes.default
  kubernetes.default.svc.tk8s.k8s has address 10.98.0.1
  $ kubectl exec probe -- host no-such-service
  Host no-such-service not found: 3(NXDOMAIN)
  command terminated with exit code 1
An address is looked up as PTR; outside names are forwarded and not authoritative.
  $ kubectl exec probe -- nslookup 10.98.0.10
  10.0.98.10.in-addr.arpa	name = kube-dns.kube-system.svc.tk8s.k8s.
  
  $ kubectl exec probe -- host 10.98.0.10
  10.0.98.10.in-addr.arpa domain name pointer kube-dns.kube-system.svc.tk8s.k8s.
  $ kubectl exec probe -- host 10.98.0.77
  Host 77.0.98.10.in-addr.arpa. not found: 3(NXDOMAIN)
  command terminated with exit code 1
  $ kubectl exec probe -- nslookup www.github.com
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Non-authoritative answer:
  www.github.com	canonical name = github.com.
  Name:	github.com
  Address: 20.27.177.113
  
  $ kubectl exec probe -- host www.github.com
  www.github.com is an alias for github.com.
  github.com has address 20.27.177.113
  $ kubectl exec probe -- nslookup dns.google
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Non-authoritative answer:
  Name:	dns.google
  Address: 8.8.8.8
  Name:	dns.google
  Address: 8.8.4.4
  Name:	dns.google
  Address: 2001:4860:4860::8888
  Name:	dns.google
  Address: 2001:4860:4860::8844
  
A headless Service's StatefulSet pods each have a name; SRV records list them.
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
  $ kubectl exec probe -- nslookup web
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Name:	web.default.svc.tk8s.k8s
  Address: 10.244.0.142
  Name:	web.default.svc.tk8s.k8s
  Address: 10.244.1.9
  
  $ kubectl exec probe -- host web-1.web
  web-1.web.default.svc.tk8s.k8s has address 10.244.1.9
  $ kubectl exec probe -- nslookup -type=srv _http._tcp.web
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  _http._tcp.web.default.svc.tk8s.k8s	service = 0 50 80 web-0.web.default.svc.tk8s.k8s.
  _http._tcp.web.default.svc.tk8s.k8s	service = 0 50 80 web-1.web.default.svc.tk8s.k8s.
  
  $ kubectl exec probe -- host -t srv _http._tcp.web
  _http._tcp.web.default.svc.tk8s.k8s has SRV record 0 50 80 web-0.web.default.svc.tk8s.k8s.
  _http._tcp.web.default.svc.tk8s.k8s has SRV record 0 50 80 web-1.web.default.svc.tk8s.k8s.
  $ kubectl exec probe -- host -t aaaa web
  web.default.svc.tk8s.k8s has no AAAA record
  $ kubectl exec probe -- dig +short SRV _http._tcp.web.default.svc.tk8s.k8s
  0 50 80 web-0.web.default.svc.tk8s.k8s.
  0 50 80 web-1.web.default.svc.tk8s.k8s.
