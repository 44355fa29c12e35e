The Kubernetes documentation's "Debug Services" walk-through on the lab. The backend is
registry.k8s.io/serve_hostname, which answers every path on 9376 with its pod's name (no
newline). The lab's cluster domain is tk8s.k8s and its kube-proxy runs in nftables mode, so the
rules to look for are nft's, not iptables-save's.
  $ kubectl create deployment hostnames --image=registry.k8s.io/serve_hostname
  deployment.apps/hostnames created
  $ kubectl scale deployment hostnames --replicas=3
  deployment.apps/hostnames scaled
  $ sleep 20
  $ kubectl get pods -l app=hostnames
  NAME                         READY   STATUS    RESTARTS   AGE
  hostnames-7f895cc545-9sjxk   1/1     Running   0          20s
  hostnames-7f895cc545-c89zj   1/1     Running   0          20s
  hostnames-7f895cc545-c9dcc   1/1     Running   0          20s
  $ kubectl get pods -l app=hostnames -o go-template='{{range .items}}{{.status.podIP}}{{"\n"}}{{end}}'
  10.244.0.142
  10.244.1.8
  10.244.1.9
  $ kubectl logs deploy/hostnames
  Found 3 pods, using pod/hostnames-7f895cc545-9sjxk
  2025/04/23 07:25:02 Serving on port 9376.
A client pod to try them from; each answer lacks a newline, hence the echo.
  $ kubectl run client --image=busybox:1.37 -- sleep 36000
  pod/client created
  $ sleep 10
  $ PODS=$(kubectl get pods -l app=hostnames -o jsonpath='{.items[*].status.podIP}')
  $ kubectl exec client -- sh -c "for ep in $PODS; do wget -qO- \$ep:9376; echo; done"
  hostnames-7f895cc545-9sjxk
  hostnames-7f895cc545-c89zj
  hostnames-7f895cc545-c9dcc
Before the Service exists its name does not resolve.
  $ kubectl exec client -- wget -O- hostnames
  wget: bad address 'hostnames'
  command terminated with exit code 1
  $ kubectl get svc hostnames
  Error from server (NotFound): services "hostnames" not found
  $ kubectl expose deployment hostnames --port=80 --target-port=9376
  service/hostnames exposed
  $ kubectl get svc hostnames
  NAME        TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
  hostnames   ClusterIP   10.98.0.177   <none>        80/TCP    0s
  $ IP=$(kubectl get svc hostnames -o jsonpath='{.spec.clusterIP}')
  $ kubectl exec client -- nslookup hostnames.default.svc.tk8s.k8s
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	hostnames.default.svc.tk8s.k8s
  Address: 10.98.0.177
  
  
  $ kubectl exec client -- cat /etc/resolv.conf
  search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman
  nameserver 10.98.0.10
  options ndots:5
  $ kubectl exec client -- sh -c 'for i in $(seq 1 3); do wget -qO- '$IP':80; echo; done'
  hostnames-7f895cc545-9sjxk
  hostnames-7f895cc545-9sjxk
  hostnames-7f895cc545-9sjxk
  $ kubectl get service hostnames -o json
  {
      "apiVersion": "v1",
      "kind": "Service",
      "metadata": {
          "creationTimestamp": "2025-04-23T07:25:30Z",
          "labels": {
              "app": "hostnames"
          },
          "name": "hostnames",
          "namespace": "default",
          "resourceVersion": "218",
          "uid": "907aea6a-2fe4-4aba-87b2-5b3982691c22"
      },
      "spec": {
          "clusterIP": "10.98.0.177",
          "clusterIPs": [
              "10.98.0.177"
          ],
          "internalTrafficPolicy": "Cluster",
          "ipFamilies": [
              "IPv4"
          ],
          "ipFamilyPolicy": "SingleStack",
          "ports": [
              {
                  "port": 80,
                  "protocol": "TCP",
                  "targetPort": 9376
              }
          ],
          "selector": {
              "app": "hostnames"
          },
          "sessionAffinity": "None",
          "type": "ClusterIP"
      },
      "status": {
          "loadBalancer": {}
      }
  }
  $ kubectl get endpoints hostnames
  NAME        ENDPOINTS                                           AGE
  hostnames   10.244.0.142:9376,10.244.1.8:9376,10.244.1.9:9376   0s
From a node: kube-proxy runs there, and the Service's ClusterIP answers through its rules, as
the pods' IPs do. Without -t, podman exec gives curl a pipe, so it shows its progress meter. A
port the Service lacks is rejected; an unallocated address of the Service range is dropped.
  $ sudo podman exec tk8s-worker1 ps auxw | grep kube-proxy
  root         156  0.1  0.1  52224 17408 ?        Ssl  00:41   0:48 /usr/local/bin/kube-proxy --config=/var/lib/kube-proxy/config.conf --hostname-override=tk8s-worker1
  $ sudo podman exec tk8s-worker1 curl $IP:80; echo
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0100    26  100    26    0     0  26000      0 --:--:-- --:--:-- --:--:-- 26000
  hostnames-7f895cc545-c9dcc
100    26  100    26    0     0  26000      0 --:--:-- --:--:-- --:--:-- 26000
  $ sudo podman exec tk8s-worker1 curl -s ${PODS%% *}:9376; echo
  hostnames-7f895cc545-9sjxk
  $ sudo podman exec tk8s-worker1 curl -si $IP:80; echo
  HTTP/1.1 200 OK
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  Content-Length: 26
  Content-Type: text/plain; charset=utf-8
  
  hostnames-7f895cc545-c89zj
  $ sudo podman exec tk8s-worker1 curl -sS -m 2 10.98.0.250:80
  curl: (28) Connection timed out after 2001 milliseconds
  $ sudo podman exec tk8s-worker1 curl -sS $IP:81
  curl: (7) Failed to connect to 10.98.0.177 port 81 after 0 ms: Couldn't connect to server
  $ sudo podman exec tk8s-worker1 iptables-save | grep -c hostnames
  0
  $ sudo podman exec tk8s-worker1 nft list ruleset | grep hostnames/tcp/ | head -3
  		elements = { 10.98.0.177 . tcp . 80 : goto service-EJAJPSCL-default/hostnames/tcp/,
  	chain endpoint-VF2ZR2GI-default/hostnames/tcp/__10.244.0.142/9376 {
  	chain endpoint-CHPLUUKQ-default/hostnames/tcp/__10.244.1.8/9376 {
The node's own daemons listen on its loopback only.
  $ sudo podman exec tk8s-worker1 curl -si localhost:10248/healthz; echo
  HTTP/1.1 200 OK
  Content-Type: text/plain; charset=utf-8
  X-Content-Type-Options: nosniff
  Date: Wed, 23 Apr 2025 07:25:32 GMT
  Content-Length: 2
  
  ok
  $ sudo podman exec tk8s-worker1 curl -s localhost:10249/metrics_x
  404 page not found
