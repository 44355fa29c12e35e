A shell started for `sh -c`, for a script, or at the prompt counts the lines it reads from its
own first one: dash names that line in its messages, whatever the session typed before.
  $ echo one
  one
  $ echo two
  two
  $ sh -c 'nosuch'
  sh: 1: nosuch: not found
  $ sh -c 'true
  > nosuch'
  sh: 2: nosuch: not found
  $ printf 'true\nnosuch\n' > /tmp/s.sh
  $ sh /tmp/s.sh
  /tmp/s.sh: 2: nosuch: not found
  $ printf 'true\nnosuch\n' | sh
  sh: 2: nosuch: not found
  $ bash -c 'true
  > nosuch'
  bash: line 2: nosuch: command not found
