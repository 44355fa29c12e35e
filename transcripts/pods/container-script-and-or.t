A container's own shell script with `&&` and `||`: the right-hand command runs only as the
left one's exit status says, `$?` and `!` follow each command, and the container exits with the
status of the last command it ran, which makes a `restartPolicy: Never` pod Completed or Error.
busybox's sh is ash and its cat and ls are busybox's; nginx's sh is dash with GNU coreutils.
  $ kubectl create configmap script-config --from-literal=x='hello from x'
  configmap/script-config created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: and-or-found
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: busybox
  >     command: ["sh", "-c", "cat /etc/config/x && echo ok || echo failed"]
  >     volumeMounts:
  >     - name: config
  >       mountPath: /etc/config
  >   volumes:
  >   - name: config
  >     configMap:
  >       name: script-config
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: and-or-missing
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: busybox
  >     command: ["sh", "-c", "cat /etc/config/y && echo ok || echo failed"]
  >     volumeMounts:
  >     - name: config
  >       mountPath: /etc/config
  >   volumes:
  >   - name: config
  >     configMap:
  >       name: script-config
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: and-only-missing
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: busybox
  >     command: ["sh", "-c", "echo start; cat /etc/config/y && echo ok"]
  >     volumeMounts:
  >     - name: config
  >       mountPath: /etc/config
  >   volumes:
  >   - name: config
  >     configMap:
  >       name: script-config
  > EOF
  pod/and-or-found created
  pod/and-or-missing created
  pod/and-only-missing created
  $ sleep 30
  $ kubectl logs and-or-found
  hello from xok
  $ kubectl logs and-or-missing
  cat: can't open '/etc/config/y': No such file or directory
  failed
  $ kubectl logs and-only-missing
  start
  cat: can't open '/etc/config/y': No such file or directory
  $ kubectl get pods
  NAME               READY   STATUS      RESTARTS   AGE
  and-only-missing   0/1     Error       0          30s
  and-or-found       0/1     Completed   0          30s
  and-or-missing     0/1     Completed   0          30s
  goweb              1/1     Running     0          95m
  $ kubectl get pod and-only-missing -o jsonpath='{.status.containerStatuses[0].state.terminated.exitCode}{"\n"}'
  1
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: statuses
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: nginx
  >     command:
  >     - sh
  >     - -c
  >     - |
  >       false || echo recovered
  >       true && false || echo either
  >       echo "status $?"
  >       ! true
  >       echo "not $?"
  >       [ -f /etc/config/x ] && echo present
  >       ls /etc/config/none || echo "ls said $?"
  >       false &&
  >         echo never
  >       exit 3
  >     volumeMounts:
  >     - name: config
  >       mountPath: /etc/config
  >   volumes:
  >   - name: config
  >     configMap:
  >       name: script-config
  > EOF
  pod/statuses created
  $ sleep 30
  $ kubectl logs statuses
  recovered
  either
  status 0
  not 1
  present
  ls: cannot access '/etc/config/none': No such file or directory
  ls said 2
  $ kubectl get pod statuses
  NAME       READY   STATUS   RESTARTS   AGE
  statuses   0/1     Error    0          30s
