With `$IFS` set and null, an unquoted list (`${a[*]}`, `${a[@]}`, `$*`, `$@`, and their
operators) keeps each element a field of its own; after `#` or `%` bash 5.2 joins an array's
elements with spaces into one field. Quoted, `[*]` joins them with nothing.
  $ IFS=; a=(xa xb ya)
  $ printf '<%s>' ${a[*]} ${a[@]}; echo
  <xa><xb><ya><xa><xb><ya>
  $ printf '<%s>' ${a[*]/x/z} ${a[*]^^} ${a[*]:1}; echo
  <za><zb><ya><XA><XB><YA><xb><ya>
  $ printf '<%s>' ${a[*]#x} ${a[@]%a} "${a[*]#x}"; echo
  <a b ya><x xb y><abya>
  $ set -- xa xb; printf '<%s>' ${*#x} ${@#x}; echo
  <a><b><a><b>
