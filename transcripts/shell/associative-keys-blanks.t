Where an assignment may stand, bash reads a subscript to its closing bracket, blanks and all,
so associative keys may hold spaces without quotes.
  $ declare -A m; m[c d]=2; k='e f'; m[$k]=3; m["a b"]=1
  $ echo "${m[c d]}" "${m[e f]}" "${m[a b]}"
  2 3 1
  $ declare -A n=([p q]=1); n[r s]+=x; declare -p n
  declare -A n=(["p q"]="1" ["r s"]="x" )
  $ if true; then m[g h]=4; fi; echo "${m[g h]}"
  4
  $ echo m[x y]
  m[x y]
