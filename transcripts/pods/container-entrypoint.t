What a container runs, by Kubernetes' rules over its image's ENTRYPOINT and CMD: `command`
replaces the ENTRYPOINT and drops the CMD; `args` alone replace the CMD and run under the
ENTRYPOINT. nginx's ENTRYPOINT, /docker-entrypoint.sh, prints its lines only when its first
argument is nginx or nginx-debug, then execs its arguments; busybox has no ENTRYPOINT, so args
alone are the command. The bash image's entrypoint runs bash with arguments that are options.
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: nginx-args
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx
  >     args: ["nginx", "-g", "daemon off;"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: nginx-command
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx
  >     command: ["nginx", "-g", "daemon off;"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: nginx-script
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: web
  >     image: nginx
  >     args: ["sh", "-c", "echo $0 runs with $# arguments: $*", "hello", "a", "b"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: busybox-args
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: box
  >     image: busybox
  >     args: ["echo", "no entrypoint here"]
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: bash-options
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: sh
  >     image: bash
  >     args: ["-c", "echo $0 was given $# argument: $1; exit 4", "script", "x"]
  > EOF
  pod/nginx-args created
  pod/nginx-command created
  pod/nginx-script created
  pod/busybox-args created
  pod/bash-options created
  $ sleep 30
  $ kubectl logs nginx-args
  /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
  /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
  /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
  10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
  10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
  /docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
  /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
  /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
  /docker-entrypoint.sh: Configuration complete; ready for start up
  2025/04/23 07:25:06 [notice] 1#1: using the "epoll" event method
  2025/04/23 07:25:06 [notice] 1#1: nginx/1.27.5
  2025/04/23 07:25:06 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) 
  2025/04/23 07:25:06 [notice] 1#1: OS: Linux 6.8.0-57-generic
  2025/04/23 07:25:06 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
  2025/04/23 07:25:06 [notice] 1#1: start worker processes
  2025/04/23 07:25:06 [notice] 1#1: start worker process 29
  2025/04/23 07:25:06 [notice] 1#1: start worker process 30
  2025/04/23 07:25:06 [notice] 1#1: start worker process 31
  2025/04/23 07:25:06 [notice] 1#1: start worker process 32
  $ kubectl logs nginx-command
  2025/04/23 07:25:06 [notice] 1#1: using the "epoll" event method
  2025/04/23 07:25:06 [notice] 1#1: nginx/1.27.5
  2025/04/23 07:25:06 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) 
  2025/04/23 07:25:06 [notice] 1#1: OS: Linux 6.8.0-57-generic
  2025/04/23 07:25:06 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
  2025/04/23 07:25:06 [notice] 1#1: start worker processes
  2025/04/23 07:25:06 [notice] 1#1: start worker process 29
  2025/04/23 07:25:06 [notice] 1#1: start worker process 30
  2025/04/23 07:25:06 [notice] 1#1: start worker process 31
  2025/04/23 07:25:06 [notice] 1#1: start worker process 32
  $ kubectl logs nginx-script
  hello runs with 2 arguments: a b
  $ kubectl logs busybox-args
  no entrypoint here
  $ kubectl logs bash-options
  script was given 1 argument: x
  $ kubectl get pods
  NAME            READY   STATUS      RESTARTS   AGE
  bash-options    0/1     Error       0          30s
  busybox-args    0/1     Completed   0          30s
  goweb           1/1     Running     0          95m
  nginx-args      1/1     Running     0          30s
  nginx-command   1/1     Running     0          30s
  nginx-script    0/1     Completed   0          30s
