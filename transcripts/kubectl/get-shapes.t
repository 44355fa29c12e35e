The ways of naming what to get: several kinds, kind/name, short names, label selectors.
  $ kubectl get pods,svc
  NAME        READY   STATUS    RESTARTS   AGE
  pod/goweb   1/1     Running   0          95m
  
  NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  service/kubernetes   ClusterIP   10.98.0.1    <none>        443/TCP   46h
  $ k -n kube-system get endpoints/kube-dns
  NAME       ENDPOINTS                                                  AGE
  kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   46h
  $ kubectl get ds -n kube-system -o wide
  NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS                 IMAGES                                                                 SELECTOR
  canal        3         3         3       3            3           kubernetes.io/os=linux   46h   calico-node,kube-flannel   quay.io/cloudwalker/node:v3.29.2,quay.io/cloudwalker/flannel:v0.24.4   k8s-app=canal
  kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   46h   kube-proxy                 registry.k8s.io/kube-proxy:v1.32.2                                     k8s-app=kube-proxy
  $ kubectl get pods -A -l 'k8s-app in (kube-dns,kube-proxy)' -o wide
  NAMESPACE     NAME                       READY   STATUS    RESTARTS        AGE   IP            NODE                 NOMINATED NODE   READINESS GATES
  kube-system   coredns-66967f4c59-sc4gn   1/1     Running   3 (6h44m ago)   46h   10.244.0.13   tk8s-control-plane   <none>           <none>
  kube-system   coredns-66967f4c59-zkpkl   1/1     Running   3 (6h44m ago)   46h   10.244.0.14   tk8s-control-plane   <none>           <none>
  kube-system   kube-proxy-4g4b7           1/1     Running   3 (6h44m ago)   46h   172.22.0.3    tk8s-worker2         <none>           <none>
  kube-system   kube-proxy-lstnd           1/1     Running   3 (6h44m ago)   46h   172.22.0.2    tk8s-worker1         <none>           <none>
  kube-system   kube-proxy-tpn5w           1/1     Running   3 (6h44m ago)   46h   172.22.0.1    tk8s-control-plane   <none>           <none>
  $ kubectl get pods -n kube-system -l '!k8s-app'
  NAME                                         READY   STATUS    RESTARTS        AGE
  etcd-tk8s-control-plane                      1/1     Running   3 (6h44m ago)   46h
  kube-apiserver-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  kube-controller-manager-tk8s-control-plane   1/1     Running   3 (6h44m ago)   46h
  kube-scheduler-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  $ kubectl get nodes --show-labels
  NAME                 STATUS   ROLES           AGE   VERSION   LABELS
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=tk8s-control-plane,kubernetes.io/os=linux,node-role.kubernetes.io/control-plane=,node.kubernetes.io/exclude-from-external-load-balancers=
  tk8s-worker1         Ready    <none>          46h   v1.32.2   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=tk8s-worker1,kubernetes.io/os=linux
  tk8s-worker2         Ready    <none>          46h   v1.32.2   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=tk8s-worker2,kubernetes.io/os=linux
  $ kubectl get ns --no-headers
  default              Active   46h
  kube-node-lease      Active   46h
  kube-public          Active   46h
  kube-system          Active   46h
  local-path-storage   Active   46h
  $ kubectl get sc,runtimeclass
  NAME                                     PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
  storageclass.storage.k8s.io/local-path   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  46h
  $ get pods -o name
  pod/goweb
