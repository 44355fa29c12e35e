Associative arrays (declare -A): string keys, set one at a time or as [KEY]=value items,
listed by ${!m[@]}, ${m[@]} and declare -p in bash's own hash order. An indexed array
does not turn associative, nor back.
#! world tk8s
  $ declare -A ip; for n in $(kubectl get nodes -o jsonpath='{.items[*].metadata.name}'); do ip[$n]=$(kubectl get node $n -o jsonpath='{.status.addresses[0].address}'); done
  $ echo ${#ip[@]} ${ip[tk8s-worker1]}; declare -p ip
  3 172.22.0.2
  declare -A ip=([tk8s-control-plane]="172.22.0.1" [tk8s-worker1]="172.22.0.2" [tk8s-worker2]="172.22.0.3" )
  $ declare -A owner=([coredns]=kube-system [local-path-provisioner]=local-path-storage [etcd]=kube-system)
  $ echo ${owner[coredns]}; echo ${!owner[@]}; declare -p owner
  kube-system
  local-path-provisioner coredns etcd
  declare -A owner=([local-path-provisioner]="local-path-storage" [coredns]="kube-system" [etcd]="kube-system" )
  $ for app in "${!owner[@]}"; do echo "$app -> ${owner[$app]}"; done
  local-path-provisioner -> local-path-storage
  coredns -> kube-system
  etcd -> kube-system
  $ k="kube proxy"; owner[$k]=kube-system; owner[etcd]+=/static; declare -p owner
  declare -A owner=([local-path-provisioner]="local-path-storage" ["kube proxy"]="kube-system" [coredns]="kube-system" [etcd]="kube-system/static" )
  $ unset "owner[kube proxy]"; echo ${#owner[@]} "${owner[*]}"
  3 local-path-storage kube-system kube-system/static
  $ declare -A count; for p in web db web cache web; do count[$p]+=1; done; declare -p count
  declare -A count=([db]="1" [web]="111" [cache]="1" )
  $ declare -A pairs; pairs=(app web tier front); declare -p pairs; declare -A none=(); declare -p none
  declare -A pairs=([app]="web" [tier]="front" )
  declare -A none=()
  $ declare -A odd=(["*"]=star ["a b"]=space [x\$y]=dollar); declare -p odd
  declare -A odd=(["x\$y"]="dollar" ["*"]="star" ["a b"]="space" )
  $ list=(a b); declare -A list; declare -A odd; declare -a odd
  bash: declare: list: cannot convert indexed to associative array
  bash: declare: odd: cannot convert associative to indexed array
The case attributes: -l lowers and -u raises every value assigned from then on.
  $ declare -l ns=Kube-SYSTEM; echo $ns; ns=Local-Path-STORAGE; declare -p ns
  kube-system
  declare -l ns="local-path-storage"
  $ declare -u node; read node <<< tk8s-worker1; echo $node; node+=-b; echo $node
  TK8S-WORKER1
  TK8S-WORKER1-B
  $ declare -u kinds=(pod service); declare -p kinds; declare -lu both=Ab; declare -p both
  declare -au kinds=([0]="POD" [1]="SERVICE")
  declare -- both="Ab"
