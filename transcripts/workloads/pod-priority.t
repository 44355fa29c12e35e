PriorityClasses and the Priority admission plugin: the two system classes exist in every
cluster and give the lab's system pods their priority; a pod naming a missing class is refused;
a class marked globalDefault applies to pods that name none, and only one may be the default.
  $ kubectl get priorityclass
  NAME                      VALUE        GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY
  system-cluster-critical   2000000000   false            46h   PreemptLowerPriority
  system-node-critical      2000001000   false            46h   PreemptLowerPriority
  $ kubectl get pod -n kube-system -o custom-columns=NAME:.metadata.name,CLASS:.spec.priorityClassName,PRIORITY:.spec.priority
  NAME                                         CLASS                     PRIORITY
  calico-kube-controllers-6b65fb5f89-66t62     system-cluster-critical   2000000000
  canal-9dc5v                                  system-node-critical      2000001000
  canal-ql5xj                                  system-node-critical      2000001000
  canal-rv6n7                                  system-node-critical      2000001000
  coredns-66967f4c59-sc4gn                     system-cluster-critical   2000000000
  coredns-66967f4c59-zkpkl                     system-cluster-critical   2000000000
  etcd-tk8s-control-plane                      system-node-critical      2000001000
  kube-apiserver-tk8s-control-plane            system-node-critical      2000001000
  kube-controller-manager-tk8s-control-plane   system-node-critical      2000001000
  kube-proxy-4g4b7                             system-node-critical      2000001000
  kube-proxy-lstnd                             system-node-critical      2000001000
  kube-proxy-tpn5w                             system-node-critical      2000001000
  kube-scheduler-tk8s-control-plane            system-node-critical      2000001000
  metrics-server-8467fcc7b7-d9x4b              system-cluster-critical   2000000000
  $ kubectl describe pod -n kube-system kube-proxy-tpn5w | head -4
  Name:                 kube-proxy-tpn5w
  Namespace:            kube-system
  Priority:             2000001000
  Priority Class Name:  system-node-critical
  $ kubectl describe pod goweb | head -4
  Name:             goweb
  Namespace:        default
  Priority:         0
  Service Account:  default
  $ kubectl run vip --image=nginx --dry-run=client -o yaml > vip.yaml
  $ sed -i 's/^spec:/spec:\n  priorityClassName: gold/' vip.yaml
  $ kubectl apply -f vip.yaml
  Error from server (Forbidden): error when creating "vip.yaml": pods "vip" is forbidden: no PriorityClass with name gold was found
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: scheduling.k8s.io/v1
  > kind: PriorityClass
  > metadata:
  >   name: gold
  > value: 1000000
  > globalDefault: true
  > description: "Pods that matter more than the rest."
  > EOF
  priorityclass.scheduling.k8s.io/gold created
  $ kubectl apply -f vip.yaml
  pod/vip created
  $ kubectl run plain --image=nginx
  pod/plain created
  $ kubectl get pod vip plain -o custom-columns=NAME:.metadata.name,CLASS:.spec.priorityClassName,PRIORITY:.spec.priority,PREEMPT:.spec.preemptionPolicy
  NAME    CLASS   PRIORITY   PREEMPT
  vip     gold    1000000    PreemptLowerPriority
  plain   gold    1000000    PreemptLowerPriority
  $ kubectl get pc
  NAME                      VALUE        GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY
  gold                      1000000      true             0s    PreemptLowerPriority
  system-cluster-critical   2000000000   false            46h   PreemptLowerPriority
  system-node-critical      2000001000   false            46h   PreemptLowerPriority
  $ kubectl describe pc gold
  Name:              gold
  Value:             1000000
  GlobalDefault:     true
  PreemptionPolicy:  PreemptLowerPriority
  Description:       Pods that matter more than the rest.
  Annotations:       kubectl.kubernetes.io/last-applied-configuration={"apiVersion":"scheduling.k8s.io/v1","description":"Pods that matter more than the rest.","globalDefault":true,"kind":"PriorityClass","metadata":{"annotations":{},"name":"gold"},"value":1000000}
  
  Events:  <none>
  $ cat <<EOF | kubectl create -f -
  > apiVersion: scheduling.k8s.io/v1
  > kind: PriorityClass
  > metadata:
  >   name: silver
  > value: 500
  > globalDefault: true
  > EOF
  Error from server (Forbidden): error when creating "STDIN": priorityclasses.scheduling.k8s.io "silver" is forbidden: PriorityClass gold is already marked as default. Only one default can exist
  $ cat <<EOF | kubectl create -f -
  > apiVersion: scheduling.k8s.io/v1
  > kind: PriorityClass
  > metadata:
  >   name: platinum
  > value: 2000000000
  > EOF
  The PriorityClass "platinum" is invalid: value: Forbidden: maximum allowed value of a user defined priority is 1000000000
  $ kubectl delete pc system-cluster-critical
  Error from server (Forbidden): priorityclasses.scheduling.k8s.io "system-cluster-critical" is forbidden: this is a system priority class
