A container's own shell script with functions, `case`, backquotes and an assignment before
a command: `log` and `role` take their arguments as `$1` and `$*`, `return 3` is the `$?` the
caller sees, `LEVEL=debug printenv LEVEL` sets LEVEL for printenv alone, and `set -u` makes the
unset TARGET an error. The shell writes that error on its standard error, which the log keeps
beside the standard output, and exits with 2 (busybox sh and dash) or 127 (bash), so a
`restartPolicy: Never` pod ends in Error. Each shell words the error its own way.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: roles
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: busybox
  >     command:
  >     - sh
  >     - -c
  >     - |
  >       log() { echo "[`date +%H:%M:%S`] $*"; }
  >       role() {
  >         case $1 in
  >           web-*|api-*) echo frontend ;;
  >           db-[0-9]*) echo database ;;
  >           *) return 3 ;;
  >         esac
  >       }
  >       for name in web-1 db-2 cache; do
  >         if r=$(role $name); then log "$name is $r"; else log "$name: no role ($?)"; fi
  >         sleep 1
  >       done
  >       LEVEL=debug printenv LEVEL
  >       echo "LEVEL after: ${LEVEL:-unset}"
  >       set -u
  >       log "target is $TARGET"
  >       log never
  > EOF
  pod/roles created
  $ sleep 10
  $ kubectl logs roles
  [07:25:02] web-1 is frontend
  [07:25:03] db-2 is database
  [07:25:04] cache: no role (3)
  debug
  LEVEL after: unset
  sh: TARGET: parameter not set
  $ kubectl get pod roles
  NAME    READY   STATUS   RESTARTS   AGE
  roles   0/1     Error    0          10s
  $ kubectl get pod roles -o jsonpath='{.status.containerStatuses[0].state.terminated.exitCode}{"\n"}'
  2
The same error from dash (nginx's sh, with the line) and bash (`line N`, and exit status 127).
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: unset-dash
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: nginx
  >     command: ["sh", "-c", "set -u\necho \"first at `date +%s`\"\necho \"then $TARGET\""]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: unset-bash
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: main
  >     image: bash
  >     command: ["bash", "-c", "set -u\necho \"first at `date +%s`\"\necho \"then $TARGET\""]
  > EOF
  pod/unset-dash created
  pod/unset-bash created
  $ sleep 30
  $ kubectl logs unset-dash
  first at 1745393116
  sh: 3: TARGET: parameter not set
  $ kubectl logs unset-bash
  first at 1745393113
  bash: line 3: TARGET: unbound variable
  $ kubectl get pods unset-dash unset-bash
  NAME         READY   STATUS   RESTARTS   AGE
  unset-dash   0/1     Error    0          30s
  unset-bash   0/1     Error    0          30s
  $ kubectl get pod unset-bash -o jsonpath='{.status.containerStatuses[0].state.terminated.exitCode}{"\n"}'
  127
