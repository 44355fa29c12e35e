Commands typed at the prompt with nothing piped in read what the learner types next, as bash's do
from the terminal. The lines typed to the running command are `  > ` lines right after it (the
terminal shows them interleaved with its output); `^D` is Ctrl-D, `^C` is Ctrl-C.
  $ read name
  > Ada Lovelace
  $ echo "hello, $name"
  hello, Ada Lovelace
  $ read -r first rest
  > C:\temp  and more
  $ echo "[$first] [$rest]"
  [C:\temp] [and more]
  $ read -p "Namespace: " ns
  > kube-system
  $ echo "$ns"
  kube-system
  $ read a b c
  > one two three four
  $ echo "$a|$b|$c"
  one|two|three four
  $ IFS=: read user shell
  > root:/bin/bash
  $ echo "$user uses $shell"
  root uses /bin/bash
  $ IFS= read -r line
  >    indented	tab  
  $ echo "[$line]"
  [   indented	tab  ]
  $ read -s -p "Password: " secret
  > s3cr3t
  $ echo "${#secret} characters"
  6 characters
  $ read -t 5 answer
  > yes
  $ echo "$answer"
  yes
  $ read -t 0 nothing; echo $?
  1
  $ read joined
  > first half \
  > second half
  $ echo "$joined"
  first half second half
  $ read missing
  > ^D
  $ echo "status $?, [$missing]"
  status 1, []
  $ cat
  > typed once
  > typed twice
  > ^D
  typed once
  typed twice
  $ cat | wc -l
  > a
  > b
  > c
  > ^D
  3
  $ while read n; do echo "got $n"; done
  > 1
  > 2
  > ^D
  got 1
  got 2
  $ kubectl apply -f -
  > apiVersion: v1
  > kind: Namespace
  > metadata:
  >   name: typed
  > ^D
  namespace/typed created
  $ kubectl get ns typed
  NAME    STATUS   AGE
  typed   Active   0s
  $ cat; echo "after cat: $?"
  > half
  > ^C
  half
  $ echo $?
  130
  $ less
  Missing filename ("less --help" for help)
  $ more
  more: bad usage
  Try 'more --help' for more information.
  $ jq
  Usage:	jq [OPTIONS] FILTER [FILES...]
  	jq [OPTIONS] --args FILTER [ARGUMENTS...]
  	jq [OPTIONS] --jsonargs FILTER [JSON_VALUES...]
  
  jq is a tool for processing JSON inputs, applying the given filter to
  its JSON text inputs and producing the filter's results as JSON on
  standard output.
  
  The simplest filter is ., which copies jq's input to its output
  unmodified except for formatting. For listing all options, use
  jq --help.
