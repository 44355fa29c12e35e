read -t gives up after its timeout with status 142 (128 + SIGALRM), keeping what came before
it. Typed at the prompt with nothing typed (no line follows the command), it waits out the
timeout on the lab's clock; a line typed in time is read as usual.
  $ date +%T; read -t 5 answer; echo "status $?, [$answer]"; date +%T
  07:25:00
  status 142, []
  07:25:05
  $ read -t 5 answer
  > yes
  $ echo "status $?, [$answer]"
  status 0, [yes]
From a pipe, the writer's time counts: a reader waiting longer than its timeout gives up
even though the lab ran the writer first.
  $ sleep 3 | read -t 1 x; echo $?
  142
  $ sleep 1 | { read -t 3 x; echo "status $?, [$x]"; }
  status 1, []
  $ (printf 'ab'; sleep 2) | { read -t 1 x; echo "status $?, [$x]"; }
  status 142, [ab]
  $ (echo one; sleep 5; echo two) | while read -t 2 line; do echo "got $line"; done; echo "loop ended"
  got one
  loop ended
  $ printf 'a b\n' | { read -t 1 p q; echo "status $?, [$p] [$q]"; }
  status 0, [a] [b]
read -n takes that many characters and read -N ignores the delimiter; a timeout must be a
number of seconds, 0 or more.
  $ printf 'abcdef\n' | { read -n 3 x; read y; echo "[$x] [$y]"; }
  [abc] [def]
  $ printf 'ab\ncd' | { read -N 4 x; echo "[$x]"; }
  [ab
  c]
  $ read -t x v
  bash: read: x: invalid timeout specification
  $ read -t -1 v
  bash: read: -1: invalid timeout specification
