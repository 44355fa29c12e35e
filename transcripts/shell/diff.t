diff compares two files, a file and a directory, or two directories, as GNU diffutils does: the
plain format by default, -u for unified hunks with the files' times, -N to read a missing file
as empty. Status 0 for the same, 1 for different, 2 for trouble.
  $ printf 'alpha\nbeta\ngamma\ndelta\n' > one.txt
  $ printf 'alpha\nBETA\ngamma\ndelta\nepsilon\n' > two.txt
  $ diff one.txt two.txt
  2c2
  < beta
  ---
  > BETA
  4a5
  > epsilon
  $ echo $?
  1
  $ diff -u one.txt two.txt
  --- one.txt	2025-04-23 07:25:00.000000000 +0000
  +++ two.txt	2025-04-23 07:25:00.000000000 +0000
  @@ -1,4 +1,5 @@
   alpha
  -beta
  +BETA
   gamma
   delta
  +epsilon
  $ diff one.txt one.txt; echo $?
  0
  $ diff one.txt nothing.txt; echo $?
  diff: nothing.txt: No such file or directory
  2
  $ diff -N -u one.txt nothing.txt
  --- one.txt	2025-04-23 07:25:00.000000000 +0000
  +++ nothing.txt	1970-01-01 00:00:00.000000000 +0000
  @@ -1,4 +0,0 @@
  -alpha
  -beta
  -gamma
  -delta
  $ diff one.txt
  diff: missing operand after 'one.txt'
  diff: Try 'diff --help' for more information.
  $ mkdir a b
  $ cp one.txt a/f.txt
  $ cp two.txt b/f.txt
  $ cp one.txt a/only.txt
  $ diff a b
  diff a/f.txt b/f.txt
  2c2
  < beta
  ---
  > BETA
  4a5
  > epsilon
  Only in a: only.txt
  $ diff -u -N a b
  diff -u -N a/f.txt b/f.txt
  --- a/f.txt	2025-04-23 07:25:00.000000000 +0000
  +++ b/f.txt	2025-04-23 07:25:00.000000000 +0000
  @@ -1,4 +1,5 @@
   alpha
  -beta
  +BETA
   gamma
   delta
  +epsilon
  diff -u -N a/only.txt b/only.txt
  --- a/only.txt	2025-04-23 07:25:00.000000000 +0000
  +++ b/only.txt	1970-01-01 00:00:00.000000000 +0000
  @@ -1,4 +0,0 @@
  -alpha
  -beta
  -gamma
  -delta
  $ diff -q a b
  Files a/f.txt and b/f.txt differ
  Only in a: only.txt
  $ diff one.txt b
  diff: b/one.txt: No such file or directory
