Sorting with --sort-by, label columns, kinds and headers. The order of ties is Go's sort.Sort's,
strings compare bytewise (a10 before a9), quantities by amount; checked against kubectl 1.32.
  $ kubectl create deployment web --image=nginx --replicas=3
  deployment.apps/web created
  $ kubectl create configmap a1 --from-literal=x=1
  configmap/a1 created
  $ kubectl create configmap a10 --from-literal=x=1
  configmap/a10 created
  $ kubectl create configmap a9 --from-literal=x=1
  configmap/a9 created
  $ sleep 45
  $ kubectl get pods -A --sort-by=.spec.nodeName
  NAMESPACE            NAME                                         READY   STATUS    RESTARTS        AGE
  kube-system          coredns-66967f4c59-sc4gn                     1/1     Running   3 (6h44m ago)   46h
  kube-system          canal-rv6n7                                  2/2     Running   6 (6h44m ago)   46h
  kube-system          kube-proxy-tpn5w                             1/1     Running   3 (6h44m ago)   46h
  kube-system          coredns-66967f4c59-zkpkl                     1/1     Running   3 (6h44m ago)   46h
  kube-system          calico-kube-controllers-6b65fb5f89-66t62     1/1     Running   3 (6h44m ago)   46h
  kube-system          kube-controller-manager-tk8s-control-plane   1/1     Running   3 (6h44m ago)   46h
  kube-system          etcd-tk8s-control-plane                      1/1     Running   3 (6h44m ago)   46h
  kube-system          kube-apiserver-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  kube-system          kube-scheduler-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  default              web-65d846d465-c89zj                         1/1     Running   0               45s
  kube-system          kube-proxy-lstnd                             1/1     Running   3 (6h44m ago)   46h
  kube-system          metrics-server-8467fcc7b7-d9x4b              1/1     Running   3 (6h44m ago)   46h
  kube-system          canal-9dc5v                                  2/2     Running   6 (6h44m ago)   46h
  default              goweb                                        1/1     Running   0               96m
  local-path-storage   local-path-provisioner-84944977bd-fpmmz      1/1     Running   3 (6h44m ago)   46h
  kube-system          kube-proxy-4g4b7                             1/1     Running   3 (6h44m ago)   46h
  default              web-65d846d465-9sjxk                         1/1     Running   0               45s
  kube-system          canal-ql5xj                                  2/2     Running   6 (6h44m ago)   46h
  default              web-65d846d465-c9dcc                         1/1     Running   0               45s
  $ kubectl get pods -A --sort-by=.spec.nodeName -o name
  pod/coredns-66967f4c59-sc4gn
  pod/canal-rv6n7
  pod/kube-proxy-tpn5w
  pod/coredns-66967f4c59-zkpkl
  pod/calico-kube-controllers-6b65fb5f89-66t62
  pod/kube-controller-manager-tk8s-control-plane
  pod/etcd-tk8s-control-plane
  pod/kube-apiserver-tk8s-control-plane
  pod/kube-scheduler-tk8s-control-plane
  pod/web-65d846d465-c89zj
  pod/kube-proxy-lstnd
  pod/metrics-server-8467fcc7b7-d9x4b
  pod/canal-9dc5v
  pod/goweb
  pod/local-path-provisioner-84944977bd-fpmmz
  pod/kube-proxy-4g4b7
  pod/web-65d846d465-9sjxk
  pod/canal-ql5xj
  pod/web-65d846d465-c9dcc
  $ kubectl get pods -A --sort-by='{.status.containerStatuses[0].restartCount}' --no-headers
  default              goweb                                        1/1   Running   0               96m
  default              web-65d846d465-9sjxk                         1/1   Running   0               45s
  default              web-65d846d465-c89zj                         1/1   Running   0               45s
  default              web-65d846d465-c9dcc                         1/1   Running   0               45s
  kube-system          calico-kube-controllers-6b65fb5f89-66t62     1/1   Running   3 (6h44m ago)   46h
  kube-system          canal-9dc5v                                  2/2   Running   6 (6h44m ago)   46h
  kube-system          canal-ql5xj                                  2/2   Running   6 (6h44m ago)   46h
  kube-system          canal-rv6n7                                  2/2   Running   6 (6h44m ago)   46h
  kube-system          coredns-66967f4c59-sc4gn                     1/1   Running   3 (6h44m ago)   46h
  kube-system          coredns-66967f4c59-zkpkl                     1/1   Running   3 (6h44m ago)   46h
  kube-system          etcd-tk8s-control-plane                      1/1   Running   3 (6h44m ago)   46h
  kube-system          kube-apiserver-tk8s-control-plane            1/1   Running   3 (6h44m ago)   46h
  kube-system          kube-controller-manager-tk8s-control-plane   1/1   Running   3 (6h44m ago)   46h
  kube-system          kube-proxy-4g4b7                             1/1   Running   3 (6h44m ago)   46h
  kube-system          kube-proxy-lstnd                             1/1   Running   3 (6h44m ago)   46h
  kube-system          kube-proxy-tpn5w                             1/1   Running   3 (6h44m ago)   46h
  kube-system          kube-scheduler-tk8s-control-plane            1/1   Running   3 (6h44m ago)   46h
  kube-system          metrics-server-8467fcc7b7-d9x4b              1/1   Running   3 (6h44m ago)   46h
  local-path-storage   local-path-provisioner-84944977bd-fpmmz      1/1   Running   3 (6h44m ago)   46h
  $ kubectl get pods -n kube-system --sort-by=.spec.containers[0].resources.requests.memory -o custom-columns=NAME:.metadata.name,MEMORY:.spec.containers[0].resources.requests.memory
  NAME                                         MEMORY
  kube-controller-manager-tk8s-control-plane   <none>
  kube-apiserver-tk8s-control-plane            <none>
  kube-proxy-lstnd                             <none>
  kube-proxy-tpn5w                             <none>
  kube-scheduler-tk8s-control-plane            <none>
  calico-kube-controllers-6b65fb5f89-66t62     <none>
  canal-ql5xj                                  <none>
  canal-9dc5v                                  <none>
  kube-proxy-4g4b7                             <none>
  canal-rv6n7                                  <none>
  coredns-66967f4c59-zkpkl                     70Mi
  coredns-66967f4c59-sc4gn                     70Mi
  etcd-tk8s-control-plane                      100Mi
  metrics-server-8467fcc7b7-d9x4b              200Mi
  $ kubectl get cm --sort-by=.metadata.name
  NAME               DATA   AGE
  a1                 1      45s
  a10                1      45s
  a9                 1      45s
  kube-root-ca.crt   1      46h
  $ kubectl get events --sort-by=.metadata.creationTimestamp
  LAST SEEN   TYPE     REASON              OBJECT                      MESSAGE
  45s         Normal   Scheduled           pod/web-65d846d465-c9dcc    Successfully assigned default/web-65d846d465-c9dcc to tk8s-worker2
  45s         Normal   ScalingReplicaSet   deployment/web              Scaled up replica set web-65d846d465 from 0 to 3
  45s         Normal   SuccessfulCreate    replicaset/web-65d846d465   Created pod: web-65d846d465-9sjxk
  45s         Normal   SuccessfulCreate    replicaset/web-65d846d465   Created pod: web-65d846d465-c9dcc
  45s         Normal   Scheduled           pod/web-65d846d465-c89zj    Successfully assigned default/web-65d846d465-c89zj to tk8s-worker1
  45s         Normal   SuccessfulCreate    replicaset/web-65d846d465   Created pod: web-65d846d465-c89zj
  45s         Normal   Scheduled           pod/web-65d846d465-9sjxk    Successfully assigned default/web-65d846d465-9sjxk to tk8s-worker2
  43s         Normal   Pulling             pod/web-65d846d465-9sjxk    Pulling image "nginx"
  43s         Normal   Pulling             pod/web-65d846d465-c89zj    Pulling image "nginx"
  43s         Normal   Pulling             pod/web-65d846d465-c9dcc    Pulling image "nginx"
  39s         Normal   Created             pod/web-65d846d465-c89zj    Created container: nginx
  39s         Normal   Started             pod/web-65d846d465-c89zj    Started container nginx
  39s         Normal   Pulled              pod/web-65d846d465-c9dcc    Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  39s         Normal   Created             pod/web-65d846d465-c9dcc    Created container: nginx
  39s         Normal   Started             pod/web-65d846d465-c9dcc    Started container nginx
  39s         Normal   Pulled              pod/web-65d846d465-c89zj    Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  39s         Normal   Started             pod/web-65d846d465-9sjxk    Started container nginx
  39s         Normal   Created             pod/web-65d846d465-9sjxk    Created container: nginx
  39s         Normal   Pulled              pod/web-65d846d465-9sjxk    Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  $ kubectl get nodes --sort-by=.metadata.name -L kubernetes.io/hostname,kubernetes.io/os -L node-role.kubernetes.io/control-plane
  NAME                 STATUS   ROLES           AGE   VERSION   HOSTNAME             OS      CONTROL-PLANE
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2   tk8s-control-plane   linux   
  tk8s-worker1         Ready    <none>          46h   v1.32.2   tk8s-worker1         linux   
  tk8s-worker2         Ready    <none>          46h   v1.32.2   tk8s-worker2         linux   
  $ kubectl get pods -l app=web -L app,pod-template-hash
  NAME                   READY   STATUS    RESTARTS   AGE   APP   POD-TEMPLATE-HASH
  web-65d846d465-9sjxk   1/1     Running   0          45s   web   65d846d465
  web-65d846d465-c89zj   1/1     Running   0          45s   web   65d846d465
  web-65d846d465-c9dcc   1/1     Running   0          45s   web   65d846d465
  $ kubectl get pods -A --sort-by=.nope
  No resources found
  $ kubectl get pods -A --sort-by=.nope -o name
  error: couldn't find any field with path "{.nope}" in the list of objects
  $ kubectl get pods,svc --sort-by=.metadata.name
  error: couldn't find any field with path "{.metadata.name}" in the list of objects
  $ kubectl get pod goweb --sort-by=.nope
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          96m
  $ kubectl get pods -A --sort-by='{.a}{.b}' -o name
  error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'
  $ kubectl get pods -n kube-system --sort-by=.metadata.labels -o name
  F0423 07:25:45.000000   23145 sorter.go:329] Field {.metadata.labels} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: map[string]interface {}
