/dev inside a container is a tmpfs runc fills: its default character devices (crw-rw-rw-,
root), the links into /proc/self/fd, ptmx into devpts, the devpts, mqueue and shm mount points,
and the file the kubelet binds for the termination message. busybox's ls prints MAJOR, MINOR in
fixed columns, GNU's sizes the column to fit. In Debian-based images (nginx) /var/run is a link
to /run, so the service-account volume is mounted at /run/secrets.
  $ kubectl run box --image=busybox:1.36 -- sleep 3600
  pod/box created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 20
  $ kubectl exec box -- ls -l /dev
  total 0
  lrwxrwxrwx    1 root     root            11 Apr 23 07:25 core -> /proc/kcore
  lrwxrwxrwx    1 root     root            13 Apr 23 07:25 fd -> /proc/self/fd
  crw-rw-rw-    1 root     root        1,   7 Apr 23 07:25 full
  drwxrwxrwt    2 root     root            40 Apr 23 07:25 mqueue
  crw-rw-rw-    1 root     root        1,   3 Apr 23 07:25 null
  lrwxrwxrwx    1 root     root             8 Apr 23 07:25 ptmx -> pts/ptmx
  drwxr-xr-x    2 root     root             0 Apr 23 07:25 pts
  crw-rw-rw-    1 root     root        1,   8 Apr 23 07:25 random
  drwxrwxrwt    2 root     root            40 Apr 23 07:25 shm
  lrwxrwxrwx    1 root     root            15 Apr 23 07:25 stderr -> /proc/self/fd/2
  lrwxrwxrwx    1 root     root            15 Apr 23 07:25 stdin -> /proc/self/fd/0
  lrwxrwxrwx    1 root     root            15 Apr 23 07:25 stdout -> /proc/self/fd/1
  -rw-rw-rw-    1 root     root             0 Apr 23 07:25 termination-log
  crw-rw-rw-    1 root     root        5,   0 Apr 23 07:25 tty
  crw-rw-rw-    1 root     root        1,   9 Apr 23 07:25 urandom
  crw-rw-rw-    1 root     root        1,   5 Apr 23 07:25 zero
  $ kubectl exec box -- ls -ld /dev/shm /dev/pts /dev/mqueue
  drwxrwxrwt    2 root     root            40 Apr 23 07:25 /dev/mqueue
  drwxr-xr-x    2 root     root             0 Apr 23 07:25 /dev/pts
  drwxrwxrwt    2 root     root            40 Apr 23 07:25 /dev/shm
  $ kubectl exec web -- ls -l /dev/null /dev/zero /dev/termination-log
  crw-rw-rw- 1 root root 1, 3 Apr 23 07:25 /dev/null
  -rw-rw-rw- 1 root root    0 Apr 23 07:25 /dev/termination-log
  crw-rw-rw- 1 root root 1, 5 Apr 23 07:25 /dev/zero
  $ kubectl exec web -- ls -ld /var/run
  lrwxrwxrwx 1 root root 4 Apr 16 12:55 /var/run -> /run
  $ kubectl exec web -- sh -c 'mount | grep serviceaccount'
  tmpfs on /run/secrets/kubernetes.io/serviceaccount type tmpfs (ro,relatime,size=16272684k,inode64)
  $ docker exec tk8s-worker1 ls -l /var/run /var/lock
  lrwxrwxrwx 1 root root 9 Jan  4 12:00 /var/lock -> /run/lock
  lrwxrwxrwx 1 root root 4 Jan  4 12:00 /var/run -> /run
