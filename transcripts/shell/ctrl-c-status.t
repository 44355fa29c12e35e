Ctrl-C at the prompt abandons the line being typed, and the shell reading the lines sets $? to
130 (128 + SIGINT), as bash 5.2, dash and busybox sh do: at the host, and in a pod's shell.
  $ false
  $ ^C
  $ echo $?
  130
  $ echo "unfinished
  > ^C
  $ echo $?
  130
  $ kubectl run box --image=busybox --restart=Never -- sleep 3600
  pod/box created
  $ kubectl wait --for=condition=Ready pod/box
  pod/box condition met
  $ kubectl exec -it box -- sh
  $ ^C
  $ echo $?
  130
  $ exit
  $ echo $?
  0