Kinds: several types print kind/name; --show-kind asks for it with one type.
  $ kubectl get deploy,svc --show-kind
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/web   3/3     3            3           45s
  
  NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
  service/kubernetes   ClusterIP   10.98.0.1    <none>        443/TCP   46h
  $ kubectl get nodes --show-kind --no-headers
  node/tk8s-control-plane   Ready   control-plane   46h   v1.32.2
  node/tk8s-worker1         Ready   <none>          46h   v1.32.2
  node/tk8s-worker2         Ready   <none>          46h   v1.32.2
  $ kubectl get pods --chunk-size=1 -o name
  pod/goweb
  pod/web-65d846d465-9sjxk
  pod/web-65d846d465-c89zj
  pod/web-65d846d465-c9dcc
  $ kubectl get pod nope --ignore-not-found
  $ kubectl get pods -n nowhere --ignore-not-found
  $ kubectl get pods -n nowhere
  No resources found in nowhere namespace.
A missing object asked for by name prints no document; --ignore-not-found with nothing found prints nothing.
  $ kubectl get pod nope -o json
  Error from server (NotFound): pods "nope" not found
  $ kubectl get pods nope1 nope2 -o json
  {
      "apiVersion": "v1",
      "items": [],
      "kind": "List",
      "metadata": {
          "resourceVersion": ""
      }
  }
  Error from server (NotFound): pods "nope1" not found
  Error from server (NotFound): pods "nope2" not found
  $ kubectl get pods -n nowhere -o json --ignore-not-found
