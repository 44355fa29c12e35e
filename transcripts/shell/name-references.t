Name references (declare -n, local -n): a variable whose value names another, which every
read and write of it reaches instead, arrays included; unset -n removes the reference itself.
${!NAME} reads the variable NAME's value names (for a reference, the name it refers to), and
${!PREFIX@} lists the variables whose names start with PREFIX.
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
  $ field=ns; ns=kube-system; echo ${!field}; declare -n via=ns; echo ${!via}; pick='nodes[1]'; echo ${!pick}
  kube-system
  ns
  tk8s-worker1
  $ KUBE_NS=default; KUBE_CTX=tk8s; echo ${!KUBE*}; for v in "${!KUBE@}"; do echo "$v=${!v}"; done
  KUBE_CTX KUBE_NS
  KUBE_CTX=tk8s
  KUBE_NS=default
  $ echo ${!missing}; echo not reached
  bash: missing: invalid indirect expansion
