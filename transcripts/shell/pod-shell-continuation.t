A shell entered with `kubectl exec -it` asks for more lines (`> `) by its own language:
busybox ash's `[[` takes `&&` as one of its words, so the line runs at once; dash has no
`[[` to wait in and no `function` keyword to open a body.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl exec -it box -- sh
  $ [[ a &&
  sh: missing ]]
  $ [[ a ]] &&
  > echo joined
  joined
  $ exit
  $ kubectl exec -it web -- sh
  $ function f {
  sh: 1: function: not found
  $ if true
  > then echo inside; fi
  inside
  $ exit
  $ [[ a &&
  > -n b ]] && echo bash
  bash
