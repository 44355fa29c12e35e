A redirection that cannot open or create its file fails as the image's shell words it: dash
`cannot open PATH: No such file` with its line and status 2, busybox ash `can't open PATH: no
such file` with status 1; other reasons as strerror gives them. `type` calls ash's `[[` a builtin.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl exec web -- sh -c 'cat < /nope; echo "st $?"; echo x > /nodir/f; echo "st $?"; echo x > /tmp'
  sh: 1: cannot open /nope: No such file
  st 2
  sh: 1: cannot create /nodir/f: Directory nonexistent
  st 2
  sh: 1: cannot create /tmp: Is a directory
  command terminated with exit code 2
  $ kubectl exec box -- sh -c 'cat < /nope; echo "st $?"; echo x > /nodir/f; echo "st $?"; echo x > /tmp'
  sh: can't open /nope: no such file
  st 1
  sh: can't create /nodir/f: nonexistent directory
  st 1
  sh: can't create /tmp: Is a directory
  command terminated with exit code 1
  $ kubectl exec box -- sh -c 'type [['
  [[ is a shell builtin
