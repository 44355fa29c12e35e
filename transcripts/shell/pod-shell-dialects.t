A pod's `sh` is its image's shell and reads that shell's language: dash in Debian-based images
(nginx) refuses what only bash accepts, in dash's words with the line it counts; busybox ash
(busybox, Alpine) keeps its few bash extras and refuses the rest in its own words. bash in the
same image still takes it all.
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec web -- sh -c 'echo one; a=(1 2)'
  sh: 1: Syntax error: "(" unexpected
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'echo before; echo ${HOSTNAME^^}; echo after'
  before
  sh: 1: Bad substitution
  command terminated with exit code 2
  $ kubectl exec web -- sh -c '[[ -n x ]] && echo yes'
  sh: 1: [[: not found
  command terminated with exit code 127
  $ kubectl exec web -- sh -c 'echo {1..3}; echo -e "a\tb"'
  {1..3}
  -e a	b
  $ kubectl exec web -- sh -c 'cat <<< hi'
  sh: 1: Syntax error: redirection unexpected
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'function f { echo hi; }'
  sh: 1: Syntax error: "}" unexpected
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'source /etc/os-release'
  sh: 1: source: not found
  command terminated with exit code 127
  $ kubectl exec web -- sh -c '[ a == a ] && echo same'
  sh: 1: [: a: unexpected operator
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'if true; then echo'
  sh: 1: Syntax error: end of file unexpected (expecting "fi")
  command terminated with exit code 2
  $ kubectl exec web -- bash -c 'a=(1 2); echo ${a[1]} ${HOSTNAME^^} {1..3}'
  2 WEB 1 2 3
  $ kubectl exec box -- sh -c 'x=abcdef; [[ $x == abc* ]] && echo ${x:1:2} ${x/b/B}'
  bc aBcdef
  $ kubectl exec box -- sh -c 'a=(1 2)'
  sh: syntax error: unexpected "("
  command terminated with exit code 2
  $ kubectl exec box -- sh -c 'echo ${HOSTNAME^^}'
  sh: syntax error: bad substitution
  command terminated with exit code 2
  $ kubectl exec box -- sh -c 'echo {1..3}; nosuch' job
  {1..3}
  job: line 1: nosuch: not found
  command terminated with exit code 127
  $ kubectl exec web -- sh -c 'cd /nope; echo $?'
  sh: 1: cd: can't cd to /nope
  2
  $ kubectl exec box -- sh -c 'cd /nope; echo $?'
  sh: cd: line 1: can't cd to /nope: No such file or directory
  2
  $ kubectl exec -it web -- sh
  $ echo first
  first
  $ a=(1)
  sh: 2: Syntax error: "(" unexpected
  $ echo ${x,,}
  sh: 3: Bad substitution
  $ nosuch
  sh: 4: nosuch: not found
  $ exit
  $ kubectl exec -it box -- /bin/sh
  $ a=(1)
  /bin/sh: syntax error: unexpected "("
  $ echo ${x,,}
  /bin/sh: syntax error: bad substitution
  $ nosuch
  /bin/sh: nosuch: not found
  $ exit
