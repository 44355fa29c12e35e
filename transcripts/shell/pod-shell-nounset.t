`set -u` and `${NAME?}` under `kubectl exec ... sh -c`: the image's shell writes the error in its
own words on its standard error and ends with its own status, which kubectl reports after it.
busybox sh and dash (nginx's sh) say `parameter not set` and end with 2, dash naming the line;
bash says `unbound variable` with the line and ends with 127, while a `$(...)` it fails in ends
with 1 and the script goes on. dash and busybox read an unset name in `$((...))` as 0; bash does
not. Each line was compared with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl exec box -- sh -c 'set -u; echo $X'
  sh: X: parameter not set
  command terminated with exit code 2
  $ kubectl exec box -- sh -c ': ${X:?}; echo no'
  sh: X: parameter not set or null
  command terminated with exit code 2
  $ kubectl exec box -- sh -c 'echo ${X?need X}'
  sh: X: need X
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'set -u; echo $((Y + 1)); echo $Y'
  1
  sh: 1: Y: parameter not set
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'set -u; v=$(echo $X); echo "after $?"; echo ${X:?}'
  sh: 1: X: parameter not set
  after 2
  sh: 1: X: parameter not set or null
  command terminated with exit code 2
  $ kubectl exec web -- bash -c 'set -u; echo $((Y + 1))'
  bash: line 1: Y: unbound variable
  command terminated with exit code 127
  $ kubectl exec web -- bash -c 'set -u; v=$(echo $X); echo "after $?"; echo $X'
  bash: line 1: X: unbound variable
  after 1
  bash: line 1: X: unbound variable
  command terminated with exit code 127
