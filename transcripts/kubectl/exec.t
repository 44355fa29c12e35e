kubectl exec gives the command a terminal only with -it. Without one, what it prints goes down a
pipe, so ls prints one name a line, as it does into `| cat`. Its stdin is kubectl's only with -i.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 30
  $ kubectl exec box -- ls /
  bin
  dev
  etc
  proc
  root
  tmp
  usr
  var
  $ kubectl exec -it box -- ls /
  bin  dev  etc  proc  root  tmp	usr  var
  $ kubectl exec -t box -- ls /
  bin
  dev
  etc
  proc
  root
  tmp
  usr
  var
  $ echo hello | kubectl exec box -- cat
  $ echo hello | kubectl exec -i box -- cat
  hello
  $ printf 'one\ntwo\n' | kubectl exec -i web -- wc -l
  2

A shell reads its commands from a piped stdin, or runs the script after -c:
  $ printf 'echo $HOSTNAME\nls /etc\n' | kubectl exec -i box -- sh
  box
  group
  hostname
  hosts
  passwd
  resolv.conf
  $ kubectl exec web -- sh -c 'echo hi > /tmp/note; cat /tmp/note'
  hi
  $ kubectl exec web -- cat /tmp/note
  hi
  $ kubectl exec web -- bash -c 'exit 3'; echo $?
  command terminated with exit code 3
  3
  $ kubectl exec box -- bash
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "6fde42fcca5e3c6681250847acdfb93b06945828241f51ff42465327c0e4e476": OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown
  $ kubectl exec goweb -- sh
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "52a11fc24b1c6c830cafa9a0284317833d3717314f786e4acc58792ec7d21313": OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown

With -it a shell opens at the prompt, as the image's shell shows it: busybox's ash, Debian's
bash (or dash as sh); `exit` comes back to the host. Input piped into -it is no terminal.
  $ kubectl exec -it box -- sh
  $ cd /tmp
  $ echo made here > made.txt
  $ exit
  $ kubectl exec box -- cat /tmp/made.txt
  made here
  $ kubectl exec -it web -- bash
  $ hostname
  web
  $ exit
  exit
  $ kubectl exec -it web -- sh
  $ exit
  $ echo 'ls /tmp' | kubectl exec -it box -- sh
  Unable to use a TTY - input is not a terminal or the right kind of file
  made.txt
