A container's log is the bytes it wrote: a last line without a newline (`printf hello`) is
logged as a partial line once the process ends, and `kubectl logs` prints it as it is, with no
newline added, with `--timestamps` and `--prefix` too. While the process runs, the runtime waits
for the line's end, so nothing of it shows yet.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: printf-hello
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: busybox
  >     command: ["printf", "hello"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: two-lines
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: busybox
  >     command: ["sh", "-c", "printf 'first\nsecond'; echo -n ' and more'"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: still-waiting
  > spec:
  >   containers:
  >   - name: main
  >     image: busybox
  >     command: ["sh", "-c", "echo begun; printf 'waiting...'; sleep 3600; echo done"]
  > EOF
  pod/printf-hello created
  pod/two-lines created
  pod/still-waiting created
  $ sleep 30
  $ kubectl logs printf-hello
  hello (no-eol)
  $ kubectl logs printf-hello | od -c
  0000000   h   e   l   l   o
  0000005
  $ kubectl logs two-lines
  first
  second and more (no-eol)
  $ kubectl logs two-lines --timestamps
  2025-04-23T07:25:02.000000000Z first
  2025-04-23T07:25:02.000000000Z second and more (no-eol)
  $ kubectl logs two-lines --prefix
  [pod/two-lines/main] first
  [pod/two-lines/main] second and more (no-eol)
  $ kubectl logs still-waiting
  begun
  $ kubectl get pods
  NAME            READY   STATUS      RESTARTS   AGE
  goweb           1/1     Running     0          95m
  printf-hello    0/1     Completed   0          30s
  still-waiting   1/1     Running     0          30s
  two-lines       0/1     Completed   0          30s
