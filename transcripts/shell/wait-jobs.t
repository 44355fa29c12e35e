`wait` and `jobs` are bash builtins, not kubectl verbs. With no job started (`&`), `wait` returns
at once, `jobs` lists nothing, and a job or process named to them is one the shell does not have.
  $ wait; echo $?
  0
  $ jobs; echo $?
  0
  $ wait %1; echo $?
  bash: wait: %1: no such job
  127
  $ wait 4242; echo $?
  bash: wait: pid 4242 is not a child of this shell
  127
  $ wait now; echo $?
  bash: wait: `now': not a pid or valid job spec
  1
  $ jobs %2; echo $?
  bash: jobs: %2: no such job
  1
  $ type wait jobs
  wait is a shell builtin
  jobs is a shell builtin
