The course notes' captures from "Kubernetes Service Discovery", reproduced by the simulated lab.
The first capture is taken the moment the lab starts: coredns has restarted once per host reboot.
#! world tk8s
  $ kubectl get all -n kube-system -l k8s-app=kube-dns
  NAME                           READY   STATUS    RESTARTS        AGE
  pod/coredns-66967f4c59-sc4gn   1/1     Running   3 (6h44m ago)   46h
  pod/coredns-66967f4c59-zkpkl   1/1     Running   3 (6h44m ago)   46h
  
  NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
  service/kube-dns   ClusterIP   10.98.0.10   <none>        53/UDP,53/TCP,9153/TCP   46h
  
  NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/coredns   2/2     2            2           46h
  
  NAME                                 DESIRED   CURRENT   READY   AGE
  replicaset.apps/coredns-668d6bf9bc   0         0         0       46h
  replicaset.apps/coredns-66967f4c59   2         2         2       46h
An hour later the endpoints are 47h old; two pods times three ports make six entries.
  $ sleep 3600
  $ kubectl get endpoints kube-dns -n kube-system
  NAME       ENDPOINTS                                                  AGE
  kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   47h
  $ kubectl run dnscmd --image=registry.k8s.io/e2e-test-images/agnhost:2.39
  pod/dnscmd created
The image has to be pulled first, so give the pod a few seconds.
  $ sleep 10
  $ kubectl exec dnscmd -- cat /etc/resolv.conf
  search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman
  nameserver 10.98.0.10
  options ndots:5
