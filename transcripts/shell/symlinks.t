Symbolic links on the host (GNU coreutils): ln -s, readlink, ls -l/-F/-L, cat, cd and
redirections following links; dangling links and loops; a link cannot lead out of the file system.
  $ cd /tmp
  $ mkdir demo && cd demo
  $ echo hello > notes.txt
  $ ln -s notes.txt link
  $ ln -s missing dangling
  $ ln -s loop-a loop-b
  $ ln -s loop-b loop-a
  $ mkdir real
  $ ln -s real dirlink
  $ ln -s ../../../../../../etc/hostname escape
  $ ls -l
  total 8
  lrwxrwxrwx 1 bigred bigred    7 Apr 23 07:25 dangling -> missing
  lrwxrwxrwx 1 bigred bigred    4 Apr 23 07:25 dirlink -> real
  lrwxrwxrwx 1 bigred bigred   30 Apr 23 07:25 escape -> ../../../../../../etc/hostname
  lrwxrwxrwx 1 bigred bigred    9 Apr 23 07:25 link -> notes.txt
  lrwxrwxrwx 1 bigred bigred    6 Apr 23 07:25 loop-a -> loop-b
  lrwxrwxrwx 1 bigred bigred    6 Apr 23 07:25 loop-b -> loop-a
  -rw-rw-r-- 1 bigred bigred    6 Apr 23 07:25 notes.txt
  drwxrwxr-x 2 bigred bigred 4096 Apr 23 07:25 real
  $ ls -F
  dangling@  dirlink@  escape@  link@  loop-a@  loop-b@  notes.txt  real/
  $ ls -lF
  total 8
  lrwxrwxrwx 1 bigred bigred    7 Apr 23 07:25 dangling -> missing
  lrwxrwxrwx 1 bigred bigred    4 Apr 23 07:25 dirlink -> real/
  lrwxrwxrwx 1 bigred bigred   30 Apr 23 07:25 escape -> ../../../../../../etc/hostname
  lrwxrwxrwx 1 bigred bigred    9 Apr 23 07:25 link -> notes.txt
  lrwxrwxrwx 1 bigred bigred    6 Apr 23 07:25 loop-a -> loop-b
  lrwxrwxrwx 1 bigred bigred    6 Apr 23 07:25 loop-b -> loop-a
  -rw-rw-r-- 1 bigred bigred    6 Apr 23 07:25 notes.txt
  drwxrwxr-x 2 bigred bigred 4096 Apr 23 07:25 real/
  $ ls -lL
  ls: cannot access 'dangling': No such file or directory
  ls: cannot access 'loop-a': Too many levels of symbolic links
  ls: cannot access 'loop-b': Too many levels of symbolic links
  total 20
  l????????? ? ?      ?         ?            ? dangling
  drwxrwxr-x 2 bigred bigred 4096 Apr 23 07:25 dirlink
  -rw-r--r-- 1 root   root      7 Apr 23 07:25 escape
  -rw-rw-r-- 1 bigred bigred    6 Apr 23 07:25 link
  l????????? ? ?      ?         ?            ? loop-a
  l????????? ? ?      ?         ?            ? loop-b
  -rw-rw-r-- 1 bigred bigred    6 Apr 23 07:25 notes.txt
  drwxrwxr-x 2 bigred bigred 4096 Apr 23 07:25 real
  $ cat link
  hello
  $ cat dangling
  cat: dangling: No such file or directory
  $ cat loop-a
  cat: loop-a: Too many levels of symbolic links
  $ readlink link dirlink
  notes.txt
  real
  $ readlink notes.txt; echo $?
  1
  $ readlink -f link
  /tmp/demo/notes.txt
  $ readlink -f dangling
  /tmp/demo/missing
  $ readlink -e dangling; echo $?
  1
  $ readlink -f escape
  /etc/hostname
  $ ln -s notes.txt link
  ln: failed to create symbolic link ‘link’: File exists
  $ ln -s notes.txt nodir/x
  ln: failed to create symbolic link ‘nodir/x’: No such file or directory
  $ ln -s a b c
  ln: target ‘c’: No such file or directory
  $ ln
  ln: missing file operand
  Try 'ln --help' for more information.
  $ ln notes.txt hard
  $ ls -l notes.txt hard
  -rw-rw-r-- 2 bigred bigred 6 Apr 23 07:25 hard
  -rw-rw-r-- 2 bigred bigred 6 Apr 23 07:25 notes.txt
  $ ln real hardreal
  ln: real: hard link not allowed for directory
  $ echo more >> link
  $ cat notes.txt
  hello
  more
  $ cd dirlink
  $ pwd
  /tmp/demo/dirlink
  $ cd ..
  $ pwd
  /tmp/demo
  $ ls -ld dirlink dirlink/
  lrwxrwxrwx 1 bigred bigred    4 Apr 23 07:25 dirlink -> real
  drwxrwxr-x 2 bigred bigred 4096 Apr 23 07:25 dirlink/
  $ echo new > dangling
  $ cat missing
  new
  $ ls dangling loop-a
  ls: cannot access 'loop-a': Too many levels of symbolic links
  dangling
  $ cd dirlink && pwd && pwd -P && cd -P . && pwd
  /tmp/demo/dirlink
  /tmp/demo/real
  /tmp/demo/real
  $ cd /tmp/demo
