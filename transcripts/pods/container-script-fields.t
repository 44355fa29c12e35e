A container's shell splits what an unquoted `$(...)` or `$VAR` gives into words at IFS, as
busybox sh, dash and bash all do; quoted, it stays one word. `set --` makes the words the
positional parameters. An unquoted pattern matches the files of the volumes the container
mounts, and one that matches nothing stays as written.
  $ kubectl create configmap words --from-literal=a.txt=alpha --from-literal=b.txt=beta
  configmap/words created
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: fields
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: busybox
  >     command:
  >     - sh
  >     - -c
  >     - |
  >       for f in $(seq 3); do echo "count $f"; done
  >       echo $(printf 'a   b') "$(printf 'a   b')"
  >       set -- $(date)
  >       echo "$# words; the year is $6"
  >       for f in /etc/words/*.txt /etc/words/*.conf; do echo "$f"; done
  >       for f in /etc/words/*; do echo "$(cat $f)"; done
  >       IFS=,; list="x,,y"; for w in $list; do echo "[$w]"; done
  >     volumeMounts:
  >     - name: words
  >       mountPath: /etc/words
  >   volumes:
  >   - name: words
  >     configMap:
  >       name: words
  > EOF
  pod/fields created
  $ sleep 30
  $ kubectl logs fields
  count 1
  count 2
  count 3
  a b a   b
  6 words; the year is 2025
  /etc/words/a.txt
  /etc/words/b.txt
  /etc/words/*.conf
  alpha
  beta
  [x]
  []
  [y]
  $ kubectl get pod fields
  NAME     READY   STATUS      RESTARTS   AGE
  fields   0/1     Completed   0          30s
The same in dash, nginx's sh, and in bash, where `$@` quoted keeps each parameter whole.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: fields-dash
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: nginx
  >     command: ["sh", "-c", "x='one  two'; for w in $x; do echo \"[$w]\"; done; for w in \"$x\"; do echo \"[$w]\"; done"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: fields-bash
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: nginx
  >     command: ["bash", "-c", "set -- a 'b c'; echo $#; for i in \"$@\"; do echo \"<$i>\"; done; for i in $*; do echo \"($i)\"; done", "script"]
  > EOF
  pod/fields-dash created
  pod/fields-bash created
  $ sleep 30
  $ kubectl logs fields-dash
  [one]
  [two]
  [one  two]
  $ kubectl logs fields-bash
  2
  <a>
  <b c>
  (a)
  (b)
  (c)
