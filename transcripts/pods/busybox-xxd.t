busybox's xxd (1.36.1, hexdump_xxd.c) in the busybox image: a plain dump looks like vim's, with
the same columns; -p writes 30 bytes a line and stops where the input does; -i writes twelve
` 0xXX,` a line, keeps the comma after the last byte, and names the array only for a file; -r
turns either back into bytes.
  $ kubectl run box --image=busybox:1.36 -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- sh -c 'echo hello world | xxd'
  00000000: 6865 6c6c 6f20 776f 726c 640a            hello world.
  $ kubectl exec box -- sh -c 'echo hello world | xxd -g1'
  00000000: 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a              hello world.
  $ kubectl exec box -- sh -c 'echo hello world | xxd -g3 -c8'
  00000000: 68656c 6c6f20 776f  hello wo
  00000008: 726c64 0a           rld.
  $ kubectl exec box -- sh -c 'echo hello world | xxd -g0'
  00000000: 68656c6c6f20776f726c640a          hello world.
  $ kubectl exec box -- sh -c 'seq 1 20 | xxd -p'
  310a320a330a340a350a360a370a380a390a31300a31310a31320a31330a
  31340a31350a31360a31370a31380a31390a32300a
  $ kubectl exec box -- sh -c 'echo hello world | xxd -i'
    0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x0a,
  $ kubectl exec box -- sh -c 'echo hello world > /tmp/1.txt; xxd -i /tmp/1.txt'
  unsigned char _tmp_1_txt[] = {
    0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x0a,
  };
  unsigned int _tmp_1_txt_len = 12;
  $ kubectl exec box -- sh -c 'echo hello world | xxd -s 6 -l 3 -o 0x100'
  xxd: stdin: Illegal seek
  command terminated with exit code 1
  $ kubectl exec box -- sh -c 'echo hello world > /tmp/h; xxd -s 6 -l 3 -o 0x100 /tmp/h'
  00000106: 776f 72                                  wor
  $ kubectl exec box -- sh -c 'echo hello world | xxd | xxd -r'
  hello world
  $ kubectl exec box -- sh -c 'echo 68 65 6c 6c 6f 0a | xxd -r -p'
  hello
  $ kubectl exec box -- sh -c 'printf "00000004: 4142\n" | xxd -r | od -c'
  0000000  \0  \0  \0  \0   A   B
  0000006
  $ kubectl exec box -- xxd -Q
  xxd: invalid option -- 'Q'
  BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.
  
  Usage: xxd [-pri] [-g N] [-c N] [-l LEN] [-s OFS] [-o OFS] [FILE]
  
  Hex dump FILE (or stdin)
  
  	-g N		Bytes per group
  	-c N		Bytes per line
  	-p		Show only hex bytes, assumes -c30
  	-i		C include file style
  	-l LENGTH	Show only first LENGTH bytes
  	-s OFFSET	Skip OFFSET bytes
  	-o OFFSET	Add OFFSET to displayed offset
  	-r		Reverse (with -p, assumes no offsets in input)
  command terminated with exit code 1
  $ kubectl exec box -- xxd -c x
  xxd: invalid number 'x'
  command terminated with exit code 1
  $ kubectl exec box -- xxd /nope
  xxd: /nope: No such file or directory
  command terminated with exit code 1
