A script is a file of commands: `./hello.sh` runs it when it is executable and starts with a
`#!` line naming bash or sh (or none), `bash FILE` and `sh -c` run one without that, each in a
subshell of its own, so its `cd` does not move the prompt and its `exit` ends only the script.
`source` (or `.`) runs a file in the shell itself. `bash ~/tk/bin/kto` runs the text the file
holds, the notes' excerpt of kto, which stops at its first check without its configuration (run
by name, kto says what it would do instead: kcn-kto.t).
  $ cat > hello.sh <<'EOF'
  > #!/bin/bash
  > echo "hi $1 from $0"
  > cd /tmp
  > exit 3
  > EOF
  $ ./hello.sh
  bash: ./hello.sh: Permission denied
  $ chmod +x hello.sh
  $ ./hello.sh world; echo $?; pwd
  hi world from ./hello.sh
  3
  /home/bigred
  $ bash hello.sh there
  hi there from hello.sh
  $ sh -c 'echo $0 $1' named first
  named first
  $ echo 'echo read from $0' | bash
  read from bash
  $ bash nosuch.sh; echo $?
  bash: nosuch.sh: No such file or directory
  127
  $ printf 'GREETING=hello\ncd /opt\n' > env.sh
  $ source env.sh; echo $GREETING; pwd
  hello
  /opt
  $ . nosuch; echo $?
  bash: nosuch: No such file or directory
  1
  $ cd; bash ~/tk/bin/kto; echo $?
  ~/tk/conf/.conf not found
  1
  $ sudo podman exec tk8s-worker1 bash -c 'echo $0 in $(hostname)'
  bash in tk8s-worker1
`bash` typed at the prompt starts a shell that reads the next lines typed, until its `exit`.
  $ bash
  > cd /tmp; echo in $0 at $PWD
  > exit 4
  in bash at /tmp
  $ echo back at $PWD with $?
  back at /home/bigred with 4
