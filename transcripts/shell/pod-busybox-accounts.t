The busybox image carries the accounts its builder copies from buildroot's skeleton:
`/etc/passwd` and `/etc/group`, dated as the image's busybox build, which `id` reads.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ sleep 10
  $ kubectl exec box -- cat /etc/passwd
  root:x:0:0:root:/root:/bin/sh
  daemon:x:1:1:daemon:/usr/sbin:/bin/false
  bin:x:2:2:bin:/bin:/bin/false
  sys:x:3:3:sys:/dev:/bin/false
  sync:x:4:100:sync:/bin:/bin/sync
  mail:x:8:8:mail:/var/spool/mail:/bin/false
  www-data:x:33:33:www-data:/var/www:/bin/false
  operator:x:37:37:Operator:/var:/bin/false
  nobody:x:65534:65534:nobody:/home:/bin/false
  $ kubectl exec box -- ls -l /etc/passwd /etc/group
  -rw-r--r--    1 root     root           306 Sep 26  2024 /etc/group
  -rw-r--r--    1 root     root           340 Sep 26  2024 /etc/passwd
  $ kubectl exec box -- id nobody
  uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)
  $ kubectl exec box -- id -Gn root
  root wheel
  $ kubectl exec box -- grep -c . /etc/group
  26
