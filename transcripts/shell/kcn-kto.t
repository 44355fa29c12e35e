The course's own scripts: kcn makes the node containers, kto the cluster in them. Both are on
the login shell's PATH; run here, they say what they would do and change nothing.
  $ which kcn kto
  /home/bigred/tk/bin/kcn
  /home/bigred/tk/bin/kto
  $ kcn
  kcn makes a cluster's node containers with `sudo podman run` (see `cat ~/tk/bin/kcn`):
  one privileged container per node, each with its own IP on the cluster's podman network,
  the CNI plugins, /lib/modules, a volume for /var and /opt/zfs/<cluster> mounted from the host.
  The containers of tk8s already exist and this lab is built in them, so kcn changes nothing
  here: `sudo podman ps -a` lists them.
  $ ~/tk/bin/kto
  kto makes Kubernetes in a cluster's node containers (see `cat ~/tk/bin/kto`): it reads
  ~/tk/conf/<cluster>.conf, writes /opt/zfs/<cluster>/init-config.yaml, runs `kubeadm init`
  in <cluster>-control-plane, sets kube-proxy's conntrack maxPerCore to 0, and joins
  <cluster>-worker1 and <cluster>-worker2 with `kubeadm join`.
  tk8s is already built, so kto changes nothing here: `kubectl get nodes` lists its nodes.
  $ sudo podman ps -a
  CONTAINER ID  IMAGE                               COMMAND     CREATED       STATUS      PORTS       NAMES
  857bbe4422c0  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours              tk8s-control-plane
  8504cc6d6722  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours              tk8s-worker1
  6b1fdced9b95  quay.io/cloudwalker/taroko:v1.32.2  bash        47 hours ago  Up 7 hours              tk8s-worker2
  $ kubectl get nodes
  NAME                 STATUS   ROLES           AGE   VERSION
  tk8s-control-plane   Ready    control-plane   46h   v1.32.2
  tk8s-worker1         Ready    <none>          46h   v1.32.2
  tk8s-worker2         Ready    <none>          46h   v1.32.2
