The host shell: pipes, lists, quotes and the text tools of the first slice.
  $ kubectl get pod/canal-9dc5v -o json -n kube-system | grep -A 1 '"command":' | tr -d ' ' | grep /opt/bin/flanneld
  "/opt/bin/flanneld",
  $ kubectl get pods -A | grep -i COREDNS
  kube-system          coredns-66967f4c59-sc4gn                     1/1     Running   3 (6h44m ago)   46h
  kube-system          coredns-66967f4c59-zkpkl                     1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pods -A | grep -v Running
  NAMESPACE            NAME                                         READY   STATUS    RESTARTS        AGE
  $ kubectl get pods -A | grep -B 1 -A 1 etcd
  kube-system          coredns-66967f4c59-zkpkl                     1/1     Running   3 (6h44m ago)   46h
  kube-system          etcd-tk8s-control-plane                      1/1     Running   3 (6h44m ago)   46h
  kube-system          kube-apiserver-tk8s-control-plane            1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pods -A | wc -l
  17
  $ kubectl get pods -A | head -n 3
  NAMESPACE            NAME                                         READY   STATUS    RESTARTS        AGE
  default              goweb                                        1/1     Running   0               95m
  kube-system          calico-kube-controllers-6b65fb5f89-66t62     1/1     Running   3 (6h44m ago)   46h
  $ echo "double $HOME" 'single $HOME'; echo done
  double /home/bigred single $HOME
  done
  $ false && echo not printed || echo printed
  printed
  $ kubectl get nosuch 2>&1 | wc -l
  1
  $ ls /etc
  group  hostname  os-release  passwd
  $ helm install x
  bash: helm: command not found
  $ echo 'unbalanced
  > still quoted'
  unbalanced
  still quoted
  $ sleep 90; kubectl get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          96m
