A busybox container's own script with `until`, `break` and `continue`, the pattern removals
`${f##*/}`, `${f%/*}`, `${base%%.*}` and `${base#*.}`, `$((...))` with parentheses, a
`( ... )` subshell whose variables and `exit` stay in it, a `function NAME { ...; }` as
busybox's ash writes one, and redirections after `done` and `}` that send a whole loop's or
group's output, errors too with `2>&1`, to a file of its emptyDir instead of the log. The log
matches busybox sh 1.35 running the same script, byte for byte.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: loop-demo
  > spec:
  >   containers:
  >   - name: main
  >     image: busybox
  >     volumeMounts:
  >     - name: data
  >       mountPath: /data
  >     command:
  >     - sh
  >     - -c
  >     - |
  >       function greet { echo "hello from $1"; }
  >       greet "${HOSTNAME%%-*}"
  >       tries=0
  >       until [ $tries -ge 3 ]; do
  >         tries=$((tries + 1))
  >         echo "try $tries"
  >         sleep 1
  >       done
  >       for f in /etc/app/app.conf.tpl /var/log/web.log.1 archive.tar.gz; do
  >         base=${f##*/}
  >         echo "$base: dir=${f%/*} stem=${base%%.*} ext=${base#*.} (${#base} chars)"
  >       done
  >       n=0
  >       while true; do
  >         n=$((n + 1))
  >         [ $((n % 2)) -eq 0 ] && continue
  >         [ $n -gt 7 ] && break
  >         echo "odd $n: $(( (n + 1) * (n - 1) / 2 ))"
  >       done
  >       (level=inner; echo "in a subshell: $level"; exit 3)
  >       echo "subshell status $?, level ${level:-unset}"
  >       for i in 1 2 3; do echo "line $i"; done > /data/lines.txt
  >       { echo out; echo err >&2; } > /data/both.txt 2>&1
  >       echo done
  >       sleep 3600
  >   volumes:
  >   - name: data
  >     emptyDir: {}
  > EOF
  pod/loop-demo created
  $ sleep 15
  $ kubectl logs loop-demo
  hello from loop
  try 1
  try 2
  try 3
  app.conf.tpl: dir=/etc/app stem=app ext=conf.tpl (12 chars)
  web.log.1: dir=/var/log stem=web ext=log.1 (9 chars)
  archive.tar.gz: dir=archive.tar.gz stem=archive ext=tar.gz (14 chars)
  odd 1: 0
  odd 3: 4
  odd 5: 12
  odd 7: 24
  in a subshell: inner
  subshell status 3, level unset
  done
  $ kubectl exec loop-demo -- cat /data/lines.txt /data/both.txt
  line 1
  line 2
  line 3
  out
  err
dash, nginx's `sh`, has no `function` keyword: it reads `function greet {` as a command's words,
so the `}` that closes the line is a syntax error, reported before the line runs, and the
shell ends with 2; bash in the same image takes it. Compared with dash 0.5.12 and bash 5.2.15.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: keyword-dash
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: nginx
  >     command: ["sh", "-c", "echo start\nfunction greet { echo \"hi $1\"; }\ngreet you"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: keyword-bash
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: nginx
  >     command: ["bash", "-c", "echo start\nfunction greet { echo \"hi $1\"; }\ngreet you"]
  > EOF
  pod/keyword-dash created
  pod/keyword-bash created
  $ sleep 20
  $ kubectl logs keyword-dash
  start
  sh: 2: Syntax error: "}" unexpected
  $ kubectl logs keyword-bash
  start
  hi you
  $ kubectl get pods keyword-dash keyword-bash
  NAME           READY   STATUS      RESTARTS   AGE
  keyword-dash   0/1     Error       0          20s
  keyword-bash   0/1     Completed   0          20s
