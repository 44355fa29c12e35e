A NetworkPolicy that denies a pod's egress leaves it no way to reach CoreDNS: its DNS queries
are dropped like any other packet, so every lookup tool waits out its timeouts. BIND's tools
report each attempt (three for dig and nslookup, two for host, 5 seconds each); busybox's
nslookup gives up with its own wording. An egress rule for UDP 53 to the CoreDNS pods lets
the queries through again, while other traffic stays blocked.
  $ kubectl run probe --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- pause
  pod/probe created
  $ kubectl run bb --image=busybox:1.36 -- sleep 3600
  pod/bb created
  $ sleep 20
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: deny-egress
  > spec:
  >   podSelector: {}
  >   policyTypes: [Egress]
  > EOF
  networkpolicy.networking.k8s.io/deny-egress created
  $ date
  Wed Apr 23 07:25:20 UTC 2025
  $ kubectl exec probe -- nslookup kubernetes
  ;; communications error to 10.98.0.10#53: timed out
  ;; communications error to 10.98.0.10#53: timed out
  ;; communications error to 10.98.0.10#53: timed out
  ;; no servers could be reached
  
  command terminated with exit code 1
  $ date
  Wed Apr 23 07:25:35 UTC 2025
  $ kubectl exec probe -- dig kubernetes.default.svc.tk8s.k8s
  ;; communications error to 10.98.0.10#53: timed out
  ;; communications error to 10.98.0.10#53: timed out
  ;; communications error to 10.98.0.10#53: timed out
  
  ; <<>> DiG 9.18.41 <<>> kubernetes.default.svc.tk8s.k8s
  ;; global options: +cmd
  ;; no servers could be reached
  command terminated with exit code 9
  $ kubectl exec probe -- host kubernetes
  ;; communications error to 10.98.0.10#53: timed out
  ;; communications error to 10.98.0.10#53: timed out
  ;; no servers could be reached
  command terminated with exit code 1
  $ kubectl exec bb -- nslookup kubernetes.default.svc.tk8s.k8s
  ;; connection timed out; no servers could be reached
  
  command terminated with exit code 1
  $ kubectl exec probe -- dig @8.8.8.8 +short dns.google
  ;; communications error to 8.8.8.8#53: timed out
  ;; communications error to 8.8.8.8#53: timed out
  ;; communications error to 8.8.8.8#53: timed out
  ;; no servers could be reached
  command terminated with exit code 9
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: networking.k8s.io/v1
  > kind: NetworkPolicy
  > metadata:
  >   name: allow-dns
  > spec:
  >   podSelector: {}
  >   policyTypes: [Egress]
  >   egress:
  >   - to:
  >     - namespaceSelector:
  >         matchLabels:
  >           kubernetes.io/metadata.name: kube-system
  >       podSelector:
  >         matchLabels:
  >           k8s-app: kube-dns
  >     ports:
  >     - protocol: UDP
  >       port: 53
  > EOF
  networkpolicy.networking.k8s.io/allow-dns created
  $ kubectl exec probe -- nslookup kubernetes
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  $ kubectl exec probe -- host kubernetes
  kubernetes.default.svc.tk8s.k8s has address 10.98.0.1
  $ kubectl exec bb -- nslookup kubernetes.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  
  $ kubectl exec probe -- dig @8.8.8.8 +short dns.google
  ;; communications error to 8.8.8.8#53: timed out
  ;; communications error to 8.8.8.8#53: timed out
  ;; communications error to 8.8.8.8#53: timed out
  ;; no servers could be reached
  command terminated with exit code 9
  $ kubectl exec probe -- dig +short www.github.com
  github.com.
  20.27.177.113
The rule allows UDP only: dig over TCP (+tcp) cannot connect, and says so for each attempt.
  $ kubectl exec probe -- dig +tcp +short kubernetes.default.svc.tk8s.k8s
  ;; Connection to 10.98.0.10#53(10.98.0.10) for kubernetes.default.svc.tk8s.k8s failed: timed out.
  ;; Connection to 10.98.0.10#53(10.98.0.10) for kubernetes.default.svc.tk8s.k8s failed: timed out.
  ;; Connection to 10.98.0.10#53(10.98.0.10) for kubernetes.default.svc.tk8s.k8s failed: timed out.
  ;; no servers could be reached
  command terminated with exit code 9
  $ kubectl exec bb -- date
  Wed Apr 23 07:27:05 UTC 2025
