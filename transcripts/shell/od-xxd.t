Byte dumps. The host has GNU coreutils' od and vim's xxd (Debian 12's vim-common recommends
it); od pads every format's line to the widest, marks repeated lines with `*` and ends with
the offset after the last byte. xxd -p and -r -p go to plain hex and back.
  $ printf 'hello\n' | od -c
  0000000   h   e   l   l   o  \n
  0000006
  $ printf 'hello\n' | od -An -t x1
   68 65 6c 6c 6f 0a
  $ printf 'abc' | od -x -c -A d
  0000000    6261    0063
            a   b   c
  0000003
  $ printf '%040d' 0 | od -A x -t x1z
  000000 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30  >0000000000000000<
  *
  000020 30 30 30 30 30 30 30 30                          >00000000<
  000028
  $ od -N 4 -t u1 nosuch /etc/hostname
  od: nosuch: No such file or directory
  0000000 116  97 114 111
  0000004
  $ od -t x3 /etc/hostname
  od: invalid type string ‘x3’;
  this system doesn't provide a 3-byte integral type
  $ printf 'hello world, this is xxd\n' | xxd
  00000000: 6865 6c6c 6f20 776f 726c 642c 2074 6869  hello world, thi
  00000010: 7320 6973 2078 7864 0a                   s is xxd.
  $ printf 'kube' | xxd -p | xxd -r -p; echo
  kube
  $ xxd -c 300 /etc/hostname
  xxd: invalid number of columns (max. 256).
The kind node image ships od but not xxd: podman's runtime says so, and so does bash inside.
  $ sudo podman exec tk8s-worker1 od -An -c /etc/hostname
     t   k   8   s   -   w   o   r   k   e   r   1  \n
  $ sudo podman exec tk8s-worker1 xxd /etc/hostname
  Error: crun: executable file `xxd` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found
  $ sudo podman exec tk8s-worker1 bash -c 'xxd /etc/hostname'
  bash: xxd: command not found
busybox's od is a build of its own: one space before every field, the short last line filled
with zero bytes, its formats in a fixed order, and its own wording.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- sh -c 'printf abc | od -x -c -A d'
  0000000   a   b   c  \0
          6261 0063
  0000003
  $ kubectl exec box -- od -t x1z /etc/hostname
  od: invalid type string 'x1z'; 4294967295-byte integral type is not supported
  command terminated with exit code 1
  $ kubectl exec box -- od -A q /etc/hostname
  od: bad output address radix 'q' (must be [doxn])
  command terminated with exit code 1
