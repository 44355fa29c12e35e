Reading kubectl's output line by line: `while read` loops, `read` with `IFS`, arithmetic,
`[[ =~ ]]` with BASH_REMATCH, arrays and functions, as scripts in tutorials write them.
  $ kubectl get pods -n kube-system --no-headers | head -4 | while read name ready status rest; do echo "$name $status"; done
  calico-kube-controllers-6b65fb5f89-66t62 Running
  canal-9dc5v Running
  canal-ql5xj Running
  canal-rv6n7 Running
  $ kubectl get pods -A --no-headers | while read ns name rest; do [[ $ns == kube-system ]] || echo "$ns/$name"; done
  default/goweb
  local-path-storage/local-path-provisioner-84944977bd-fpmmz
  $ printf 'kube-system\ndefault\n' | while read ns; do echo "$ns: $(kubectl get pods -n $ns --no-headers | wc -l) pods"; done
  kube-system: 14 pods
  default: 1 pods
  $ n=0; while read line; do ((n++)); done <<EOF
  > first
  > second
  > third
  > EOF
  $ echo "read $n lines"
  read 3 lines
  $ grep -v '^#' /etc/passwd | head -3 | while IFS=: read -r user x uid gid rest; do echo "$user has uid $uid"; done
  root has uid 0
  daemon has uid 1
  bin has uid 2
  $ kubectl get nodes --no-headers | { read first rest; read second rest; echo "$first then $second"; }
  tk8s-control-plane then tk8s-worker1
  $ for ((i = 1; i <= 3; i++)); do echo "round $i"; done
  round 1
  round 2
  round 3
  $ let total=6*7; echo $total; (( total > 40 )) && echo big
  42
  big
  $ pod=$(kubectl get pods -n kube-system --no-headers | grep coredns | head -1 | awk '{print $1}')
  $ if [[ $pod =~ ^coredns-([0-9a-f]+)-([a-z0-9]+)$ ]]; then echo "hash ${BASH_REMATCH[1]}, suffix ${BASH_REMATCH[2]}"; fi
  hash 66967f4c59, suffix sc4gn
  $ nodes=($(kubectl get nodes -o name)); echo "${#nodes[@]} nodes, last ${nodes[-1]}"
  3 nodes, last node/tk8s-worker2
  $ count() { kubectl get pods -n "$1" --no-headers | wc -l; }; count kube-system; count default
  14
  1
  $ printf 'tk8s-worker1\ntk8s-worker2\n' | while read node; do sudo podman exec $node hostname; done
  tk8s-worker1
  tk8s-worker2
  $ read -r first < /etc/hostname; echo "host: $first"
  host: taroko
  $ while read n; do echo $n; done < /dev/null; echo "status $?"
  status 0
  $ :(){ :|:& };:
  [1] 2483
  bash: fork: Resource temporarily unavailable
  $ echo still here
  still here
  [1]+  Exit 1                  : | :
