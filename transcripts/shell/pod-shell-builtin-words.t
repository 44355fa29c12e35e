`test`, `[` and `export` inside a pod speak the image's shell: dash (nginx) raises its errors
as `sh: LINE: [: ...` with its own words, busybox ash (busybox) writes `test`'s under the
applet's name and `export`'s as a builtin's, naming the line in a `sh -c` given a `$0`. A bad
`export` is a special builtin's error: the rest of the script is dropped, status 2.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 10
  $ kubectl exec web -- sh -c '[ 1 -eq a ]; test a -lt; test a b c; [ x'
  sh: 1: [: Illegal number: a
  sh: 1: test: -lt: argument expected
  sh: 1: test: a: unexpected operator
  sh: 1: [: missing ]
  command terminated with exit code 2
  $ kubectl exec box -- sh -c '[ 1 -eq a ]; test a -lt; test a b c; [ x'
  sh: a: bad number
  sh: -lt: argument expected
  sh: b: unknown operand
  sh: missing ]
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'export 1a=b; echo never'
  sh: 1: export: 1a: bad variable name
  command terminated with exit code 2
  $ kubectl exec box -- sh -c 'export -x; echo never' job
  job: export: line 1: illegal option -x
  command terminated with exit code 2
  $ kubectl exec web -- sh -c 'export GREETING="it'"'"'s"; export | grep -e GREETING -e PWD'
  export GREETING='it'"'"'s'
  export PWD='/'
  $ kubectl exec box -- sh -c 'export | grep -e PWD -e SHLVL'
  export PWD='/'
  export SHLVL='1'
  $ kubectl exec web -- sh -c 'sh -c "export INNER=1; cd /tmp"; echo "[$INNER]"; pwd'
  []
  /
