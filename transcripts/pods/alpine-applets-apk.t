Alpine's busybox installs its applets as symbolic links to /bin/busybox, each in the directory
busybox puts it in (/bin, /sbin, /usr/bin, /usr/sbin). apk, with no package mirror the lab can
reach, fetches each repository's index and fails on the name lookup, then cannot find what it was
asked for (apk-tools 2.14's words); `apk update` counts each failed repository twice, as 2.14 does.
  $ kubectl run a --image=alpine -- sleep 3600
  pod/a created
  $ kubectl run old --image=alpine:3.19 -- sleep 3600
  pod/old created
  $ sleep 20
  $ kubectl exec a -- ls -l /bin | head -6
  total 788
  lrwxrwxrwx    1 root     root            12 Jan 17 10:13 arch -> /bin/busybox
  lrwxrwxrwx    1 root     root            12 Jan 17 10:13 ash -> /bin/busybox
  lrwxrwxrwx    1 root     root            12 Jan 17 10:13 base64 -> /bin/busybox
  lrwxrwxrwx    1 root     root            12 Jan 17 10:13 bbconfig -> /bin/busybox
  -rwxr-xr-x    1 root     root        804616 Jan 17 10:13 busybox
  $ kubectl exec a -- sh -c 'ls -l /sbin/apk /usr/bin/wget; which awk nslookup adduser'
  -rwxr-xr-x    1 root     root        102584 Jan 17 10:13 /sbin/apk
  lrwxrwxrwx    1 root     root            12 Jan 17 10:13 /usr/bin/wget -> /bin/busybox
  /usr/bin/awk
  /usr/bin/nslookup
  /usr/sbin/adduser
  $ kubectl exec a -- apk add curl
  fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz
  WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.21/main: DNS lookup error
  fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/community/x86_64/APKINDEX.tar.gz
  WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.21/community: DNS lookup error
  ERROR: unable to select packages:
    curl (no such package):
      required by: world[curl]
  command terminated with exit code 1
  $ kubectl exec a -- apk add --no-cache curl jq
  fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz
  WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.21/main: DNS lookup error
  fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/community/x86_64/APKINDEX.tar.gz
  WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.21/community: DNS lookup error
  ERROR: unable to select packages:
    curl (no such package):
      required by: world[curl]
    jq (no such package):
      required by: world[jq]
  command terminated with exit code 2
  $ kubectl exec old -- apk update
  fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz
  WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.19/main: DNS lookup error
  fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/community/x86_64/APKINDEX.tar.gz
  WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.19/community: DNS lookup error
  4 unavailable, 0 stale; 15 distinct packages available
  command terminated with exit code 4
