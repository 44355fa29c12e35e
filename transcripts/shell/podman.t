podman on the host. The node containers are root's (kcn creates them with `sudo podman run`),
so the learner's rootless podman lists none; `sudo podman` and the lab's `docker` see them.
Names are printed as given; an unknown one fails before anything is stopped.
  $ podman ps
  CONTAINER ID  IMAGE       COMMAND     CREATED     STATUS      PORTS       NAMES
  $ podman stop tk8s-worker1
  Error: no container with name or ID "tk8s-worker1" found: no such container
  $ echo $?
  125
  $ sudo podman ps
  CONTAINER ID  IMAGE                               COMMAND     CREATED       STATUS      PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours              tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours              tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours              tk8s-worker2
  $ sudo podman stop tk8s-worker1 tk8s-worker3
  Error: no container with name or ID "tk8s-worker3" found: no such container
  $ echo $?
  125
  $ sudo podman stop
  Error: you must provide at least one name or id
  $ echo $?
  125
  $ sudo podman start tk8s-worker1
  tk8s-worker1
  $ sudo podman stop 8504cc tk8s-worker2
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker1 in 10 seconds, resorting to SIGKILL
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker2 in 10 seconds, resorting to SIGKILL
  8504cc
  tk8s-worker2
  $ docker ps -a
  CONTAINER ID  IMAGE                               COMMAND     CREATED       STATUS                               PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours                                       tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Exited (137) Less than a second ago              tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Exited (137) Less than a second ago              tk8s-worker2
  $ sleep 3600
  $ docker ps -a
  CONTAINER ID  IMAGE                               COMMAND     CREATED     STATUS                          PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Up 8 hours                                  tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Exited (137) About an hour ago              tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Exited (137) About an hour ago              tk8s-worker2
  $ docker restart tk8s-worker1 tk8s-worker2
  tk8s-worker1
  tk8s-worker2
  $ docker ps -a
  CONTAINER ID  IMAGE                               COMMAND     CREATED     STATUS                 PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Up 8 hours                         tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Up Less than a second              tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        2 days ago  Up Less than a second              tk8s-worker2
  $ podman frobnicate
  Error: unrecognized command `podman frobnicate`
  Try 'podman --help' for more information
  $ sudo nosuch
  sudo: nosuch: command not found
  $ echo $?
  1
