`printf %q` quotes as bash 5.2 does: an argument with a character that does not print in
`$'...'` (letter escapes, octal bytes otherwise), any other with a backslash before each
character the shell would read otherwise, `#` only at the start, `~` at the start or after
`:` or `=`.
  $ printf '%q\n' $'a\tb' $'line1\nline2' $'\e[1m' $'\x7f' $'it\'s\a'
  $'a\tb'
  $'line1\nline2'
  $'\E[1m'
  $'\177'
  $'it\'s\a'
  $ printf '%q\n' 'a b,c' '#x#' '~a:~b=~' 'x!y' 'héllo' "it's" ''
  a\ b\,c
  \#x#
  \~a:\~b=\~
  x\!y
  héllo
  it\'s
  ''
  $ printf '[%12q]\n' $'a\tb'
  [     $'a\tb']
