dig from a pod whose image ships BIND's tools (agnhost is Alpine with bind-tools): the whole
reply of CoreDNS, authoritative for the cluster zone but offering no recursion, with dig's
cookie echoed back and the size of the uncompressed reply. dig does not use the search list
unless told (+search); +short prints only the data.
  $ kubectl run probe --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- pause
  pod/probe created
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl expose deployment web --port=80 --name=web
  service/web exposed
  $ sleep 30
  $ kubectl get svc web
  NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
  web    ClusterIP   10.98.0.126   <none>        80/TCP    30s
  $ kubectl exec probe -- dig web.default.svc.tk8s.k8s
  
  ; <<>> DiG 9.18.41 <<>> web.default.svc.tk8s.k8s
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 61208
  ;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
  ;; WARNING: recursion requested but not available
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: 708752e18deaba0f (echoed)
  ;; QUESTION SECTION:
  ;web.default.svc.tk8s.k8s.	IN	A
  
  ;; ANSWER SECTION:
  web.default.svc.tk8s.k8s. 30	IN	A	10.98.0.126
  
  ;; Query time: 0 msec
  ;; SERVER: 10.98.0.10#53(10.98.0.10) (UDP)
  ;; WHEN: Wed Apr 23 07:25:30 UTC 2025
  ;; MSG SIZE  rcvd: 105
  
  $ kubectl exec probe -- dig +short web.default.svc.tk8s.k8s
  10.98.0.126
  $ kubectl exec probe -- dig web
  
  ; <<>> DiG 9.18.41 <<>> web
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 56076
  ;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: 92dc1a134b4178fc (echoed)
  ;; QUESTION SECTION:
  ;web.				IN	A
  
  ;; Query time: 3 msec
  ;; SERVER: 10.98.0.10#53(10.98.0.10) (UDP)
  ;; WHEN: Wed Apr 23 07:25:30 UTC 2025
  ;; MSG SIZE  rcvd: 44
  
  $ kubectl exec probe -- dig +search web
  
  ; <<>> DiG 9.18.41 <<>> +search web
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 5261
  ;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
  ;; WARNING: recursion requested but not available
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: a09a30e6e40ca9ef (echoed)
  ;; QUESTION SECTION:
  ;web.default.svc.tk8s.k8s.	IN	A
  
  ;; ANSWER SECTION:
  web.default.svc.tk8s.k8s. 30	IN	A	10.98.0.126
  
  ;; Query time: 0 msec
  ;; SERVER: 10.98.0.10#53(10.98.0.10) (UDP)
  ;; WHEN: Wed Apr 23 07:25:30 UTC 2025
  ;; MSG SIZE  rcvd: 105
  
Reverse lookups name the Service; SRV records exist for named ports and come with their
targets' addresses in the additional section.
  $ kubectl exec probe -- dig -x 10.98.0.10
  
  ; <<>> DiG 9.18.41 <<>> -x 10.98.0.10
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 55793
  ;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
  ;; WARNING: recursion requested but not available
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: 866520528ef01150 (echoed)
  ;; QUESTION SECTION:
  ;10.0.98.10.in-addr.arpa.	IN	PTR
  
  ;; ANSWER SECTION:
  10.0.98.10.in-addr.arpa. 30	IN	PTR	kube-dns.kube-system.svc.tk8s.k8s.
  
  ;; Query time: 0 msec
  ;; SERVER: 10.98.0.10#53(10.98.0.10) (UDP)
  ;; WHEN: Wed Apr 23 07:25:30 UTC 2025
  ;; MSG SIZE  rcvd: 134
  
  $ kubectl exec probe -- dig SRV _dns._udp.kube-dns.kube-system.svc.tk8s.k8s
  
  ; <<>> DiG 9.18.41 <<>> SRV _dns._udp.kube-dns.kube-system.svc.tk8s.k8s
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 39643
  ;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 2
  ;; WARNING: recursion requested but not available
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: a2ac6d2d2cb1193b (echoed)
  ;; QUESTION SECTION:
  ;_dns._udp.kube-dns.kube-system.svc.tk8s.k8s. IN	SRV
  
  ;; ANSWER SECTION:
  _dns._udp.kube-dns.kube-system.svc.tk8s.k8s. 30	IN SRV 0 100 53 kube-dns.kube-system.svc.tk8s.k8s.
  
  ;; ADDITIONAL SECTION:
  kube-dns.kube-system.svc.tk8s.k8s. 30 IN A	10.98.0.10
  
  ;; Query time: 0 msec
  ;; SERVER: 10.98.0.10#53(10.98.0.10) (UDP)
  ;; WHEN: Wed Apr 23 07:25:30 UTC 2025
  ;; MSG SIZE  rcvd: 229
  
  $ kubectl exec probe -- dig +noall +answer SRV _dns-tcp._tcp.kube-dns.kube-system.svc.tk8s.k8s
  _dns-tcp._tcp.kube-dns.kube-system.svc.tk8s.k8s. 30 IN SRV 0 100 53 kube-dns.kube-system.svc.tk8s.k8s.
