What runs inside a node container, from the cluster's state. kcn starts each node with bash as
PID 1; containerd and the kubelet (with kubeadm's flags from /var/lib/kubelet/kubeadm-flags.env)
run beside it, and every pod sandbox is a runc shim with /pause and the pod's processes. Canal's
network: eth0 on the lab network, flannel.1 for the other nodes' pod /25s, a Calico veth and a
/32 route per local pod. ss shows who listens; kubectl needs a kubeconfig inside a node.
  $ docker exec -it tk8s-worker1 bash
  $ ps
      PID TTY          TIME CMD
      220 pts/1    00:00:00 bash
      227 pts/1    00:00:00 ps
  $ ps aux
  USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
  root           1  0.0  0.0  20060 11392 ?        Ss   00:41   0:00 /sbin/init ba
  root          63  0.0  0.0  34140 12160 ?        Ss   00:41   0:00 /lib/systemd/
  root          82  1.1  0.3 1999148 52384 ?       Ssl  00:41   4:50 /usr/local/bi
  root          83  2.4  0.5 2421576 88904 ?       Ssl  00:41  10:05 /usr/bin/kube
  root         106  0.0  0.0 1238384 13056 ?       Sl   00:41   0:24 /usr/local/bi
  root         114  0.0  0.0   1020   512 ?        Ss   00:41   0:00 /pause
  root         116  0.1  0.7 362496 120832 ?       Ssl  00:41   0:48 node
  root         129  0.1  0.0  39936 13312 ?        Ssl  00:41   0:48 /opt/bin/flan
  root         147  0.0  0.0 1238384 13056 ?       Sl   00:41   0:24 /usr/local/bi
  root         154  0.0  0.0   1020   512 ?        Ss   00:41   0:00 /pause
  root         156  0.1  0.1  52224 17408 ?        Ssl  00:41   0:48 /usr/local/bi
  root         175  0.0  0.0 1238384 13056 ?       Sl   00:41   0:24 /usr/local/bi
  root         182  0.0  0.0   1020   512 ?        Ss   00:41   0:00 /pause
  root         184  0.1  0.1  61440 20480 ?        Ssl  00:41   0:48 metrics-serve
  root         198  0.0  0.0 1238384 13056 ?       Sl   05:49   0:05 /usr/local/bi
  root         211  0.0  0.0   1020   512 ?        Ss   05:49   0:00 /pause
  root         213  0.1  0.0  15360  5120 ?        Ssl  05:49   0:11 goweb
  root         220  0.0  0.0   4588  3968 pts/1    Ss   07:25   0:00 bash
  root         227  0.0  0.0   8088  4096 pts/1    R+   07:25   0:00 ps aux
  $ ps -ef | grep -v pause | head -5
  UID          PID    PPID  C STIME TTY          TIME CMD
  root           1       0  0 00:41 ?        00:00:00 /sbin/init bash
  root          63       1  0 00:41 ?        00:00:00 /lib/systemd/systemd-journald
  root          82       1  1 00:41 ?        00:04:50 /usr/local/bin/containerd
  root         106       1  0 00:41 ?        00:00:24 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id b71b070a39a41d10eecace7bf4f9edecd6e0043fd3e117d1efd10d4cff080e35 -address /run/containerd/containerd.sock
  $ cat /var/lib/kubelet/kubeadm-flags.env
  KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"
  $ ip addr
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet6 ::1/128 scope host noprefixroute 
         valid_lft forever preferred_lft forever
  2: eth0@if7: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 76:01:0c:45:15:f8 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      inet 172.22.0.2/24 brd 172.22.0.255 scope global eth0
         valid_lft forever preferred_lft forever
      inet6 fe80::7401:cff:fe45:15f8/64 scope link 
         valid_lft forever preferred_lft forever
  3: flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN group default 
      link/ether 06:a9:87:d1:0e:54 brd ff:ff:ff:ff:ff:ff
      inet 10.244.0.128/32 scope global flannel.1
         valid_lft forever preferred_lft forever
      inet6 fe80::4a9:87ff:fed1:e54/64 scope link 
         valid_lft forever preferred_lft forever
  4: cali651d3a736bb@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000
      link/ether ee:ee:ee:ee:ee:ee brd ff:ff:ff:ff:ff:ff link-netns cni-2ed2896f-4c27-83dd-c61a-e8bb7a47d352
      inet6 fe80::ecee:eeff:feee:eeee/64 scope link 
         valid_lft forever preferred_lft forever
  5: cali04d463cef5e@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000
      link/ether ee:ee:ee:ee:ee:ee brd ff:ff:ff:ff:ff:ff link-netns cni-7b23afb3-52c8-e1fb-a8dc-5bc5736646f2
      inet6 fe80::ecee:eeff:feee:eeee/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip route
  default via 172.22.0.254 dev eth0 proto static metric 100 
  10.244.0.0/25 via 10.244.0.0 dev flannel.1 onlink 
  10.244.0.140 dev cali651d3a736bb scope link 
  10.244.0.141 dev cali04d463cef5e scope link 
  10.244.1.0/25 via 10.244.1.0 dev flannel.1 onlink 
  172.22.0.0/24 dev eth0 proto kernel scope link src 172.22.0.2 
  $ ip -br a
  lo               UNKNOWN        127.0.0.1/8 ::1/128 
  eth0@if7         UP             172.22.0.2/24 fe80::7401:cff:fe45:15f8/64 
  flannel.1        UNKNOWN        10.244.0.128/32 fe80::4a9:87ff:fed1:e54/64 
  cali651d3a736bb@if2 UP             fe80::ecee:eeff:feee:eeee/64 
  cali04d463cef5e@if2 UP             fe80::ecee:eeff:feee:eeee/64 
  $ ss -lntp
  State     Recv-Q    Send-Q       Local Address:Port        Peer Address:Port    Process                                                                         
  LISTEN    0         4096             127.0.0.1:10249            0.0.0.0:*        users:(("kube-proxy",pid=156,fd=18))                                           
  LISTEN    0         4096             127.0.0.1:57546            0.0.0.0:*        users:(("kubelet",pid=83,fd=16))                                               
  LISTEN    0         4096             127.0.0.1:9099             0.0.0.0:*        users:(("node",pid=116,fd=8))                                                  
  LISTEN    0         4096             127.0.0.1:41123            0.0.0.0:*        users:(("containerd",pid=82,fd=5))                                             
  LISTEN    0         4096             127.0.0.1:10248            0.0.0.0:*        users:(("kubelet",pid=83,fd=24))                                               
  LISTEN    0         4096                     *:10250                  *:*        users:(("kubelet",pid=83,fd=6))                                                
  LISTEN    0         4096                     *:10256                  *:*        users:(("kube-proxy",pid=156,fd=27))                                           
  $ kubectl get pods
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  The connection to the server localhost:8080 was refused - did you specify the right host or port?
  $ exit
  exit
  $ docker exec -it tk8s-control-plane bash
  $ ps aux | grep -e kube-scheduler -e 'etcd ' | cut -c1-120
  root         289  0.1  0.3 178176 59392 ?        Ssl  00:41   0:48 etcd --advertise-client-urls=https://172.22.0.1:2379 
  root         421  0.1  0.1  70656 23552 ?        Ssl  00:41   0:48 kube-scheduler --authentication-kubeconfig=/etc/kuber
  $ ss -lntp | cat
  State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess                                   
  LISTEN 0      4096       127.0.0.1:59015      0.0.0.0:*    users:(("containerd",pid=86,fd=20))      
  LISTEN 0      4096       127.0.0.1:10248      0.0.0.0:*    users:(("kubelet",pid=88,fd=12))         
  LISTEN 0      4096       127.0.0.1:10249      0.0.0.0:*    users:(("kube-proxy",pid=378,fd=5))      
  LISTEN 0      4096       127.0.0.1:2379       0.0.0.0:*    users:(("etcd",pid=289,fd=4))            
  LISTEN 0      4096      172.22.0.1:2379       0.0.0.0:*    users:(("etcd",pid=289,fd=4))            
  LISTEN 0      4096       127.0.0.1:9099       0.0.0.0:*    users:(("node",pid=177,fd=19))           
  LISTEN 0      4096      172.22.0.1:2380       0.0.0.0:*    users:(("etcd",pid=289,fd=8))            
  LISTEN 0      4096       127.0.0.1:2381       0.0.0.0:*    users:(("etcd",pid=289,fd=8))            
  LISTEN 0      4096       127.0.0.1:10257      0.0.0.0:*    users:(("kube-controller",pid=360,fd=24))
  LISTEN 0      4096       127.0.0.1:10259      0.0.0.0:*    users:(("kube-scheduler",pid=421,fd=7))  
  LISTEN 0      4096       127.0.0.1:46009      0.0.0.0:*    users:(("kubelet",pid=88,fd=16))         
  LISTEN 0      4096               *:10250            *:*    users:(("kubelet",pid=88,fd=3))          
  LISTEN 0      4096               *:6443             *:*    users:(("kube-apiserver",pid=320,fd=13)) 
  LISTEN 0      4096               *:10256            *:*    users:(("kube-proxy",pid=378,fd=24))     
  $ export KUBECONFIG=/etc/kubernetes/admin.conf
  $ kubectl get nodes -o wide
  NAME                 STATUS   ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION     CONTAINER-RUNTIME
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2   172.22.0.1    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-57-generic   containerd://2.0.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2   172.22.0.2    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-57-generic   containerd://2.0.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2   172.22.0.3    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-57-generic   containerd://2.0.2
  $ exit
  exit
