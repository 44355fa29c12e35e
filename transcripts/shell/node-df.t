Disks inside a node container. Its root is podman's overlay on the host's disk; kcn's volumes
(/opt/cni/bin, /lib/modules read-only, the node's /var, /opt/zfs and /opt/wulin) are host
directories, one device that coreutils' df shows once, at /var; podman's own /etc/hosts,
/etc/hostname and /etc/resolv.conf come from the host's /run tmpfs. Then what containerd and
the kubelet mounted for the node's pods: each sandbox's /dev/shm, each container's root and
each pod's service-account token tmpfs.
  $ docker exec -it tk8s-worker2 bash
  $ df -h
  Filesystem                         Size  Used Avail Use% Mounted on
  overlay                             98G   31G   63G  33% /
  tmpfs                               64M     0   64M   0% /dev
  shm                                 63M     0   63M   0% /dev/shm
  /dev/mapper/ubuntu--vg-ubuntu--lv   98G   31G   63G  33% /var
  tmpfs                              1.6G     0  1.6G   0% /etc/hosts
  shm                                 64M     0   64M   0% /run/containerd/io.containerd.grpc.v1.cri/sandboxes/4937421077868d0fa3757d301ee1fd1e9cb12902e349a0e44a697be2b37a9919/shm
  overlay                             98G   31G   63G  33% /run/containerd/io.containerd.runtime.v2.task/k8s.io/4937421077868d0fa3757d301ee1fd1e9cb12902e349a0e44a697be2b37a9919/rootfs
  tmpfs                               16G   12K   16G   1% /var/lib/kubelet/pods/434072d1-d547-470e-9db8-273057e45c59/volumes/kubernetes.io~projected/kube-api-access-57mxf
  overlay                             98G   31G   63G  33% /run/containerd/io.containerd.runtime.v2.task/k8s.io/296b680aaa89c40e9bff7931673d0ef4a3dcc144ad1a461b46758f6da85268f9/rootfs
  overlay                             98G   31G   63G  33% /run/containerd/io.containerd.runtime.v2.task/k8s.io/b8c73dd81197ac82b1fd2332317ade367f1ecd6c62e5a28727f3cb6655e92e8d/rootfs
  shm                                 64M     0   64M   0% /run/containerd/io.containerd.grpc.v1.cri/sandboxes/1bb03035f99551554a80258fa7caa512f4abde4880dc528200e10de724e27f25/shm
  overlay                             98G   31G   63G  33% /run/containerd/io.containerd.runtime.v2.task/k8s.io/1bb03035f99551554a80258fa7caa512f4abde4880dc528200e10de724e27f25/rootfs
  tmpfs                               16G   12K   16G   1% /var/lib/kubelet/pods/3d58fb6b-6d7c-433e-ac6c-19c9f2141f2a/volumes/kubernetes.io~projected/kube-api-access-nhxdb
  overlay                             98G   31G   63G  33% /run/containerd/io.containerd.runtime.v2.task/k8s.io/aa8cadeb291fe3549fc813bfe31c67c2895d9630a24755e1604691d10b95b5a1/rootfs
  shm                                 64M     0   64M   0% /run/containerd/io.containerd.grpc.v1.cri/sandboxes/d3f8ad35371ee0f149003f9bf3e707daf0b99535f5c9414ad8dc9d23e95a044d/shm
  overlay                             98G   31G   63G  33% /run/containerd/io.containerd.runtime.v2.task/k8s.io/d3f8ad35371ee0f149003f9bf3e707daf0b99535f5c9414ad8dc9d23e95a044d/rootfs
  tmpfs                               16G   12K   16G   1% /var/lib/kubelet/pods/e34eafce-ea70-4bcc-9788-cb124e3683e4/volumes/kubernetes.io~projected/kube-api-access-fh792
  overlay                             98G   31G   63G  33% /run/containerd/io.containerd.runtime.v2.task/k8s.io/9f3f61a3cd693fc0edc8fb654921410a29eba7e769907dc1e03218814893ba6d/rootfs
  $ df -h /opt/zfs /var/lib/kubelet
  Filesystem                         Size  Used Avail Use% Mounted on
  /dev/mapper/ubuntu--vg-ubuntu--lv   98G   31G   63G  33% /opt/zfs
  /dev/mapper/ubuntu--vg-ubuntu--lv   98G   31G   63G  33% /var
  $ mount | head -16
  overlay on / type overlay (rw,relatime,lowerdir=/var/lib/containers/storage/overlay/l/FB80900DE894467B7EAAE35D42:/var/lib/containers/storage/overlay/l/FB767E0DE88BD360F3620F764C:/var/lib/containers/storage/overlay/l/FB7A040DE88EECE99ED8294B98:/var/lib/containers/storage/overlay/l/FB8B020DE89D5CB63C47C08596,upperdir=/var/lib/containers/storage/overlay/adf64ba3dad39d2e942ff66a0fbab6a238605de2eb04e01be2738e77c7db41f5/diff,workdir=/var/lib/containers/storage/overlay/adf64ba3dad39d2e942ff66a0fbab6a238605de2eb04e01be2738e77c7db41f5/work,nouserxattr)
  proc on /proc type proc (rw,nosuid,nodev,noexec,relatime)
  tmpfs on /dev type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  sysfs on /sys type sysfs (rw,nosuid,nodev,noexec,relatime)
  devpts on /dev/pts type devpts (rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666)
  mqueue on /dev/mqueue type mqueue (rw,nosuid,nodev,noexec,relatime)
  cgroup2 on /sys/fs/cgroup type cgroup2 (rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot)
  shm on /dev/shm type tmpfs (rw,nosuid,nodev,noexec,relatime,size=64000k,inode64)
  /dev/mapper/ubuntu--vg-ubuntu--lv on /opt/cni/bin type ext4 (rw,relatime)
  /dev/mapper/ubuntu--vg-ubuntu--lv on /lib/modules type ext4 (ro,relatime)
  /dev/mapper/ubuntu--vg-ubuntu--lv on /var type ext4 (rw,relatime)
  /dev/mapper/ubuntu--vg-ubuntu--lv on /opt/zfs type ext4 (rw,relatime)
  /dev/mapper/ubuntu--vg-ubuntu--lv on /opt/wulin type ext4 (rw,relatime)
  tmpfs on /etc/resolv.conf type tmpfs (rw,nosuid,nodev,noexec,relatime,size=1637512k,mode=755,inode64)
  tmpfs on /etc/hosts type tmpfs (rw,nosuid,nodev,noexec,relatime,size=1637512k,mode=755,inode64)
  tmpfs on /run/.containerenv type tmpfs (rw,nosuid,nodev,noexec,relatime,size=1637512k,mode=755,inode64)
  $ grep -c ' overlay ' /proc/mounts
  8
  $ exit
  exit
