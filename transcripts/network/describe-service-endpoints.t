kubectl describe service reads the Service's EndpointSlices (by their kubernetes.io/service-name
label), as kubectl 1.32 does: ready endpoints of the port's name, three at most, then + N more...
A Service whose selector matches nothing has the controller's empty slice, so its Endpoints line
is empty; a Service without a selector has no slice at all, and shows <none>. The kube-dns slice
lists each CoreDNS pod once per named port.
  $ kubectl describe svc kube-dns -n kube-system | grep -A2 '^Port:'
  Port:                     dns  53/UDP
  TargetPort:               53/UDP
  Endpoints:                10.244.0.13:53,10.244.0.14:53
  Port:                     dns-tcp  53/TCP
  TargetPort:               53/TCP
  Endpoints:                10.244.0.13:53,10.244.0.14:53
  Port:                     metrics  9153/TCP
  TargetPort:               9153/TCP
  Endpoints:                10.244.0.13:9153,10.244.0.14:9153
  $ kubectl create deployment web --image=nginx --replicas=5
  deployment.apps/web created
  $ kubectl expose deployment web --port=80
  service/web exposed
  $ kubectl create service clusterip typo --tcp=80:80
  service/typo created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: manual
  > spec:
  >   ports:
  >   - name: http
  >     port: 80
  >     targetPort: 8080
  > EOF
  service/manual created
  $ sleep 20
  $ kubectl get endpointslices
  NAME         ADDRESSTYPE   PORTS     ENDPOINTS                                           AGE
  kubernetes   IPv4          6443      172.22.0.1                                          46h
  typo-94xv9   IPv4          <unset>   <unset>                                             20s
  web-mrrkl    IPv4          80        10.244.0.142,10.244.0.143,10.244.1.10 + 2 more...   20s
  $ kubectl describe svc web
  Name:                     web
  Namespace:                default
  Labels:                   app=web
  Annotations:              <none>
  Selector:                 app=web
  Type:                     ClusterIP
  IP Family Policy:         SingleStack
  IP Families:              IPv4
  IP:                       10.98.0.86
  IPs:                      10.98.0.86
  Port:                     <unset>  80/TCP
  TargetPort:               80/TCP
  Endpoints:                10.244.0.142:80,10.244.0.143:80,10.244.1.10:80 + 2 more...
  Session Affinity:         None
  Internal Traffic Policy:  Cluster
  Events:                   <none>
  $ kubectl describe svc typo | grep -B2 Endpoints
  Port:                     80-80  80/TCP
  TargetPort:               80/TCP
  Endpoints:                
  $ kubectl describe svc manual | grep -B2 Endpoints
  Port:                     http  80/TCP
  TargetPort:               8080/TCP
  Endpoints:                <none>
  $ kubectl scale deployment web --replicas=2
  deployment.apps/web scaled
  $ sleep 30
  $ kubectl describe svc web | grep Endpoints
  Endpoints:                10.244.0.143:80,10.244.1.10:80
