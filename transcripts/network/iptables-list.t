`iptables -L` and `-S` read the same rules `iptables-save` prints. In nftables mode kube-proxy
keeps no iptables rules, so the node shows only the kubelet's chains; after switching to
iptables mode the nat table holds kube-proxy's KUBE-SERVICES, KUBE-SVC and KUBE-SEP chains.
  $ sudo podman exec tk8s-worker1 iptables -L
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-FIREWALL  all  --  anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-FIREWALL  all  --  anywhere             anywhere            
  
  Chain KUBE-FIREWALL (2 references)
  target     prot opt source               destination         
  DROP       all  -- !127.0.0.0/8          127.0.0.0/8          /* block incoming localnet connections */ ! ctstate RELATED,ESTABLISHED,DNAT
  
  Chain KUBE-KUBELET-CANARY (0 references)
  target     prot opt source               destination         
  $ sudo podman exec tk8s-worker1 iptables -t nat -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain KUBE-KUBELET-CANARY (0 references)
  target     prot opt source               destination         
  $ sudo podman exec tk8s-worker1 iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N KUBE-KUBELET-CANARY
  $ sudo podman exec tk8s-worker1 iptables -V
  iptables v1.8.9 (nf_tables)
  $ sudo podman exec tk8s-worker1 iptables -L KUBE-SERVICES
  iptables: No chain/target/match by that name.
  $ kubectl get cm kube-proxy -n kube-system -o yaml | sed 's/mode: nftables/mode: iptables/' | kubectl apply -f -
  Warning: resource configmaps/kube-proxy is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  configmap/kube-proxy configured
  $ kubectl delete pod -n kube-system -l k8s-app=kube-proxy
  pod "kube-proxy-4g4b7" deleted
  pod "kube-proxy-lstnd" deleted
  pod "kube-proxy-tpn5w" deleted
  $ sleep 30
  $ sudo podman exec tk8s-worker1 curl -s localhost:10249/proxyMode; echo
  iptables
  $ sudo podman exec tk8s-worker1 iptables -t nat -L KUBE-SERVICES -n
  Chain KUBE-SERVICES (2 references)
  target     prot opt source               destination         
  KUBE-SVC-NPX46M4PTMTKRN6Y  tcp  --  0.0.0.0/0            10.98.0.1            /* default/kubernetes:https cluster IP */ tcp dpt:443
  KUBE-SVC-TCOU7JCQXEZGVUNU  udp  --  0.0.0.0/0            10.98.0.10           /* kube-system/kube-dns:dns cluster IP */ udp dpt:53
  KUBE-SVC-ERIFXISQEP7F7OF4  tcp  --  0.0.0.0/0            10.98.0.10           /* kube-system/kube-dns:dns-tcp cluster IP */ tcp dpt:53
  KUBE-SVC-JD5MR3NA4I4DYORP  tcp  --  0.0.0.0/0            10.98.0.10           /* kube-system/kube-dns:metrics cluster IP */ tcp dpt:9153
  KUBE-SVC-Z4ANX4WAEWEBLCTM  tcp  --  0.0.0.0/0            10.98.0.142          /* kube-system/metrics-server:https cluster IP */ tcp dpt:443
  KUBE-NODEPORTS  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes service nodeports; NOTE: this must be the last rule in this chain */ ADDRTYPE match dst-type LOCAL
  $ sudo podman exec tk8s-worker1 iptables -t nat -nL KUBE-SVC-ERIFXISQEP7F7OF4 --line-numbers
  Chain KUBE-SVC-ERIFXISQEP7F7OF4 (1 references)
  num  target     prot opt source               destination         
  1    KUBE-MARK-MASQ  tcp  -- !10.244.0.0/21        10.98.0.10           /* kube-system/kube-dns:dns-tcp cluster IP */ tcp dpt:53
  2    KUBE-SEP-36PH6GXFEN4T4CYJ  all  --  0.0.0.0/0            0.0.0.0/0            /* kube-system/kube-dns:dns-tcp -> 10.244.0.13:53 */ statistic mode random probability 0.50000000000
  3    KUBE-SEP-AAJNJKLUKIUTGBWJ  all  --  0.0.0.0/0            0.0.0.0/0            /* kube-system/kube-dns:dns-tcp -> 10.244.0.14:53 */
  $ sudo podman exec tk8s-worker1 iptables -t nat -L KUBE-POSTROUTING -v
  Chain KUBE-POSTROUTING (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 RETURN     all  --  any    any     anywhere             anywhere             mark match ! 0x4000/0x4000
      0     0 MARK       all  --  any    any     anywhere             anywhere             MARK xor 0x4000
      0     0 MASQUERADE  all  --  any    any     anywhere             anywhere             /* kubernetes service traffic requiring SNAT */ random-fully
  $ sudo podman exec tk8s-worker1 iptables -t nat -S KUBE-SVC-NPX46M4PTMTKRN6Y
  -N KUBE-SVC-NPX46M4PTMTKRN6Y
  -A KUBE-SVC-NPX46M4PTMTKRN6Y ! -s 10.244.0.0/21 -d 10.98.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-MARK-MASQ
  -A KUBE-SVC-NPX46M4PTMTKRN6Y -m comment --comment "default/kubernetes:https -> 172.22.0.1:6443" -j KUBE-SEP-D2R6VHZQWH4AZELO
  $ sudo podman exec tk8s-worker1 iptables -L -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-PROXY-FIREWALL  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes load balancer firewall */
  KUBE-NODEPORTS  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes health check service ports */
  KUBE-EXTERNAL-SERVICES  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes externally-visible service portals */
  KUBE-FIREWALL  all  --  0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-PROXY-FIREWALL  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes load balancer firewall */
  KUBE-FORWARD  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes forwarding rules */
  KUBE-SERVICES  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes service portals */
  KUBE-EXTERNAL-SERVICES  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes externally-visible service portals */
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-PROXY-FIREWALL  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes load balancer firewall */
  KUBE-SERVICES  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes service portals */
  KUBE-FIREWALL  all  --  0.0.0.0/0            0.0.0.0/0           
  
  Chain KUBE-EXTERNAL-SERVICES (2 references)
  target     prot opt source               destination         
  
  Chain KUBE-FIREWALL (2 references)
  target     prot opt source               destination         
  DROP       all  -- !127.0.0.0/8          127.0.0.0/8          /* block incoming localnet connections */ ! ctstate RELATED,ESTABLISHED,DNAT
  
  Chain KUBE-FORWARD (1 references)
  target     prot opt source               destination         
  DROP       all  --  0.0.0.0/0            0.0.0.0/0            ctstate INVALID
  ACCEPT     all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes forwarding rules */ mark match 0x4000/0x4000
  ACCEPT     all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes forwarding conntrack rule */ ctstate RELATED,ESTABLISHED
  
  Chain KUBE-KUBELET-CANARY (0 references)
  target     prot opt source               destination         
  
  Chain KUBE-NODEPORTS (1 references)
  target     prot opt source               destination         
  
  Chain KUBE-PROXY-CANARY (0 references)
  target     prot opt source               destination         
  
  Chain KUBE-PROXY-FIREWALL (3 references)
  target     prot opt source               destination         
  
  Chain KUBE-SERVICES (2 references)
  target     prot opt source               destination         
  $ sudo podman exec tk8s-worker1 iptables -t nat -L -n | grep -c '^Chain'
  23
  $ sudo podman exec tk8s-worker1 iptables -t raw -L
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ sudo podman exec tk8s-worker1 iptables -t broute -L
  iptables v1.8.9 (nf_tables): table 'broute' does not exist
  Perhaps iptables or your kernel needs to be upgraded.
  $ sudo podman exec tk8s-worker1 iptables -L
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-PROXY-FIREWALL  all  --  anywhere             anywhere             ctstate NEW /* kubernetes load balancer firewall */
  KUBE-NODEPORTS  all  --  anywhere             anywhere             /* kubernetes health check service ports */
  KUBE-EXTERNAL-SERVICES  all  --  anywhere             anywhere             ctstate NEW /* kubernetes externally-visible service portals */
  KUBE-FIREWALL  all  --  anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-PROXY-FIREWALL  all  --  anywhere             anywhere             ctstate NEW /* kubernetes load balancer firewall */
  KUBE-FORWARD  all  --  anywhere             anywhere             /* kubernetes forwarding rules */
  KUBE-SERVICES  all  --  anywhere             anywhere             ctstate NEW /* kubernetes service portals */
  KUBE-EXTERNAL-SERVICES  all  --  anywhere             anywhere             ctstate NEW /* kubernetes externally-visible service portals */
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  KUBE-PROXY-FIREWALL  all  --  anywhere             anywhere             ctstate NEW /* kubernetes load balancer firewall */
  KUBE-SERVICES  all  --  anywhere             anywhere             ctstate NEW /* kubernetes service portals */
  KUBE-FIREWALL  all  --  anywhere             anywhere            
  
  Chain KUBE-EXTERNAL-SERVICES (2 references)
  target     prot opt source               destination         
  
  Chain KUBE-FIREWALL (2 references)
  target     prot opt source               destination         
  DROP       all  -- !127.0.0.0/8          127.0.0.0/8          /* block incoming localnet connections */ ! ctstate RELATED,ESTABLISHED,DNAT
  
  Chain KUBE-FORWARD (1 references)
  target     prot opt source               destination         
  DROP       all  --  anywhere             anywhere             ctstate INVALID
  ACCEPT     all  --  anywhere             anywhere             /* kubernetes forwarding rules */ mark match 0x4000/0x4000
  ACCEPT     all  --  anywhere             anywhere             /* kubernetes forwarding conntrack rule */ ctstate RELATED,ESTABLISHED
  
  Chain KUBE-KUBELET-CANARY (0 references)
  target     prot opt source               destination         
  
  Chain KUBE-NODEPORTS (1 references)
  target     prot opt source               destination         
  
  Chain KUBE-PROXY-CANARY (0 references)
  target     prot opt source               destination         
  
  Chain KUBE-PROXY-FIREWALL (3 references)
  target     prot opt source               destination         
  
  Chain KUBE-SERVICES (2 references)
  target     prot opt source               destination         
