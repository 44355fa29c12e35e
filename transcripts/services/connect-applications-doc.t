The Kubernetes documentation's "Connecting Applications with Services" tutorial on the lab, up
to its HTTPS part: the nginx Deployment of run-my-nginx.yaml, a Service from `kubectl expose`,
its EndpointSlice, the Service's environment variables in pods created after it, and its DNS
name from a busybox pod. From a node, curl reaches the Service's ClusterIP through kube-proxy.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: my-nginx
  > spec:
  >   selector:
  >     matchLabels:
  >       run: my-nginx
  >   replicas: 2
  >   template:
  >     metadata:
  >       labels:
  >         run: my-nginx
  >     spec:
  >       containers:
  >       - name: my-nginx
  >         image: nginx
  >         ports:
  >         - containerPort: 80
  > EOF
  deployment.apps/my-nginx created
  $ sleep 13
  $ kubectl get pods -l run=my-nginx -o wide
  NAME                        READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  my-nginx-77b9c67898-c89zj   1/1     Running   0          13s   10.244.1.8     tk8s-worker2   <none>           <none>
  my-nginx-77b9c67898-c9dcc   1/1     Running   0          13s   10.244.0.142   tk8s-worker1   <none>           <none>
  $ kubectl get pods -l run=my-nginx -o custom-columns=POD_IP:.status.podIPs
  POD_IP
  [map[ip:10.244.1.8]]
  [map[ip:10.244.0.142]]
  $ kubectl expose deployment/my-nginx
  service/my-nginx exposed
  $ kubectl get svc my-nginx
  NAME       TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
  my-nginx   ClusterIP   10.98.0.194   <none>        80/TCP    0s
  $ kubectl describe svc my-nginx
  Name:                     my-nginx
  Namespace:                default
  Labels:                   <none>
  Annotations:              <none>
  Selector:                 run=my-nginx
  Type:                     ClusterIP
  IP Family Policy:         SingleStack
  IP Families:              IPv4
  IP:                       10.98.0.194
  IPs:                      10.98.0.194
  Port:                     <unset>  80/TCP
  TargetPort:               80/TCP
  Endpoints:                10.244.0.142:80,10.244.1.8:80
  Session Affinity:         None
  Internal Traffic Policy:  Cluster
  Events:                   <none>
  $ kubectl get endpointslices -l kubernetes.io/service-name=my-nginx
  NAME             ADDRESSTYPE   PORTS   ENDPOINTS                 AGE
  my-nginx-2mrrk   IPv4          80      10.244.0.142,10.244.1.8   0s
  $ IP=$(kubectl get svc my-nginx -o jsonpath='{.spec.clusterIP}')
  $ sudo podman exec tk8s-worker2 curl -s $IP | grep '<h1>'
  <h1>Welcome to nginx!</h1>
  $ kubectl exec $(kubectl get pods -l run=my-nginx -o name | head -1) -- printenv | grep SERVICE
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  $ kubectl scale deployment my-nginx --replicas=0; kubectl scale deployment my-nginx --replicas=2;
  deployment.apps/my-nginx scaled
  deployment.apps/my-nginx scaled
  $ sleep 5
  $ kubectl get pods -l run=my-nginx -o wide
  NAME                        READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES
  my-nginx-77b9c67898-k58p6   1/1     Running   0          5s    10.244.1.9     tk8s-worker2   <none>           <none>
  my-nginx-77b9c67898-lrd52   1/1     Running   0          5s    10.244.0.143   tk8s-worker1   <none>           <none>
  $ kubectl exec $(kubectl get pods -l run=my-nginx -o name | head -1) -- printenv | grep SERVICE
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  MY_NGINX_SERVICE_HOST=10.98.0.194
  MY_NGINX_SERVICE_PORT=80
  $ kubectl get services kube-dns --namespace=kube-system
  NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
  kube-dns   ClusterIP   10.98.0.10   <none>        53/UDP,53/TCP,9153/TCP   46h
The page's interactive form: busybox's shell at the prompt, its exit ending the pod with the
status of the last command (nslookup's 1: the other search domains do not have the name).
  $ kubectl run -i --tty --image busybox:1.37 dns-test --restart=Never --rm
  If you don't see a command prompt, try pressing enter.
  $ nslookup my-nginx
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	my-nginx.default.svc.tk8s.k8s
  Address: 10.98.0.194
  
  ** server can't find my-nginx.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.dns.podman: NXDOMAIN
  
  
  ** server can't find my-nginx.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.dns.podman: NXDOMAIN
  
  $ exit
  pod "dns-test" deleted
  pod default/dns-test terminated (Error)
The same lookup as the pod's own command, with -i alone.
  $ kubectl run -i --image busybox:1.37 dns-test --restart=Never --rm -- nslookup my-nginx
  If you don't see a command prompt, try pressing enter.
  Server:		10.98.0.10
  Address:	10.98.0.10:53
  
  Name:	my-nginx.default.svc.tk8s.k8s
  Address: 10.98.0.194
  
  ** server can't find my-nginx.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.dns.podman: NXDOMAIN
  
  
  ** server can't find my-nginx.svc.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.tk8s.k8s: NXDOMAIN
  
  ** server can't find my-nginx.dns.podman: NXDOMAIN
  
  pod "dns-test" deleted
  pod default/dns-test terminated (Error)
The HTTPS part needs the nginxsecret Secret and the nginxconfigmap ConfigMap; the Service then
gets two named NodePorts.
  $ printf 'server {\n        listen 80 default_server;\n}\n' > default.conf
  $ kubectl create configmap nginxconfigmap --from-file=default.conf
  configmap/nginxconfigmap created
  $ kubectl get configmaps
  NAME               DATA   AGE
  kube-root-ca.crt   1      46h
  nginxconfigmap     1      0s
  $ kubectl describe configmap  nginxconfigmap
  Name:         nginxconfigmap
  Namespace:    default
  Labels:       <none>
  Annotations:  <none>
  
  Data
  ====
  default.conf:
  ----
  server {
          listen 80 default_server;
  }
  
  
  
  BinaryData
  ====
  
  Events:  <none>
  $ kubectl delete deployments,svc my-nginx
  deployment.apps "my-nginx" deleted
  service "my-nginx" deleted
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: my-nginx
  >   labels:
  >     run: my-nginx
  > spec:
  >   type: NodePort
  >   ports:
  >   - port: 8080
  >     targetPort: 80
  >     protocol: TCP
  >     name: http
  >   - port: 443
  >     protocol: TCP
  >     name: https
  >   selector:
  >     run: my-nginx
  > EOF
  service/my-nginx created
  $ kubectl get svc my-nginx -o yaml | grep nodePort -C 5
    ipFamilies:
    - IPv4
    ipFamilyPolicy: SingleStack
    ports:
    - name: http
      nodePort: 30462
      port: 8080
      protocol: TCP
      targetPort: 80
    - name: https
      nodePort: 32236
      port: 443
      protocol: TCP
      targetPort: 443
    selector:
      run: my-nginx
  $ kubectl get nodes -o yaml | grep ExternalIP -C 1
  $ kubectl patch svc my-nginx -p '{"spec":{"type":"LoadBalancer"}}'
  service/my-nginx patched
  $ kubectl get svc my-nginx
  NAME       TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)                        AGE
  my-nginx   LoadBalancer   10.98.0.123   <pending>     8080:30462/TCP,443:32236/TCP   0s
