Everyday text tools over kubectl's output: cut, xargs, base64, seq, date and friends.
  $ kubectl get pods -A --no-headers | cut -c1-20 | sort -u
  default             
  kube-system         
  local-path-storage  
  $ kubectl get nodes -o wide | tr -s ' ' | cut -d' ' -f1,6
  NAME INTERNAL-IP
  tk8s-control-plane 172.22.0.1
  tk8s-worker1 172.22.0.2
  tk8s-worker2 172.22.0.3
  $ echo "a:b:c" | cut -d: -f2-
  b:c
  $ cut -f1 -d: /etc/passwd | head -3
  root
  daemon
  bin
  $ cut -x
  cut: invalid option -- 'x'
  Try 'cut --help' for more information.
  $ kubectl get pods -o name | xargs -n1 echo pod
  pod pod/goweb
  $ kubectl get pods -n kube-system -o name | head -2 | xargs kubectl get -n kube-system
  NAME                                       READY   STATUS    RESTARTS        AGE
  calico-kube-controllers-6b65fb5f89-66t62   1/1     Running   3 (6h44m ago)   46h
  canal-9dc5v                                2/2     Running   6 (6h44m ago)   46h
  $ echo a b c | xargs -I{} echo "[{}]"
  [a b c]
  $ echo x | xargs nosuch; echo $?
  xargs: nosuch: No such file or directory
  127
  $ echo -n admin | base64
  YWRtaW4=
  $ echo YWRtaW4= | base64 -d; echo
  admin
  $ echo '!!' | base64 -d; echo $?
  base64: invalid input
  1
  $ kubectl create secret generic demo --from-literal=password=s3cret
  secret/demo created
  $ kubectl get secret demo -o jsonpath='{.data.password}' | base64 -d; echo
  s3cret
  $ seq 3; seq 2 2 7 | tr '\n' ' '; echo
  1
  2
  3
  2 4 6 
  $ basename /opt/zfs/tk8s/init-config.yaml .yaml; dirname /opt/zfs/tk8s/init-config.yaml
  init-config
  /opt/zfs/tk8s
  $ date
  Wed Apr 23 07:25:00 UTC 2025
  $ date -u +%Y-%m-%dT%H:%M:%SZ
  2025-04-23T07:25:00Z
  $ date +%s
  1745393100
  $ date -d @0
  Thu Jan  1 00:00:00 UTC 1970
  $ whoami; hostname
  bigred
  taroko
  $ env | grep -E '^(HOME|USER|SHELL)='
  SHELL=/bin/bash
  HOME=/home/bigred
  USER=bigred
  $ FOO=bar env | grep FOO
  FOO=bar
  $ watch -n 5 kubectl get nodes
  Every 5.0s: kubectl get nodes                   taroko: Wed Apr 23 07:25:00 2025
  
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
  
  Every 5.0s: kubectl get nodes                   taroko: Wed Apr 23 07:25:05 2025
  
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
  
  Every 5.0s: kubectl get nodes                   taroko: Wed Apr 23 07:25:10 2025
  
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
  $ date
  Wed Apr 23 07:25:10 UTC 2025
  $ history 3
     24  watch -n 5 kubectl get nodes
     25  date
     26  history 3
