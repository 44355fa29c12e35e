kubectl logs reads what a container wrote: an image's own startup lines, or what its command
prints, stamped with the lab's clock. A restarted container starts a new log and keeps the
previous one for --previous.
  $ kubectl logs -n kube-system coredns-66967f4c59-sc4gn
  .:53
  CoreDNS-1.11.3
  linux/amd64, go1.21.11, a6338e9
  $ kubectl logs -n kube-system deploy/coredns
  Found 2 pods, using pod/coredns-66967f4c59-sc4gn
  .:53
  CoreDNS-1.11.3
  linux/amd64, go1.21.11, a6338e9
  $ kubectl logs -n kube-system canal-9dc5v --tail=1
  Defaulted container "calico-node" out of: calico-node, kube-flannel
  $ kubectl logs -n kube-system coredns-66967f4c59-sc4gn --previous --timestamps
  2025-04-22T08:05:02.000000000Z .:53
  2025-04-22T08:05:02.000000000Z CoreDNS-1.11.3
  2025-04-22T08:05:02.000000000Z linux/amd64, go1.21.11, a6338e9
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl logs web
  Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating
  $ sleep 10
  $ kubectl logs web
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
  $ kubectl logs web --tail=2 --timestamps
  2025-04-23T07:25:06.000000000Z 2025/04/23 07:25:06 [notice] 1#1: start worker process 31
  2025-04-23T07:25:06.000000000Z 2025/04/23 07:25:06 [notice] 1#1: start worker process 32
  $ sleep 60
  $ kubectl logs pod/web --since=65s --tail=3
  2025/04/23 07:25:06 [notice] 1#1: start worker process 30
  2025/04/23 07:25:06 [notice] 1#1: start worker process 31
  2025/04/23 07:25:06 [notice] 1#1: start worker process 32
  $ kubectl logs pod/web --since=1m
  $ kubectl logs web --since-time=2025-04-23T07:25:00Z --tail=1 --prefix
  [pod/web/web] 2025/04/23 07:25:06 [notice] 1#1: start worker process 32
  $ kubectl logs web -p
  Error from server (BadRequest): previous terminated container "web" in pod "web" not found
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: counter
  > spec:
  >   containers:
  >   - name: count
  >     image: busybox:1.36
  >     args: [/bin/sh, -c, 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done']
  >   - name: tick
  >     image: busybox:1.36
  >     command: [sh, -c, 'while true; do date +%T; sleep 5; done']
  > EOF
  pod/counter created
  $ sleep 12
  $ kubectl logs counter --tail=3
  Defaulted container "count" out of: count, tick
  8: Wed Apr 23 07:26:20 UTC 2025
  9: Wed Apr 23 07:26:21 UTC 2025
  10: Wed Apr 23 07:26:22 UTC 2025
  $ kubectl logs counter -c tick
  07:26:12
  07:26:17
  07:26:22
  $ kubectl logs counter tick --since=6s
  07:26:17
  07:26:22
  $ kubectl logs counter --all-containers --prefix --tail=2
  [pod/counter/count] 9: Wed Apr 23 07:26:21 UTC 2025
  [pod/counter/count] 10: Wed Apr 23 07:26:22 UTC 2025
  [pod/counter/tick] 07:26:17
  [pod/counter/tick] 07:26:22
  $ kubectl logs counter -c tick -f --tail=1
  07:26:22
  07:26:27
  07:26:32
  07:26:37
  07:26:42
  07:26:47
  07:26:52
  07:26:57
  07:27:02
  07:27:07
  07:27:12
  07:27:17
  07:27:22
  $ kubectl logs -l run=web
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
  $ kubectl create deployment beat --image=busybox --replicas=2 -- sh -c 'while true; do echo "$HOSTNAME $(date +%T)"; sleep 20; done'
  deployment.apps/beat created
  $ sleep 30
  $ kubectl logs -l app=beat -f --prefix --tail=1
  [pod/beat-65466664b6-7vpqq/busybox] beat-65466664b6-7vpqq 07:27:44
  [pod/beat-65466664b6-mhtlv/busybox] beat-65466664b6-mhtlv 07:27:44
  [pod/beat-65466664b6-7vpqq/busybox] beat-65466664b6-7vpqq 07:28:04
  [pod/beat-65466664b6-mhtlv/busybox] beat-65466664b6-mhtlv 07:28:04
  [pod/beat-65466664b6-7vpqq/busybox] beat-65466664b6-7vpqq 07:28:24
  [pod/beat-65466664b6-mhtlv/busybox] beat-65466664b6-mhtlv 07:28:24
  [pod/beat-65466664b6-7vpqq/busybox] beat-65466664b6-7vpqq 07:28:44
  [pod/beat-65466664b6-mhtlv/busybox] beat-65466664b6-mhtlv 07:28:44
  $ kubectl logs -l app=beat -f --max-log-requests=1
  error: you are attempting to follow 2 log streams, but maximum allowed concurrency is 1, use --max-log-requests to increase the limit
  $ kubectl logs -l run=nobody
  No resources found in default namespace.
  $ kubectl run once --image=busybox --restart=Never -- printf 'one\ntwo\n'
  pod/once created
  $ sleep 10
  $ kubectl logs once
  one
  two
  $ kubectl logs once -f
  one
  two
  $ kubectl logs nosuch
  error: error from server (NotFound): pods "nosuch" not found in namespace "default"
  $ kubectl logs deploy/nosuch
  error: error from server (NotFound): deployments.apps "nosuch" not found in namespace "default"
  $ kubectl logs web -c nosuch
  error: container nosuch is not valid for pod web
  $ kubectl logs web nginx -c web
  error: only one of -c or an inline [CONTAINER] arg is allowed
  $ kubectl logs nosuch nginx -c web
  error: error from server (NotFound): pods "nosuch" not found in namespace "default"
  $ kubectl logs web --since-time=yesterday
  error: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"
  $ kubectl logs counter --all-containers -c tick
  error: --all-containers=true should not be specified with container name tick
  $ kubectl logs web --since=5s --since-time=2025-04-23T07:25:00Z
  error: at most one of `sinceTime` or `sinceSeconds` may be specified
  $ kubectl logs web --since=5
  error: invalid argument "5" for "--since" flag: time: missing unit in duration "5"
  See 'kubectl logs --help' for usage.
  $ kubectl logs web --tail=-2
  error: --tail must be greater than or equal to -1
  $ kubectl logs web -l run=web
  error: only a selector (-l) or a POD name is allowed
  See 'kubectl logs -h' for help and examples
  $ kubectl logs
  error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
  POD or TYPE/NAME is a required argument for the logs command
  See 'kubectl logs -h' for help and examples
  $ kubectl logs node/tk8s-worker1
  error: cannot get the logs from *v1.Node: selector for *v1.Node not implemented
  $ kubectl logs -n kube-system svc/kube-dns --tail=1
  Found 2 pods, using pod/coredns-66967f4c59-sc4gn
  linux/amd64, go1.21.11, a6338e9
  $ kubectl run late --image=nginx:1.27.4
  pod/late created
  $ kubectl logs late
  Error from server (BadRequest): container "late" in pod "late" is waiting to start: ContainerCreating
  $ sleep 10
  $ kubectl logs late --tail=9
  2025/04/23 07:29:08 [notice] 1#1: nginx/1.27.4
  2025/04/23 07:29:08 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) 
  2025/04/23 07:29:08 [notice] 1#1: OS: Linux 6.8.0-57-generic
  2025/04/23 07:29:08 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
  2025/04/23 07:29:08 [notice] 1#1: start worker processes
  2025/04/23 07:29:08 [notice] 1#1: start worker process 29
  2025/04/23 07:29:08 [notice] 1#1: start worker process 30
  2025/04/23 07:29:08 [notice] 1#1: start worker process 31
  2025/04/23 07:29:08 [notice] 1#1: start worker process 32
  $ kubectl run nopull --image=nginx:0.0.0
  pod/nopull created
  $ sleep 5
  $ kubectl logs nopull
  Error from server (BadRequest): container "nopull" in pod "nopull" is waiting to start: trying and failing to pull image
  $ kubectl attach web
  If you don't see a command prompt, try pressing enter.
  $ kubectl attach web -c nosuch
  error: cannot attach to the container: container nosuch not found in pod web
  $ kubectl attach nosuch
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl attach
  error: at least 1 argument is required for attach
  $ kubectl attach once
  error: cannot attach a container in a completed pod; current phase is Succeeded
Inside a container, `date` reads the same clock the logs are stamped with.
  $ kubectl exec counter -c tick -- date +%T
  07:30:17
  $ date +%T
  07:30:17
