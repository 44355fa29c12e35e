od's floating-point types and its strings mode. GNU od (coreutils 9.1, on the host) writes each
float with the fewest digits that read back as the same value (`-t f4`/`fF`/`-f` floats,
`f8`/`fD` doubles, `fL` x87 long doubles in 16 bytes), in columns 16, 25 and 30 wide; `-S N`
lists each run of at least N printable characters that a NUL ends, at its offset. These outputs
are the real GNU od's.
  $ printf '\000\000\200\077\000\000\000\300\333\017\111\100\000\000\000\000' > f.bin
  $ od -t f4 f.bin
  0000000               1              -2       3.1415927               0
  0000020
  $ od -t f8 f.bin
  0000000       -2.000000473111868         5.328646264e-315
  0000020
  $ od -f f.bin
  0000000               1              -2       3.1415927               0
  0000020
  $ od -t fF -t x1 f.bin
  0000000               1              -2       3.1415927               0
           00  00  80  3f  00  00  00  c0  db  0f  49  40  00  00  00  00
  0000020
  $ od -A x -t f4z f.bin
  000000               1              -2       3.1415927               0  >...?......I@....<
  000010
  $ od -t fL f.bin
  0000000   1.9161287897627720295e-3710
  0000020
  $ printf 'abcdefghijk' | od -t f4
  0000000   1.6777999e+22    4.371022e+24    9.864571e-39
  0000013
  $ printf 'abcdefghijk' | od -t f8
  0000000   8.540883223036124e+194            3.478021e-317
  0000013
  $ printf '\000\000\300\177\000\000\200\177\000\000\200\377\001\000\000\000' | od -t f4
  0000000             nan             inf            -inf           1e-45
  0000020
  $ printf '\000\000\000\000\000\000\370\177\000\000\000\000\000\000\000\200' | od -t fD
  0000000                      nan                       -0
  0000020
  $ od -t f2 f.bin
  od: invalid type string ‘f2’;
  this system doesn't provide a 2-byte floating point type
  $ od -t f12 f.bin
  od: invalid type string ‘f12’;
  this system doesn't provide a 12-byte floating point type
  $ od -t fX f.bin
  od: invalid character 'X' in type string ‘fX’
  $ printf 'hello\000world, this is\001 a string\nabc\000' > s.bin
  $ od -S 3 s.bin
  0000000 hello
  0000037 abc
  $ od -S 6 s.bin
  $ od --strings s.bin
  0000000 hello
  0000037 abc
  $ od -A x -S 3 s.bin
  000000 hello
  00001f abc
  $ od -A n -S 3 s.bin
  hello
  abc
  $ printf 'hello\000wor\000ld' | od -S 3 -N 9
  0000000 hello
  $ printf 'hello\000world' | od -S 3 -N 11
  0000000 hello
  0000005 world
  $ printf 'xhello\000' | od -S 3 -j 1
  0000001 hello
  $ od -S x s.bin
  od: invalid -S argument 'x'
  $ od --strings=1x s.bin
  od: invalid suffix in --strings argument '1x'
  $ od -S 3 -t x1 s.bin
  od: no type may be specified when dumping strings
busybox's od (1.36.1, od_bloaty.c) in a busybox pod: `%e` with the type's DIG digits.
  $ kubectl run box --image=busybox:1.36 -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl cp f.bin box:/f.bin
  $ kubectl cp s.bin box:/s.bin
  $ kubectl exec box -- od -t f4 /f.bin
  0000000   1.000000e+00  -2.000000e+00   3.141593e+00   0.000000e+00
  0000020
  $ kubectl exec box -- od -t f8 /f.bin
  0000000  -2.000000473111868e+00  5.328646264438817e-315
  0000020
  $ kubectl exec box -- od -f -t x1 /f.bin
  0000000   1.000000e+00  -2.000000e+00   3.141593e+00   0.000000e+00
          00 00 80 3f 00 00 00 c0 db 0f 49 40 00 00 00 00
  0000020
  $ kubectl exec box -- od -t fL /f.bin
  0000000 1.916128789762772030e-3710
  0000020
  $ kubectl exec box -- od -t f4x1 /f.bin
  od: invalid type string 'f4x1'; 4294967295-byte floating point type is not supported
  command terminated with exit code 1
  $ kubectl exec box -- od -t f2 /f.bin
  od: invalid type string 'f2'; 2-byte floating point type is not supported
  command terminated with exit code 1
  $ kubectl exec box -- od -S 3 /s.bin
  0000000 hello
  0000037 abc
  $ kubectl exec box -- od -S 3 -t x1 /s.bin
  0000000 hello
  0000037 abc
  $ kubectl exec box -- od -S x /s.bin
  od: invalid number 'x'
  command terminated with exit code 1
