Indexed arrays as bash keeps them: set whole ((...), with [INDEX]=value items), by element,
appended to with +=; read back by element, all at once (quoted "${a[@]}" keeps each element
one word, "${a[*]}" joins them with the first character of IFS), counted, and their indices
listed with ${!a[@]}. Arrays may have gaps; unset 'a[i]' makes one. mapfile (readarray)
reads standard input's lines into an array; declare -p writes control characters as $'...'.
#! world tk8s
  $ nodes=($(kubectl get nodes -o name)); echo ${#nodes[@]} ${nodes[0]} ${nodes[-1]}
  3 node/tk8s-control-plane node/tk8s-worker2
  $ pods=(coredns "kube proxy" etcd); for p in "${pods[@]}"; do echo "[$p]"; done
  [coredns]
  [kube proxy]
  [etcd]
  $ for p in ${pods[@]}; do echo "[$p]"; done
  [coredns]
  [kube]
  [proxy]
  [etcd]
  $ for p in "${pods[*]}"; do echo "[$p]"; done; IFS=,; echo "${pods[*]}"; unset IFS
  [coredns kube proxy etcd]
  coredns,kube proxy,etcd
  $ pods+=(kube-scheduler); pods[6]=kube-apiserver; echo ${!pods[@]}; echo "${#pods[@]} ${#pods[1]}"
  0 1 2 3 6
  5 10
  $ unset 'pods[1]'; declare -p pods
  declare -a pods=([0]="coredns" [2]="etcd" [3]="kube-scheduler" [6]="kube-apiserver")
  $ unset 'pods[-1]'; echo "${!pods[*]}"; unset 'pods[-9]'; echo $?
  0 2 3
  bash: unset: [-9]: bad array subscript
  1
  $ declare -a ns=(kube-system "local-path-storage"); declare -p ns
  declare -a ns=([0]="kube-system" [1]="local-path-storage")
  $ ports=([2]=53 [5]=9153 10250); declare -p ports
  declare -a ports=([2]="53" [5]="9153" [6]="10250")
  $ i=3; sparse=([i]=a [$i+1]=b); echo ${!sparse[@]} ${sparse[@]}
  3 4 a b
  $ empty=(); declare -p empty; echo ${#empty[@]}; declare -a later; declare -p later
  declare -a empty=()
  0
  declare -a later
  $ declare -ai sizes=(1+1 2*3); sizes+=(4); declare -p sizes
  declare -ai sizes=([0]="2" [1]="6" [2]="4")
  $ one=solo; echo ${!one[@]} ${one[0]}; unset "one[0]"; declare -p one
  0 solo
  bash: declare: one: not found
  $ count() { local -a args=("$@"); echo ${#args[@]}; }; count a "b c" d
  3
  $ pods=(web db); scratch() { local -a pods=(tmp); pods+=(x); declare -p pods; }; scratch; declare -p pods
  declare -a pods=([0]="tmp" [1]="x")
  declare -a pods=([0]="web" [1]="db")
  $ readonly fixed=(a b); declare -p fixed; fixed[0]=z
  declare -ar fixed=([0]="a" [1]="b")
  bash: fixed: readonly variable
  $ export shared=(a b); declare -p shared; env | grep -c ^shared=
  declare -ax shared=([0]="a" [1]="b")
  0
  $ for n in "${nodes[@]}"; do kubectl get $n -o jsonpath='{.metadata.name}{"\n"}'; done
  tk8s-control-plane
  tk8s-worker1
  tk8s-worker2
  $ mapfile -t pods <<< "$(kubectl get pods -n kube-system -o name)"; echo ${#pods[@]} ${pods[0]}
  14 pod/calico-kube-controllers-6b65fb5f89-66t62
  $ kubectl get nodes --no-headers | readarray -t rows; echo ${#rows[@]}
  0
  $ printf 'web\ndb\n' | { mapfile lines; declare -p lines; }
  declare -a lines=([0]=$'web\n' [1]=$'db\n')
  $ mapfile -q
  bash: mapfile: -q: invalid option
  mapfile: usage: mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]
