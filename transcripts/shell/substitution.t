The shell language around the utilities: command substitution, $?, !, per-command variables,
redirections, globbing over the virtual filesystem, ~ and history.
  $ echo "pods: $(kubectl get pods -A --no-headers | wc -l)"
  pods: 16
  $ echo "nodes: `kubectl get nodes --no-headers | wc -l`"
  nodes: 3
  $ NODE=$(kubectl get pods -n kube-system -o wide --no-headers | awk '/coredns/ {print $(NF-2); exit}'); echo $NODE
  tk8s-control-plane
  $ kubectl get pod nosuch; echo "status $?"
  Error from server (NotFound): pods "nosuch" not found
  status 1
  $ ! kubectl get pod nosuch 2>/dev/null; echo $?
  0
  $ NAMESPACE=kube-system env | grep NAMESPACE
  NAMESPACE=kube-system
  $ echo $NAMESPACE
  
  $ kubectl get pod nosuch &> err.txt; cat err.txt
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl get pod nosuch > out.txt 2>&1; wc -l < out.txt
  1
  $ ls nofile 2>&1 | tr a-z A-Z
  LS: CANNOT ACCESS 'NOFILE': NO SUCH FILE OR DIRECTORY
  $ wc -l < /opt/zfs/tk8s/init-config.yaml
  52
  $ ls /opt/zfs/tk8s/*.sh
  /opt/zfs/tk8s/tkadd-dnat.sh  /opt/zfs/tk8s/tkdel-dnat.sh
  $ echo /opt/zfs/tk8s/tk*
  /opt/zfs/tk8s/tkadd-dnat.sh /opt/zfs/tk8s/tkdel-dnat.sh /opt/zfs/tk8s/tkdel-dnat.sh.old
  $ ls ~/tk/wulin/yaml/*crun*
  /home/bigred/tk/wulin/yaml/pod-crun.yaml
  /home/bigred/tk/wulin/yaml/rc-crun.yaml
  $ echo ~/tk ~root
  /home/bigred/tk /root
  $ nosuchcommand
  bash: nosuchcommand: command not found
  $ echo )
  bash: syntax error near unexpected token `)'
  $ kubectl get pods |
  > wc -l
  2
  $ history
      1  echo "pods: $(kubectl get pods -A --no-headers | wc -l)"
      2  echo "nodes: `kubectl get nodes --no-headers | wc -l`"
      3  NODE=$(kubectl get pods -n kube-system -o wide --no-headers | awk '/coredns/ {print $(NF-2); exit}'); echo $NODE
      4  kubectl get pod nosuch; echo "status $?"
      5  ! kubectl get pod nosuch 2>/dev/null; echo $?
      6  NAMESPACE=kube-system env | grep NAMESPACE
      7  echo $NAMESPACE
      8  kubectl get pod nosuch &> err.txt; cat err.txt
      9  kubectl get pod nosuch > out.txt 2>&1; wc -l < out.txt
     10  ls nofile 2>&1 | tr a-z A-Z
     11  wc -l < /opt/zfs/tk8s/init-config.yaml
     12  ls /opt/zfs/tk8s/*.sh
     13  echo /opt/zfs/tk8s/tk*
     14  ls ~/tk/wulin/yaml/*crun*
     15  echo ~/tk ~root
     16  nosuchcommand
     17  echo )
     18  kubectl get pods | wc -l
     19  history
