bash counts how deep it is in SHLVL: one more as each bash starts. A program that takes a
shell process's place gets the level before, so a shell it starts looks as deep as the one it
replaced. bash takes the fork out of the last simple command of `bash -c`'s string, of `$(...)`
and of `( ... )` (a lone command there even with redirections), and of a simple command put in
the background; `exec` does the same, except inside `( ... )`, which counts as a level of its
own. A pipeline's stages are forked and keep the level. In a script, `LIST &` runs in a
subshell reading nothing, and `$?` is 0.
  $ printenv SHLVL; (printenv SHLVL); (printenv SHLVL 2>/dev/null)
  1
  0
  0
  $ bash -c 'exec printenv SHLVL'
  1
  $ bash -c '(exec printenv SHLVL)'
  2
  $ bash -c '(true; printenv SHLVL); (printenv SHLVL; true)'
  1
  2
  $ bash -c 'x=$(printenv SHLVL); y=$(printenv SHLVL 2>/dev/null); echo $x $y'
  1 2
  $ bash -c '(x=$(exec printenv SHLVL); echo $x); echo $(exec printenv SHLVL)'
  2
  1
  $ bash -c '(printenv SHLVL) | cat; exec printenv SHLVL | cat; (exec printenv SHLVL) | cat'
  1
  1
  2
  $ bash -c 'printenv SHLVL & wait; true && printenv SHLVL & wait'
  1
  2
  $ bash -c 'true & printenv SHLVL'
  2
  $ bash -c 'true & true; printenv SHLVL'
  1
  $ bash -c '(exec bash -c "printenv SHLVL"); (bash -c "printenv SHLVL")'
  2
  1
  $ bash -c 'cd / & wait; pwd; false & echo $?; x=1 & echo ${x-unset}'
  /home/bigred
  0
  unset
  $ echo typed | bash -c 'cat & wait; cat'
  typed
