A container that keeps crashing: each restart starts a new log, kubectl logs shows the current
(or, while it waits to restart, the last) run and --previous the one before it; the kubelet
keeps no older one.
  $ kubectl run db --image=postgres:17
  pod/db created
  $ kubectl run flaky --image=busybox -- sh -c 'echo "starting at $(date +%T)"; sleep 3; echo giving up; exit 3'
  pod/flaky created
  $ sleep 20
  $ kubectl get pods db flaky
  NAME    READY   STATUS             RESTARTS      AGE
  db      0/1     CrashLoopBackOff   1 (9s ago)    20s
  flaky   0/1     CrashLoopBackOff   1 (10s ago)   20s
  $ kubectl logs db
  Error: Database is uninitialized and superuser password is not specified.
         You must specify POSTGRES_PASSWORD to a non-empty value for the
         superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".
  
         You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
         connections without a password. This is *not* recommended.
  
         See PostgreSQL documentation about "trust":
         https://www.postgresql.org/docs/current/auth-trust.html
  $ kubectl logs db --previous --timestamps --tail=1
  2025-04-23T07:25:11.000000000Z        https://www.postgresql.org/docs/current/auth-trust.html
  $ kubectl logs flaky --timestamps
  2025-04-23T07:25:07.000000000Z starting at 07:25:07
  2025-04-23T07:25:10.000000000Z giving up
  $ kubectl logs flaky -p --timestamps
  2025-04-23T07:25:07.000000000Z starting at 07:25:07
  2025-04-23T07:25:10.000000000Z giving up
  $ sleep 2
  $ kubectl get pod flaky
  NAME    READY   STATUS    RESTARTS      AGE
  flaky   1/1     Running   2 (12s ago)   22s
  $ kubectl logs flaky
  starting at 07:25:21
  $ kubectl logs flaky --previous
  starting at 07:25:07
  giving up
  $ kubectl logs flaky -f
  starting at 07:25:21
  giving up
  $ kubectl get pod flaky
  NAME    READY   STATUS             RESTARTS     AGE
  flaky   0/1     CrashLoopBackOff   2 (0s ago)   24s
  $ kubectl logs flaky -p
  starting at 07:25:21
  giving up
