bash's LINENO is the line the running command is on, counted from the shell's first line; a
$(...) goes on from its command's line, as do the messages of bash and dash about it.
  $ cat > /tmp/ln.sh <<"EOF"
  > echo "a $LINENO"
  > f() {
  >   echo "in f $LINENO"
  > }
  > f
  > for i in 1 2; do
  >   echo "loop $LINENO"
  > done
  > x=$(echo "sub $LINENO")
  > echo "$x"
  > echo "$((LINENO + 1))"
  > EOF
  $ bash /tmp/ln.sh
  a 1
  in f 3
  loop 7
  loop 7
  sub 9
  12
  $ printf 'true\ntrue\nx=$(nosuch)\n' > /tmp/cs.sh
  $ bash /tmp/cs.sh
  /tmp/cs.sh: line 3: nosuch: command not found
  $ sh /tmp/cs.sh
  /tmp/cs.sh: 3: nosuch: not found
  $ bash -c 'echo $LINENO
  > echo $LINENO; echo $LINENO'
  1
  2
  2
  $ sh -c 'echo "[$LINENO]"'
  []
  $ echo $LINENO
  21
