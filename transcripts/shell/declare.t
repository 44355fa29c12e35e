bash's declare (and typeset): a variable's attributes, and the variables printed back as
declare lines. A plain assignment makes a variable the shell keeps to itself (--); the ones
it started with, and those export or declare -x mark, are exported (-x), which export -p
lists. -i evaluates every assignment as arithmetic, -r refuses a new value, +x takes the
export away.
  $ declare -p HOME
  declare -x HOME="/home/bigred"
  $ NS=kube-system; declare -p NS
  declare -- NS="kube-system"
  $ export NS; declare -p NS
  declare -x NS="kube-system"
  $ declare +x NS; declare -p NS
  declare -- NS="kube-system"
  $ declare -x KUBECONFIG=~/.kube/config; export -p | grep KUBE
  declare -x KUBECONFIG="/home/bigred/.kube/config"
  $ declare -i replicas=2*3; replicas=replicas+1; declare -p replicas
  declare -i replicas="7"
  $ declare -r CLUSTER=tk8s; CLUSTER=other; echo $?
  bash: CLUSTER: readonly variable
  $ declare -p CLUSTER
  declare -r CLUSTER="tk8s"
  $ declare -irx z=1; declare -p z
  declare -irx z="1"
  $ declare -a pods; pods[0]=web; pods[2]=db; declare -p pods
  declare -a pods=([0]="web" [2]="db")
  $ quote='say "hi" for $5'; declare -p quote
  declare -- quote="say \"hi\" for \$5"
  $ declare -p missing; echo $?
  bash: declare: missing: not found
  1
  $ declare -q
  bash: declare: -q: invalid option
  declare: usage: declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]
  $ declare 'bad name=1'
  bash: declare: `bad name=1': not a valid identifier
Inside a function declare makes a local variable, unless -g; -F names the functions.
  $ f() { declare inner=1; declare -g outer=2; declare -p inner; }; f; declare -p outer; declare -p inner
  declare -- inner="1"
  declare -- outer="2"
  bash: declare: inner: not found
  $ declare -F
  declare -f __kubectl_namespace_args
  declare -f __start_kubectl
  declare -f f
