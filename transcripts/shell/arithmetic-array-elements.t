Arithmetic reads and sets array elements by name and subscript, the subscript itself
arithmetic (an associative array's key as written); under `set -u` an unset element of a set
array is 0, and only an unset array is an error, which names the array.
  $ a=(10 20 30); b=(0 2); echo ${a[b[1]]} ${a[b[0]+1]} $((a[1] + b[1]))
  30 20 22
  $ (( a[0] += 5, b[3] = 7 )); echo ${a[0]} ${b[3]}
  15 7
  $ declare -A m=([k]=4); echo $(( m[k] * 2 ))
  8
  $ set -u; echo $(( a[9] ))
  0
  $ echo $(( c[1] ))
  bash: c: unbound variable
