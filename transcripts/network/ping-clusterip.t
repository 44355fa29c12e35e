ping answers from pods and nodes, never from a ClusterIP: a Service address is only a DNAT rule
kube-proxy keeps for its TCP and UDP ports, and nothing there answers an echo request.
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl expose pod web --port=80
  service/web exposed
  $ kubectl run client --image=busybox -- sleep 3600
  pod/client created
  $ sleep 20
  $ kubectl exec client -- ping -c 2 $(kubectl get pod web -o jsonpath='{.status.podIP}')
  PING 10.244.1.8 (10.244.1.8): 56 data bytes
  64 bytes from 10.244.1.8: seq=0 ttl=62 time=0.351 ms
  64 bytes from 10.244.1.8: seq=1 ttl=62 time=0.351 ms
  
  --- 10.244.1.8 ping statistics ---
  2 packets transmitted, 2 packets received, 0% packet loss
  round-trip min/avg/max = 0.351/0.351/0.351 ms
  $ kubectl exec client -- ping -c 3 web
  PING web (10.98.0.44): 56 data bytes
  
  --- web ping statistics ---
  3 packets transmitted, 0 packets received, 100% packet loss
  command terminated with exit code 1
  $ kubectl exec client -- ping -c 1 kube-dns.kube-system
  PING kube-dns.kube-system (10.98.0.10): 56 data bytes
  
  --- kube-dns.kube-system ping statistics ---
  1 packets transmitted, 0 packets received, 100% packet loss
  command terminated with exit code 1
  $ kubectl exec client -- ping -c 1 172.22.0.1
  PING 172.22.0.1 (172.22.0.1): 56 data bytes
  64 bytes from 172.22.0.1: seq=0 ttl=64 time=0.082 ms
  
  --- 172.22.0.1 ping statistics ---
  1 packets transmitted, 1 packets received, 0% packet loss
  round-trip min/avg/max = 0.082/0.082/0.082 ms
  $ kubectl exec client -- ping -c 1 nowhere
  ping: bad address 'nowhere'
  command terminated with exit code 1
