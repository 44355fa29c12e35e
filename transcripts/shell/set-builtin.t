set is bash's builtin, not `kubectl set`: -x traces each command on standard error after PS4
(one more `+` inside a command substitution), -e leaves a shell on a failing command that is
not being tested, -o pipefail lets a failing stage fail the pipeline, set -o lists the options.
type prints a function back as bash formats it. A script's missing command names the script
and the line.
  $ set -x
  $ echo "a b" $(echo sub) | tr a-z A-Z
  ++ echo sub
  + echo 'a b' sub
  + tr a-z A-Z
  A B SUB
  $ x=1
  + x=1
  $ set +x
  + set +x
  $ set -o | grep -E 'errexit|pipefail|xtrace'
  errexit        	off
  pipefail       	off
  xtrace         	off
  $ set -o pipefail; false | true; echo $?
  1
  $ set +o pipefail; false | true; echo $?
  0
  $ bash -c 'set -e; echo one; false; echo two'; echo $?
  one
  1
  $ set -q
  bash: set: -q: invalid option
  set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]
  $ set -o nosuch
  bash: set: nosuch: invalid option name
  $ set -- a b c; echo $# $2
  3 b
  $ f() { for i in 1 2; do echo $i; done | grep 2 && echo found; }
  $ type f
  f is a function
  f () 
  { 
      for i in 1 2;
      do
          echo $i;
      done | grep 2 && echo found
  }
  $ printf 'echo start\n\nkubctl get pods\necho end\n' > check.sh
  $ bash check.sh
  start
  check.sh: line 3: kubctl: command not found
  end
  $ chmod +x check.sh; ./check.sh
  start
  ./check.sh: line 3: kubctl: command not found
  end
  $ bash -c 'true; nosuch'
  bash: line 1: nosuch: command not found
  $ kubectl set image deploy/nosuch nginx=nginx:1.27
  Error from server (NotFound): deployments.apps "nosuch" not found
