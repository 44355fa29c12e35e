What the programs the shell starts see: only exported variables. A plain assignment stays in
the shell; export (or declare -x) hands it on, export -n takes it back; NAME=value before a
command exports it for that command alone. env and printenv list the exported variables,
and a script's bash (bash -c, bash FILE) starts with them and nothing else.
#! world tk8s
  $ NS=kube-system; bash -c 'echo "[$NS]"'; printenv NS; echo $?
  []
  1
  $ export NS; bash -c 'echo "[$NS]"'; printenv NS; env | grep ^NS=
  [kube-system]
  kube-system
  NS=kube-system
  $ export -n NS; sh -c 'echo "[$NS]"'; echo $NS
  []
  kube-system
  $ declare -x TARGET=tk8s-worker1; awk 'BEGIN { print ENVIRON["TARGET"] }'
  tk8s-worker1
  $ declare +x TARGET; awk 'BEGIN { print "[" ENVIRON["TARGET"] "]" }'
  []
  $ MODE=debug env | grep ^MODE=; env | grep -c ^MODE=; echo $MODE
  MODE=debug
  0
  
  $ export LEVEL=1; LEVEL=2 printenv LEVEL; printenv LEVEL
  2
  1
  $ COUNT=5; show() { printenv COUNT; }; COUNT=6 show; echo "[$COUNT]"; show; echo $?
  6
  [5]
  1
  $ env -i PATH=/usr/bin printenv; env -i printenv HOME; echo $?
  PATH=/usr/bin
  1
  $ (export SUB=1; printenv SUB); printenv SUB; echo $?
  1
  1
  $ G=1 bash -c 'G2=2; export G3=3; echo $G $G2 $G3'; echo "[$G$G2$G3]"
  1 2 3
  []
A script's bash knows none of the shell's arrays, attributes or aliases, nor its functions but those
export -f hands on.
  $ greet() { echo hello; }; bash -c 'greet'; echo $?
  bash: line 1: greet: command not found
  127
  $ export -f greet; bash -c 'greet'; export -nf greet; bash -c 'greet'
  hello
  bash: line 1: greet: command not found
  $ alias kg='kubectl get'
  $ bash -c 'kg ns default'; printf 'kg ns default\n' > kg.sh; bash kg.sh; kg ns default
  bash: line 1: kg: command not found
  kg.sh: line 1: kg: command not found
  NAME      STATUS   AGE
  default   Active   46h
  $ nodes=(tk8s-control-plane tk8s-worker1); export nodes; bash -c 'echo "[${nodes[@]}]"'
  []
  $ declare -i N=5; export N; bash -c 'N=2+3; echo $N'
  2+3
  $ printf 'echo "$0: [$FOO] [$BAR]"\n' > vars.sh; FOO=1; export BAR=2; bash vars.sh
  vars.sh: [] [2]
kubectl finds $KUBECONFIG only when it is exported.
  $ KUBECONFIG=/nonexistent; kubectl get ns kube-system --no-headers | wc -l
  1
  $ export KUBECONFIG; kubectl get ns kube-system
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  The connection to the server localhost:8080 was refused - did you specify the right host or port?
  $ unset KUBECONFIG; KUBECONFIG=/nonexistent kubectl get ns kube-system
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
  The connection to the server localhost:8080 was refused - did you specify the right host or port?
