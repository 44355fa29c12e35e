`exec` with a program runs it in the shell's place: when it ends, the shell is gone, and so is
the lab's session, as a login shell's terminal closes. A name that is no program is refused and
the interactive shell goes on; `exec` alone does nothing. `exec` is bash's, not kubectl's: at
the host prompt a bare `exec` never reaches `kubectl exec`.
  $ exec
  $ echo $?
  0
  $ exec get pods; echo $?
  bash: exec: get: not found
  127
  $ exec -x
  bash: exec: -x: invalid option
  exec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]
  $ exec echo "last words"
  last words
