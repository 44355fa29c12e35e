Name references (declare -n, local -n): a variable whose value names another, which every
read and write of it reaches instead, arrays included; unset -n removes the reference itself.
#! world tk8s
  $ ns=kube-system; declare -n target=ns; echo $target; target=local-path-storage; echo $ns; declare -p target ns
  kube-system
  local-path-storage
  declare -n target="ns"
  declare -- ns="local-path-storage"
  $ pick() { local -n into=$1; into=$(kubectl get pods -n kube-system -l k8s-app=kube-dns -o name | wc -l); }; pick dns; echo $dns
  2
  $ nodes=(tk8s-control-plane tk8s-worker1); declare -n list=nodes; list+=(tk8s-worker2); echo ${#list[@]} ${list[2]}; declare -p nodes
  3 tk8s-worker2
  declare -a nodes=([0]="tk8s-control-plane" [1]="tk8s-worker1" [2]="tk8s-worker2")
  $ declare -A roles; declare -n r=roles; r[tk8s-worker1]=worker; declare -p roles
  declare -A roles=([tk8s-worker1]="worker" )
  $ read target <<< default; echo $ns; unset target; declare -p ns
  default
  bash: declare: ns: not found
  $ unset -n target; declare -p target
  bash: declare: target: not found
  $ declare -n bad=1ns; declare -n self=self
  bash: declare: `1ns': invalid variable name for name reference
  bash: declare: self: nameref variable self references not allowed
