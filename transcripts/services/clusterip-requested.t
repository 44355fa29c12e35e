A Service may ask for its own address: it must be an IP address inside the service CIDR
(10.98.0.0/24, less its network and broadcast addresses) that no other Service holds.
  $ kubectl create service clusterip pinned --tcp=80:80 --clusterip=10.98.0.5
  service/pinned created
  $ kubectl get service pinned
  NAME     TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  pinned   ClusterIP   10.98.0.5    <none>        80/TCP    0s
  $ kubectl create service clusterip outside --tcp=80:80 --clusterip=10.99.0.5
  error: failed to create ClusterIP service: Service "outside" is invalid: spec.clusterIPs: Invalid value: []string{"10.99.0.5"}: failed to allocate IP 10.99.0.5: the provided IP (10.99.0.5) is not in the valid range. The range of valid IPs is 10.98.0.0/24
  $ kubectl create service clusterip taken --tcp=80:80 --clusterip=10.98.0.10
  error: failed to create ClusterIP service: Service "taken" is invalid: spec.clusterIPs: Invalid value: []string{"10.98.0.10"}: failed to allocate IP 10.98.0.10: provided IP is already allocated
  $ kubectl create service clusterip broadcast --tcp=80:80 --clusterip=10.98.0.255
  error: failed to create ClusterIP service: Service "broadcast" is invalid: spec.clusterIPs: Invalid value: []string{"10.98.0.255"}: failed to allocate IP 10.98.0.255: the provided IP (10.98.0.255) is not in the valid range. The range of valid IPs is 10.98.0.0/24
  $ kubectl create service clusterip word --tcp=80:80 --clusterip=abc
  error: failed to create ClusterIP service: Service "word" is invalid: spec.clusterIPs[0]: Invalid value: "abc": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)
  $ kubectl get services
  NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  kubernetes   ClusterIP   10.98.0.1    <none>        443/TCP   46h
  pinned       ClusterIP   10.98.0.5    <none>        80/TCP    0s
