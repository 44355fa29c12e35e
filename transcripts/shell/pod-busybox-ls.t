busybox's ls -l inside a busybox pod: fixed columns (links in four, owner and group in eight,
size in nine) rather than GNU's columns sized to fit, and busybox's wording for a missing file.
Files created by redirection as root get -rw-r--r-- (umask 022), in pods and on the nodes; the
host's user bigred has Ubuntu's umask 002, so there they are -rw-rw-r--.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- sh -c 'echo hello > /tmp/greeting; mkdir /tmp/dir; ls -l /tmp'
  total 8
  drwxr-xr-x    2 root     root          4096 Apr 23 07:25 dir
  -rw-r--r--    1 root     root             6 Apr 23 07:25 greeting
  $ kubectl exec box -- ls -lh /tmp/greeting /etc/hostname
  -rw-r--r--    1 root     root           4 Apr 23 07:25 /etc/hostname
  -rw-r--r--    1 root     root           6 Apr 23 07:25 /tmp/greeting
  $ kubectl exec box -- ls -ln /tmp
  total 8
  drwxr-xr-x    2 0        0             4096 Apr 23 07:25 dir
  -rw-r--r--    1 0        0                6 Apr 23 07:25 greeting
  $ kubectl exec box -- ls /nope
  ls: /nope: No such file or directory
  command terminated with exit code 1
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 20
  $ kubectl exec web -- sh -c 'echo hello > /tmp/greeting; mkdir /tmp/dir; ls -l /tmp'
  total 8
  drwxr-xr-x 2 root root 4096 Apr 23 07:25 dir
  -rw-r--r-- 1 root root    6 Apr 23 07:25 greeting
  $ docker exec tk8s-worker1 sh -c 'echo hello > /tmp/greeting; ls -l /tmp/greeting'
  -rw-r--r-- 1 root root 6 Apr 23 07:25 /tmp/greeting
  $ echo hello > greeting; mkdir dir; ls -ld greeting dir
  drwxrwxr-x 2 bigred bigred 4096 Apr 23 07:25 dir
  -rw-rw-r-- 1 bigred bigred    6 Apr 23 07:25 greeting
