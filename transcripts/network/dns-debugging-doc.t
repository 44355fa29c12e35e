The Kubernetes documentation's "Debugging DNS Resolution" task on the lab. Its test pod runs
registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3: Debian 8 with BIND 9.9's nslookup, which
applies resolv.conf's search list (ndots:5) to a name with fewer dots, so `kubernetes.default`
is found as kubernetes.default.svc.tk8s.k8s. The manifest is the page's dnsutils.yaml.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dnsutils
  >   namespace: default
  > spec:
  >   containers:
  >   - name: dnsutils
  >     image: registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3
  >     command:
  >       - sleep
  >       - "infinity"
  >     imagePullPolicy: IfNotPresent
  >   restartPolicy: Always
  > EOF
  pod/dnsutils created
  $ kubectl get pods dnsutils
  NAME       READY   STATUS              RESTARTS   AGE
  dnsutils   0/1     ContainerCreating   0          0s
  $ sleep 10
  $ kubectl get pods dnsutils
  NAME       READY   STATUS    RESTARTS   AGE
  dnsutils   1/1     Running   0          10s
  $ kubectl exec -i -t dnsutils -- nslookup kubernetes.default
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Name:	kubernetes.default.svc.tk8s.k8s
  Address: 10.98.0.1
  
  $ kubectl exec -ti dnsutils -- cat /etc/resolv.conf
  search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman
  nameserver 10.98.0.10
  options ndots:5
  $ kubectl exec -i -t dnsutils -- nslookup kube-dns.kube-system
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  Name:	kube-dns.kube-system.svc.tk8s.k8s
  Address: 10.98.0.10
  
  $ kubectl exec -i -t dnsutils -- nslookup nosuch
  Server:		10.98.0.10
  Address:	10.98.0.10#53
  
  ** server can't find nosuch: NXDOMAIN
  
  command terminated with exit code 1
  $ kubectl exec -i -t dnsutils -- host kubernetes.default.svc.tk8s.k8s
  kubernetes.default.svc.tk8s.k8s has address 10.98.0.1
  $ kubectl get pods --namespace=kube-system -l k8s-app=kube-dns
  NAME                       READY   STATUS    RESTARTS        AGE
  coredns-66967f4c59-sc4gn   1/1     Running   3 (6h44m ago)   46h
  coredns-66967f4c59-zkpkl   1/1     Running   3 (6h44m ago)   46h
  $ kubectl logs --namespace=kube-system -l k8s-app=kube-dns
  .:53
  CoreDNS-1.11.3
  linux/amd64, go1.21.11, a6338e9
  .:53
  CoreDNS-1.11.3
  linux/amd64, go1.21.11, a6338e9
  $ kubectl get svc --namespace=kube-system
  NAME             TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE
  kube-dns         ClusterIP   10.98.0.10    <none>        53/UDP,53/TCP,9153/TCP   46h
  metrics-server   ClusterIP   10.98.0.142   <none>        443/TCP                  46h
  $ kubectl get endpoints kube-dns --namespace=kube-system
  NAME       ENDPOINTS                                                  AGE
  kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   46h
  $ kubectl get configmap coredns -n kube-system -o jsonpath='{.data.Corefile}'
  .:53 {
      errors
      health {
         lameduck 5s
      }
      ready
      kubernetes tk8s.k8s in-addr.arpa ip6.arpa {
         pods insecure
         fallthrough in-addr.arpa ip6.arpa
         ttl 30
      }
      prometheus :9153
      forward . /etc/resolv.conf {
         max_concurrent 1000
      }
      cache 30 {
         disable success tk8s.k8s
         disable denial tk8s.k8s
      }
      loop
      reload
      loadbalance
  }
  $ kubectl describe clusterrole system:coredns -n kube-system
  Name:         system:coredns
  Labels:       <none>
  Annotations:  <none>
  PolicyRule:
    Resources                        Non-Resource URLs  Resource Names  Verbs
    ---------                        -----------------  --------------  -----
    endpoints                        []                 []              [list watch]
    namespaces                       []                 []              [list watch]
    pods                             []                 []              [list watch]
    services                         []                 []              [list watch]
    endpointslices.discovery.k8s.io  []                 []              [list watch]
