bash's process substitution `<(LIST)`: the word becomes a `/dev/fd/N` path (63, then 62, ... in
one command) that reads what the list printed, open only while that command runs.
  $ echo <(true) <(true)
  /dev/fd/63 /dev/fd/62
  $ cat <(echo hi) <(printf 'there\n')
  hi
  there
  $ diff <(echo a) <(echo b)
  1c1
  < a
  ---
  > b
  $ echo $?
  1
  $ wc -l < <(printf 'a\nb\n')
  2
  $ false; cat <(echo $?)
  1
  $ echo "<(true)"
  <(true)
  $ while read l; do echo "[$l]"; done < <(printf 'a\nb\n')
  [a]
  [b]
  $ ls /dev/fd/63
  ls: cannot access '/dev/fd/63': No such file or directory
Loading kubectl's completion script the way its own comment says:
  $ source <(kubectl completion bash)
  $ echo $?
  0
