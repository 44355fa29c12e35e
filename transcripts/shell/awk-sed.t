awk and sed one-liners as tutorials use them over kubectl's output.
  $ kubectl get pods -A --no-headers | awk '{print $2}' | sort | head -3
  calico-kube-controllers-6b65fb5f89-66t62
  canal-9dc5v
  canal-ql5xj
  $ kubectl get pods -A | awk 'NR>1 {print $1}' | sort | uniq -c
        1 default
       14 kube-system
        1 local-path-storage
  $ kubectl get pods -A --no-headers | awk '{count[$1]++} END {for (ns in count) print ns, count[ns]}'
  default 1
  kube-system 14
  local-path-storage 1
  $ kubectl get nodes | awk '$2 == "Ready" {print $1, $NF}'
  tk8s-control-plane v1.32.2
  tk8s-worker1 v1.32.2
  tk8s-worker2 v1.32.2
  $ kubectl get pods -n kube-system | awk '/coredns/ {n++; print $1} END {print n " coredns pods"}'
  coredns-66967f4c59-sc4gn
  coredns-66967f4c59-zkpkl
  2 coredns pods
  $ kubectl get pods -A --no-headers | awk '$4 != "Running"' | wc -l
  0
  $ kubectl get pods -A -o wide --no-headers | awk '{print $8}' | sort | uniq -c
       15 46h
        1 tk8s-worker1
  $ kubectl get pods -A --no-headers | awk -v ns=default '$1 == ns {printf "%-10s %s\n", $2, $4}'
  goweb      Running
  $ awk -F: '$3 >= 1000 {print $1, $6}' /etc/passwd
  nobody /nonexistent
  bigred /home/bigred
  $ awk 'BEGIN {x = 7; printf "%d %.2f %5s|%-5s|\n", x / 2, x / 3, "ab", "cd"}'
  3 2.33    ab|cd   |
  $ echo "a b c" | awk '{$2 = "X"; print; print NF}'
  a X c
  3
  $ echo "one two" | awk '{print length($1), toupper($2), substr($2, 2)}'
  3 TWO wo
  $ awk '{print $1' /etc/passwd
  awk: cmd. line:1: {print $1
  awk: cmd. line:1:          ^ unexpected newline or end of string
  $ awk 'BEGIN {print 1/0}'
  awk: cmd. line:1: fatal: division by zero attempted
  $ awk '{print}' nofile
  awk: fatal: cannot open file `nofile' for reading: No such file or directory
  $ kubectl get pod goweb -o yaml | sed -n '/^spec:/,/^status:/p' | head -5
  spec:
    containers:
    - image: dkreg.taroko:5000/goweb:1.0
      imagePullPolicy: IfNotPresent
      name: goweb
  $ kubectl get pods -A | sed -n '2,4p'
  default              goweb                                        1/1     Running   0               95m
  kube-system          calico-kube-controllers-6b65fb5f89-66t62     1/1     Running   3 (6h44m ago)   46h
  kube-system          canal-9dc5v                                  2/2     Running   6 (6h44m ago)   46h
  $ kubectl get pods -A | sed '1d' | wc -l
  16
  $ kubectl get nodes | sed 's/tk8s-//g'
  NAME                 STATUS   ROLES           AGE   VERSION
  control-plane   Ready    control-plane   46h   v1.32.2
  worker1         Ready    <none>          46h   v1.32.2
  worker2         Ready    <none>          46h   v1.32.2
  $ kubectl get nodes | sed -E 's/^(tk8s)-([a-z]+)([0-9]*).*/\2 \3/'
  NAME                 STATUS   ROLES           AGE   VERSION
  control 
  worker 1
  worker 2
  $ echo "key=value" | sed 's/\(.*\)=\(.*\)/\2=\1/'
  value=key
  $ printf 'a\nb\nc\n' | sed -e 's/a/A/' -e '$d'
  A
  b
  $ printf 'a\nb\n' | sed '1i first' | sed '$a last'
  first
  a
  b
  last
  $ cp ~/tk/wulin/yaml/pod-crun.yaml pod.yaml; sed -i 's/pod-crun/pod-copy/' pod.yaml; grep name: pod.yaml
    name: pod-copy
    - name: base
  $ sed 's/a/b' pod.yaml
  sed: -e expression #1, char 5: unterminated `s' command
  $ sed k pod.yaml
  sed: -e expression #1, char 1: unknown command: `k'
  $ sed p nofile
  sed: can't read nofile: No such file or directory
  $ kubectl get pod/canal-9dc5v -o json -n kube-system | grep -A 1 '"command":' | tr -d ' ' | grep /opt/bin/flanneld
  "/opt/bin/flanneld",