A name outside the cluster is forwarded: no aa flag, recursion available, the cache's TTL.
Asked directly, a public resolver compresses its reply and announces a smaller UDP size.
  $ kubectl exec probe -- dig www.github.com
  
  ; <<>> DiG 9.18.41 <<>> www.github.com
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 19378
  ;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: b907a02189792ea5 (echoed)
  ;; QUESTION SECTION:
  ;www.github.com.			IN	A
  
  ;; ANSWER SECTION:
  www.github.com.		30	IN	CNAME	github.com.
  github.com.		30	IN	A	20.27.177.113
  
  ;; Query time: 3 msec
  ;; SERVER: 10.98.0.10#53(10.98.0.10) (UDP)
  ;; WHEN: Wed Apr 23 07:25:30 UTC 2025
  ;; MSG SIZE  rcvd: 119
  
  $ kubectl exec probe -- dig @8.8.8.8 +short www.github.com
  github.com.
  20.27.177.113
  $ kubectl exec probe -- dig @8.8.8.8 dns.google
  
  ; <<>> DiG 9.18.41 <<>> @8.8.8.8 dns.google
  ;; global options: +cmd
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 59731
  ;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 512
  ;; QUESTION SECTION:
  ;dns.google.			IN	A
  
  ;; ANSWER SECTION:
  dns.google.		300	IN	A	8.8.8.8
  dns.google.		300	IN	A	8.8.4.4
  
  ;; Query time: 12 msec
  ;; SERVER: 8.8.8.8#53(8.8.8.8) (UDP)
  ;; WHEN: Wed Apr 23 07:25:30 UTC 2025
  ;; MSG SIZE  rcvd: 71
  
An ExternalName Service is a CNAME in the zone, followed upstream.
  $ kubectl create service externalname ext --external-name github.com
  service/ext created
  $ kubectl exec probe -- dig +noall +answer ext.default.svc.tk8s.k8s
  ext.default.svc.tk8s.k8s. 30	IN	CNAME	github.com.
  github.com.		30	IN	A	20.27.177.113
  $ kubectl exec probe -- dig bogus.example +nocmd +nostats
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 62681
  ;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: 9f798c17278561b9 (echoed)
  ;; QUESTION SECTION:
  ;bogus.example.			IN	A
  
  $ kubectl exec probe -- dig +bogus web
  Invalid option: +bogus
  Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
              {global-d-opt} host [@local-server] {local-d-opt}
              [ host [@local-server] {local-d-opt} [...]]
  
  Use "dig -h" (or "dig -h | more") for complete list of options
  command terminated with exit code 1
+showsearch shows every reply of the search, the NXDOMAINs it went on from included.
  $ kubectl exec probe -- dig +showsearch +noall +answer +comments web.default
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 36321
  ;; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
  ;; WARNING: recursion requested but not available
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: 9506e362cccc91f4 (echoed)
  ;; Got answer:
  ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 45694
  ;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
  ;; WARNING: recursion requested but not available
  
  ;; OPT PSEUDOSECTION:
  ; EDNS: version: 0, flags:; udp: 1232
  ; COOKIE: 9506e362cccc91f4 (echoed)
  ;; ANSWER SECTION:
  web.default.svc.tk8s.k8s. 30	IN	A	10.98.0.126
  
  $ kubectl exec probe -- dig -t bogus +short web.default.svc.tk8s.k8s
  ;; Warning, ignoring invalid type bogus
  10.98.0.126
