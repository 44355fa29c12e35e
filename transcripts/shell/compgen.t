`compgen` prints, one a line, the words `complete`'s options would offer for a word: actions
first, then -G's glob, then -W's words (expanded, never globbed), filtered by -X, wrapped by
-P and -S; status 1 when there are none. Files are the lab's own, in name order.
  $ mkdir -p /tmp/cg/dir1 /tmp/cg/dir2 && cd /tmp/cg && touch alpha beta .hidden dir1/x
  $ compgen -W "alpha beta" a
  alpha
  $ compgen -W "alpha beta" z; echo $?
  1
  $ compgen -W "b a c a"
  b
  a
  c
  a
  $ compgen -W '$HOME a\ b * {x,y}z'
  /home/bigred
  a b
  *
  xz
  yz
  $ compgen -W "one two" -- o
  one
  $ compgen -f
  .hidden
  alpha
  beta
  dir1
  dir2
  $ compgen -f .
  .
  ..
  .hidden
  $ compgen -f dir1/
  dir1/x
  $ compgen -d d
  dir1
  dir2
  $ compgen -d -S / d
  dir1/
  dir2/
  $ compgen -G "*a*" b
  alpha
  beta
  $ compgen -v -W PATHX PATH
  PATH
  PATHX
  $ compgen -W "x y" -P pre -S suf
  prexsuf
  preysuf
  $ compgen -W "apple apricot" -X "*cot" a
  apple
  $ compgen -W "apple apricot" -X '!*cot' a
  apricot
  $ compgen -W "a b" -X "&" a; echo $?
  1
  $ compgen -o default al
  alpha
  $ compgen -o plusdirs -W zz
  zz
  dir1
  dir2
  $ compgen -A function -o default x; echo $?
  1
  $ alias ll='ls -l'; compgen -a l
  ll
  $ compgen -A alias q; echo $?
  1
  $ compgen -b ec
  echo
  $ compgen -k f
  fi
  for
  function
  $ f() { :; }; compgen -A function
  __kubectl_namespace_args
  __start_kubectl
  f
  $ export FOO=1; compgen -e FO
  FOO
  $ compgen -A setopt err
  errexit
  errtrace
  $ compgen -A signal SIGKI
  SIGKILL
  $ compgen -c compl
  complete
  $ compgen -u ro
  root
  $ compgen -F f x; echo $?
  bash: compgen: warning: -F option may not work as you expect
  1
  $ compgen -F nothere x; echo $?
  bash: compgen: warning: -F option may not work as you expect
  bash: completion: function `nothere' not found
  1
  $ compgen -z
  bash: compgen: -z: invalid option
  compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]
  $ compgen -p
  bash: compgen: -p: invalid option
  compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]
  $ compgen -A bogus
  bash: compgen: bogus: invalid action name
  $ compgen -o bogus
  bash: compgen: bogus: invalid option name
  $ compgen -W
  bash: compgen: -W: option requires an argument
  compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]
