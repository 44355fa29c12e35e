busybox ash, as busybox and Alpine build it (ASH_BASH_COMPAT), has `[[` as a builtin that runs
its `test` (coreutils/test.c with BASH_TEST2): `=`, `==` and `!=` match a glob pattern, `=~` an
extended regular expression, and `&&`/`||` inside it are its words. Its words are expanded as
any command's (split and globbed), `-a` and `-o` are not its operators, and its complaints are
busybox's, under the applet's name. dash has no `[[` at all.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl exec box -- sh -c 'x=abcdef; [[ $x == abc* ]] && echo glob; [[ $x =~ ^a.c ]] && echo regex; [[ $x != x* && -n $x ]] && echo both'
  glob
  regex
  both
  $ kubectl exec box -- sh -c '[[ a -a b ]]; echo $?'
  sh: -a: unknown operand
  2
  $ kubectl exec box -- sh -c 'v="a b"; [[ $v == "a b" ]]; echo $?'
  sh: b: unknown operand
  2
  $ kubectl exec box -- sh -c '[[ a ]; echo $?'
  sh: missing ]]
  2
  $ kubectl exec box -- sh -c '[[ a =~ "(" ]]; echo $?'
  2
  $ kubectl exec box -- sh -c 'echo [[ a && b ]]'
  [[ a && b ]]
  $ kubectl exec web -- sh -c '[[ a ]]'
  sh: 1: [[: not found
  command terminated with exit code 127
