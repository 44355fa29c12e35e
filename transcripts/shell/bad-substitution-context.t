bash's `bad substitution` names the string it was expanding: the word as written, the
double-quoted part that holds the bad `${...}`, an operator's word, or a here-document's body.
  $ echo 'q'a${g h}b"c"
  bash: 'q'a${g h}b"c": bad substitution
  $ echo x"a${g h}b"c
  bash: a${g h}b: bad substitution
  $ echo "${x:-${g h}}"
  bash: ${g h}: bad substitution
  $ a=${g h}x
  bash: ${g h}x: bad substitution
  $ cat <<E
  > x ${a b} y
  > z
  > E
  bash: x ${a b} y
  z
  : bad substitution
  $ echo $?
  1
