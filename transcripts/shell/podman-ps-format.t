podman ps's flags: -q IDs, --no-trunc, --format Go templates (with podman's functions; `table`
turns spaces into columns and adds the header row; other templates print as they are), --format
json, --filter (name regex, status, exited, before/since), --last/--latest and --sort. A status
filter, like -a, lists stopped containers too.
  $ docker ps -q
  857bbe4422c0
  8504cc6d6722
  6b1fdced9b95
  $ docker ps --format 'table {{.Names}} {{.Status}} {{.Networks}}'
  NAMES               STATUS      NETWORKS
  tk8s-control-plane  Up 7 hours  tk8s
  tk8s-worker1        Up 7 hours  tk8s
  tk8s-worker2        Up 7 hours  tk8s
  $ docker ps --format '{{.Names}}\t{{.Image}}' --noheading
  tk8s-control-plane	quay.io/cloudwalker/taroko:v1.32.2
  tk8s-worker1	quay.io/cloudwalker/taroko:v1.32.2
  tk8s-worker2	quay.io/cloudwalker/taroko:v1.32.2
  $ docker ps --format '{{upper .State}} {{join (split .Names "-") "+"}} {{json .Mounts}}'
  RUNNING tk8s+control+plane ["/opt/zfs","/opt/wulin"]
  RUNNING tk8s+worker1 ["/opt/zfs","/opt/wulin"]
  RUNNING tk8s+worker2 ["/opt/zfs","/opt/wulin"]
  $ docker ps --filter name=worker --format '{{.ID}} {{.Names}}' --no-trunc
  8504cc6d67227edb5ac5f1d96548dea83d5e1d4a3a3913b8ff938876b990f88a tk8s-worker1
  6b1fdced9b95757f7e2e0814675c5f98c916ada664937ddc7074ecd4c6f29dd4 tk8s-worker2
  $ sudo podman stop tk8s-worker2
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker2 in 10 seconds, resorting to SIGKILL
  tk8s-worker2
  $ docker ps --format 'table {{.Names}} {{.Status}}'
  NAMES               STATUS
  tk8s-control-plane  Up 7 hours
  tk8s-worker1        Up 7 hours
  $ docker ps -f status=exited -f exited=137 --format '{{.Names}} {{.ExitCode}} {{.State}}'
  tk8s-worker2 137 exited
  $ docker ps -a --sort names --format '{{.Names}}'
  tk8s-control-plane
  tk8s-worker1
  tk8s-worker2
  $ docker ps -l --format '{{.Names}}'
  tk8s-worker2
  $ docker ps --format json | jq -r '.[] | .Names[0] + " " + .State'
  tk8s-control-plane running
  tk8s-worker1 running
  $ docker ps -f status=sleeping
  Error: unknown container state: sleeping: invalid argument
  $ docker ps -f color=red
  Error: color is an invalid filter
  $ docker ps --sort age
  Error: invalid argument "age" for "--sort" flag: "age" is not a valid value.  Choose from: "command, created, id, image, names, runningfor, size, status"
  See 'podman ps --help'
  $ docker ps tk8s-worker1
  Error: `podman ps` takes no arguments
