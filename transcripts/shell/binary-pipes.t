Bytes that are not text travel through pipes whole: `wc -c` counts bytes, `base64` encodes and
decodes them, `head -c` and `tail -c` cut bytes. /dev/urandom is seeded, so a replay reads the
same bytes; /dev/zero and /dev/urandom give 64 KiB a read where the real ones never end.
  $ printf '\x00\xff' | wc -c
  2
  $ printf '\xff\xfe' | base64
  //4=
  $ printf 'a\0b' | tr -d '\0' | wc -c
  2
  $ printf 'é' | wc -c -m
        1       2
  $ head -c 100 /dev/urandom | wc -c
  100
  $ head -c 30 /dev/urandom | base64
  geyo969KcQojjmh7ZgMRBacG02kN01IQYmNg5qcx
  $ head -c 8 /dev/zero | base64
  AAAAAAAAAAA=
  $ cat /dev/null | wc -c
  0
  $ cat /dev/zero | wc -c
  65536
  $ echo -n /w== | base64 -d | wc -c
  1
  $ head -c 48 /dev/urandom | base64 | base64 -d | base64
  /j0YtTE8b/Fqz1QGZKbvFjnrjRZDh1rQqmifPPLUIWyk9ZzYI7q9Jj7meuaijmyD
tr works on bytes, as GNU tr does: a byte that is not UTF-8 can be deleted, squeezed or
translated, and one byte of a UTF-8 character can be replaced alone.
  $ printf 'a\xffb' | tr -d '\377' | wc -c
  2
  $ printf '\xff\xff\xffz' | tr -s '\377' | base64
  /3o=
  $ printf '\303\251' | tr '\303' X | base64
  WKk=
