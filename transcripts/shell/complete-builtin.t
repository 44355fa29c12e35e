`complete` records how bash completes a command's words and prints the records back, options
in bash's order, the table in bash's hash order (the lab's own line editor does the completing).
  $ alias k=kubectl
  $ complete -o default -F __start_kubectl k
  $ complete -p k
  complete -o default -F __start_kubectl k
  $ complete -W "it's there" -o nospace -A arrayvar -f q
  $ complete -F _git git
  $ complete -F _git git
  $ complete
  complete -o default -F __start_kubectl kubectl
  complete -F _git git
  complete -o nospace -f -A arrayvar -W 'it'\''s there' q
  complete -o default -F __start_kubectl k
  $ complete -p nope
  bash: complete: nope: no completion specification
  $ echo $?
  1
  $ complete -r q
  $ complete -r q
  bash: complete: q: no completion specification
  $ complete -p
  complete -o default -F __start_kubectl kubectl
  complete -F _git git
  complete -o default -F __start_kubectl k
  $ complete -o bogus x
  bash: complete: bogus: invalid option name
  $ complete -A bogus x
  bash: complete: bogus: invalid action name
  $ complete -z
  bash: complete: -z: invalid option
  complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]
  $ complete -F
  bash: complete: -F: option requires an argument
  complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]
  $ complete -F f
  complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]
  $ echo $?
  2
  $ complete -r
  $ complete -p
