The shell's compound commands over the lab: loops over nodes and files, tests, case, arithmetic.
Errors are bash's words; a loop that would never end is stopped after 1000 rounds.
#! world tk8s
  $ for n in tk8s-control-plane tk8s-worker1 tk8s-worker2; do echo "$n $(kubectl get node $n -o jsonpath='{.status.nodeInfo.kubeletVersion}')"; done
  tk8s-control-plane v1.32.2
  tk8s-worker1 v1.32.2
  tk8s-worker2 v1.32.2
  $ for ns in kube-system local-path-storage; do echo "$ns: $(kubectl get pods -n $ns --no-headers | wc -l) pods"; done
  kube-system: 14 pods
  local-path-storage: 1 pods
  $ if kubectl get ns cute >/dev/null 2>&1; then echo cute exists; else echo no cute yet; fi
  no cute yet
  $ [[ $(kubectl get pods -n kube-system -l k8s-app=kube-dns -o name | wc -l) -eq 2 ]] && echo two coredns
  two coredns
  $ for f in /opt/zfs/tk8s/*.yaml; do [ -f "$f" ] && echo "$(wc -c < $f) $f"; done
  764 /opt/zfs/tk8s/containerd-config.yaml
  1599 /opt/zfs/tk8s/init-config.yaml
  $ case $(hostname) in taroko) echo on the host;; tk8s-*) echo in a node;; esac
  on the host
  $ i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo "round $i"; done; echo $((i * 100 / 3))
  round 1
  round 2
  round 3
  100
  $ for i in 1 2
  > do
  >   echo "item $i"
  > done
  item 1
  item 2
  $ history | tail -2
      8  for i in 1 2; do   echo "item $i"; done
      9  history | tail -2
  $ if true; then fi
  bash: syntax error near unexpected token `fi'
  $ echo $((1/0)); echo not reached
  bash: 1/0: division by 0 (error token is "0")
  $ [ 1 -eq one ]; echo $?
  bash: [: one: integer expression expected
  2
  $ while true; do sleep 1; done
  bash: loop stopped after 1000 rounds (the taroko shell's limit)
  $ date
  Wed Apr 23 07:41:40 UTC 2025
