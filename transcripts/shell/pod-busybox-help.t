busybox applets answer --help as busybox 1.36 does: the banner, `multi-call binary.`, the
applet's usage line, on standard error with status 0 (the description is the lab's own words).
test, true, false and echo take --help as an ordinary argument. Missing commands are worded as
each image's shell words them: in a script with its line, at an interactive dash prompt with the
number of the line typed.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- ls --help
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...
  
  List directory contents.
  $ echo $?
  0
  $ kubectl exec box -- wget --help 2>/dev/null | wc -l
  0
  $ kubectl exec box -- busybox --help find
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: find [-HL] [PATH]... [OPTIONS] [ACTIONS]
  
  Walk each PATH and print the names that pass the tests.
  $ kubectl exec box -- sh -c 'echo --help; [ --help ] && echo true'
  --help
  true
  $ kubectl exec box -- sh -c 'echo one
  > nosuch
  > echo two'
  one
  sh: nosuch: not found
  two
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl exec web -- sh -c 'echo one
  > nosuch'
  one
  sh: 2: nosuch: not found
  command terminated with exit code 127
  $ kubectl exec web -- bash -c 'echo one
  > nosuch'
  one
  bash: line 2: nosuch: command not found
  command terminated with exit code 127
  $ kubectl exec -it box -- sh
  $ nosuch
  sh: nosuch: not found
  $ exit
  $ kubectl exec -it web -- sh
  $ echo a
  a
  $ nosuch
  sh: 2: nosuch: not found
  $ exit
