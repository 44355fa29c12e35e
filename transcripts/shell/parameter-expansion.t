bash's parameter expansion operators as a learner uses them around kubectl: defaults for
unset variables (${NS:-default}, ${REPLICAS:=3}), required ones (${NODE:?}), file names and
image tags cut with patterns (${f%.yaml}, ${img#*:}), substitutions, case changes, substrings
and the @ transformations; over arrays and positional parameters they work element by element.
#! world tk8s
  $ NS=${NS:-kube-system}; kubectl get pods -n $NS -l k8s-app=kube-dns -o name
  pod/coredns-66967f4c59-sc4gn
  pod/coredns-66967f4c59-zkpkl
  $ echo "namespace: ${NS}, default would be ${UNSET_NS:-default}"
  namespace: kube-system, default would be default
  $ : ${REPLICAS:=2}; echo "replicas: $REPLICAS"
  replicas: 2
  $ ENV=prod; cat <<EOF | kubectl apply --dry-run=client -f -
  > apiVersion: v1
  > kind: Namespace
  > metadata:
  >   name: ${TEAM:-web}-${ENV:-dev}
  > EOF
  namespace/web-prod created (dry run)
  $ kubectl get pods -n ${NODE:?set NODE to a node name}; echo not reached
  bash: NODE: set NODE to a node name
  $ echo $?
  1
  $ for f in ~/tk/wulin/yaml/*.yaml; do n=${f##*/}; echo "${n%.yaml}"; done | head -3
  pod-crun
  pvc-nginx
  rc-crun
  $ img=$(kubectl get pod -n kube-system -l k8s-app=kube-dns -o jsonpath='{.items[0].spec.containers[0].image}'); echo "$img"; echo "repository: ${img%:*}"; echo "tag: ${img##*:}"
  registry.k8s.io/coredns/coredns:v1.11.3
  repository: registry.k8s.io/coredns/coredns
  tag: v1.11.3
  $ echo ${img/registry.k8s.io/mirror.example} ${img//\//_}
  mirror.example/coredns/coredns:v1.11.3 registry.k8s.io_coredns_coredns:v1.11.3
  $ node=tk8s-worker1; echo ${node^^} ${node^} ${node#tk8s-} ${node: -1} ${node:0:4}
  TK8S-WORKER1 Tk8s-worker1 worker1 1 tk8s
  $ pods=($(kubectl get pods -n kube-system -o name | head -3)); printf '%s\n' "${pods[@]#pod/}"
  calico-kube-controllers-6b65fb5f89-66t62
  canal-9dc5v
  canal-ql5xj
  $ echo "${#pods[@]} pods; last two: ${pods[@]: -2}"
  3 pods; last two: pod/canal-9dc5v pod/canal-ql5xj
  $ set -- tk8s-control-plane tk8s-worker1 tk8s-worker2; echo "workers: ${@:2}"; echo "${@/tk8s-/}"
  workers: tk8s-worker1 tk8s-worker2
  control-plane worker1 worker2
  $ show() { echo "$1=${!1:-<unset>}"; }; KUBE_EDITOR=vim; show KUBE_EDITOR; show NO_SUCH_VAR
  KUBE_EDITOR=vim
  NO_SUCH_VAR=<unset>
  $ msg="it's ready"; echo ${msg@Q} ${msg@U}
  'it'\''s ready' IT'S READY
  $ echo ${img!}
  bash: ${img!}: bad substitution
  $ set -u; echo "${NOPE:-fine}"; echo $NOPE; echo not reached
  fine
  bash: NOPE: unbound variable
  $ set +u; echo "[${NOPE}]"
  []
