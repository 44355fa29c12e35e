$PIPESTATUS holds the exit status of each command of the last pipeline, as bash keeps it: a
lone simple command, ( ), [[ ]] or (( )) sets it to its own status; { }, if, case and the
loops leave what the last pipeline inside them set. ! and pipefail do not change it.
#! world tk8s
  $ kubectl get pods -n nosuch 2>/dev/null | grep -q coredns | true; echo ${PIPESTATUS[@]}
  0 1 0
  $ false | true; echo $PIPESTATUS ${PIPESTATUS[1]} ${#PIPESTATUS[@]}
  1 0 2
  $ true; echo ${PIPESTATUS[@]}; false; echo ${PIPESTATUS[*]}
  0
  1
  $ kubectl get nodes --no-headers | grep worker | wc -l; echo "${PIPESTATUS[@]}"
  2
  0 0 0
  $ ! false | true; echo ${PIPESTATUS[@]}
  1 0
  $ set -o pipefail; false | (exit 4) | true; echo $? ${PIPESTATUS[@]}; set +o pipefail
  4 1 4 0
  $ { false | true; }; echo ${PIPESTATUS[@]}
  1 0
  $ if false | true; then true | false | true; fi; echo ${PIPESTATUS[@]}
  0 1 0
  $ while false; do :; done; echo ${PIPESTATUS[@]}
  1
  $ false | true; [[ a == b ]]; echo ${PIPESTATUS[@]}
  1
  $ false | true; x=$(exit 3); echo ${PIPESTATUS[@]}
  3
  $ nosuch | true; echo ${PIPESTATUS[@]}
  bash: nosuch: command not found
  127 0
  $ false | true; declare -p PIPESTATUS
  declare -a PIPESTATUS=([0]="1" [1]="0")
