What a container sees mounted, and how full it is. The root is containerd's overlay on the
node's /var (kcn's volume on the host's disk, so df shows the host disk's figures); /dev and
/dev/shm are 64M tmpfs; /etc/hosts, /etc/hostname, /etc/resolv.conf and /dev/termination-log
are files bind-mounted from the node's disk; the service-account token is a tmpfs as large as
the node's allocatable memory; runc masks /proc/acpi, /proc/scsi and /sys/firmware with empty
tmpfs. busybox's df lists every mount; coreutils' df (nginx is Debian) shows each device once.
  $ kubectl run bb --image=busybox:1.36 -- sleep 3600
  pod/bb created
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 30
  $ kubectl exec bb -- df
  Filesystem           1K-blocks      Used Available Use% Mounted on
  overlay              102626232  31795312  65588040  33% /
  tmpfs                    65536         0     65536   0% /dev
  /dev/mapper/ubuntu--vg-ubuntu--lv
                       102626232  31795312  65588040  33% /etc/hosts
  /dev/mapper/ubuntu--vg-ubuntu--lv
                       102626232  31795312  65588040  33% /dev/termination-log
  /dev/mapper/ubuntu--vg-ubuntu--lv
                       102626232  31795312  65588040  33% /etc/hostname
  /dev/mapper/ubuntu--vg-ubuntu--lv
                       102626232  31795312  65588040  33% /etc/resolv.conf
  shm                      65536         0     65536   0% /dev/shm
  tmpfs                 16272684        12  16272672   0% /var/run/secrets/kubernetes.io/serviceaccount
  tmpfs                  8187540         0   8187540   0% /proc/acpi
  tmpfs                    65536         0     65536   0% /proc/kcore
  tmpfs                    65536         0     65536   0% /proc/keys
  tmpfs                    65536         0     65536   0% /proc/timer_list
  tmpfs                  8187540         0   8187540   0% /proc/scsi
  tmpfs                  8187540         0   8187540   0% /sys/firmware
  $ kubectl exec bb -- df -h
  Filesystem                Size      Used Available Use% Mounted on
  overlay                  97.9G     30.3G     62.5G  33% /
  tmpfs                    64.0M         0     64.0M   0% /dev
  /dev/mapper/ubuntu--vg-ubuntu--lv
                           97.9G     30.3G     62.5G  33% /etc/hosts
  /dev/mapper/ubuntu--vg-ubuntu--lv
                           97.9G     30.3G     62.5G  33% /dev/termination-log
  /dev/mapper/ubuntu--vg-ubuntu--lv
                           97.9G     30.3G     62.5G  33% /etc/hostname
  /dev/mapper/ubuntu--vg-ubuntu--lv
                           97.9G     30.3G     62.5G  33% /etc/resolv.conf
  shm                      64.0M         0     64.0M   0% /dev/shm
  tmpfs                    15.5G     12.0K     15.5G   0% /var/run/secrets/kubernetes.io/serviceaccount
  tmpfs                     7.8G         0      7.8G   0% /proc/acpi
  tmpfs                    64.0M         0     64.0M   0% /proc/kcore
  tmpfs                    64.0M         0     64.0M   0% /proc/keys
  tmpfs                    64.0M         0     64.0M   0% /proc/timer_list
  tmpfs                     7.8G         0      7.8G   0% /proc/scsi
  tmpfs                     7.8G         0      7.8G   0% /sys/firmware
  $ kubectl exec bb -- df -T /etc/hosts
  Filesystem           Type       1K-blocks      Used Available Use% Mounted on
  /dev/mapper/ubuntu--vg-ubuntu--lv
                       ext4       102626232  31795312  65588040  33% /etc/hosts
  $ kubectl exec bb -- cat /proc/mounts
  overlay / overlay rw,relatime,lowerdir=/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/159/fs:/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/157/fs:/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/155/fs,upperdir=/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/162/fs,workdir=/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/162/work 0 0
  proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
  tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666 0 0
  mqueue /dev/mqueue mqueue rw,nosuid,nodev,noexec,relatime 0 0
  sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0
  cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0
  /dev/mapper/ubuntu--vg-ubuntu--lv /etc/hosts ext4 rw,relatime 0 0
  /dev/mapper/ubuntu--vg-ubuntu--lv /dev/termination-log ext4 rw,relatime 0 0
  /dev/mapper/ubuntu--vg-ubuntu--lv /etc/hostname ext4 rw,relatime 0 0
  /dev/mapper/ubuntu--vg-ubuntu--lv /etc/resolv.conf ext4 rw,relatime 0 0
  shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k,inode64 0 0
  tmpfs /var/run/secrets/kubernetes.io/serviceaccount tmpfs ro,relatime,size=16272684k,inode64 0 0
  proc /proc/bus proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/fs proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/irq proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/sys proc ro,nosuid,nodev,noexec,relatime 0 0
  proc /proc/sysrq-trigger proc ro,nosuid,nodev,noexec,relatime 0 0
  tmpfs /proc/acpi tmpfs ro,relatime,inode64 0 0
  tmpfs /proc/kcore tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  tmpfs /proc/keys tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  tmpfs /proc/timer_list tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0
  tmpfs /proc/scsi tmpfs ro,relatime,inode64 0 0
  tmpfs /sys/firmware tmpfs ro,relatime,inode64 0 0
  $ kubectl exec bb -- mount -t tmpfs
  tmpfs on /dev type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  shm on /dev/shm type tmpfs (rw,nosuid,nodev,noexec,relatime,size=65536k,inode64)
  tmpfs on /var/run/secrets/kubernetes.io/serviceaccount type tmpfs (ro,relatime,size=16272684k,inode64)
  tmpfs on /proc/acpi type tmpfs (ro,relatime,inode64)
  tmpfs on /proc/kcore type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  tmpfs on /proc/keys type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  tmpfs on /proc/timer_list type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  tmpfs on /proc/scsi type tmpfs (ro,relatime,inode64)
  tmpfs on /sys/firmware type tmpfs (ro,relatime,inode64)
  $ kubectl exec web -- df -h
  Filesystem                         Size  Used Avail Use% Mounted on
  overlay                             98G   31G   63G  33% /
  tmpfs                               64M     0   64M   0% /dev
  /dev/mapper/ubuntu--vg-ubuntu--lv   98G   31G   63G  33% /etc/hosts
  shm                                 64M     0   64M   0% /dev/shm
  tmpfs                               16G   12K   16G   1% /run/secrets/kubernetes.io/serviceaccount
  tmpfs                              7.9G     0  7.9G   0% /proc/acpi
  tmpfs                              7.9G     0  7.9G   0% /proc/scsi
  tmpfs                              7.9G     0  7.9G   0% /sys/firmware
  $ kubectl exec web -- df -k /
  Filesystem     1K-blocks     Used Available Use% Mounted on
  overlay        102626232 31795312  65588040  33% /
  $ kubectl exec web -- df -T /nope
  df: /nope: No such file or directory
  command terminated with exit code 1
  $ kubectl exec web -- mount /dev/sda1 /mnt
  mount: /mnt: permission denied.
         dmesg(1) may have more information after failed mount system call.
  command terminated with exit code 32
Volumes: a disk emptyDir is a directory of the node's /var, a Memory emptyDir, secret and
projected volumes are tmpfs sized by the pod's memory limit, configMaps are mounted read-only,
a local-path claim is a folder of the node's own overlay root. What is written grows the disk.
  $ kubectl create configmap site --from-literal=index.html=hello
  configmap/site created
  $ kubectl create secret generic pw --from-literal=password=s3cret
  secret/pw created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: PersistentVolumeClaim
  > metadata:
  >   name: data
  > spec:
  >   storageClassName: local-path
  >   accessModes: [ReadWriteOnce]
  >   resources:
  >     requests:
  >       storage: 1Gi
  > ---
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: vols
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx
  >     resources:
  >       limits:
  >         memory: 256Mi
  >     volumeMounts:
  >     - {name: cache, mountPath: /cache}
  >     - {name: ram, mountPath: /ram}
  >     - {name: site, mountPath: /usr/share/nginx/html}
  >     - {name: pw, mountPath: /etc/pw}
  >     - {name: data, mountPath: /data}
  >   volumes:
  >   - {name: cache, emptyDir: {}}
  >   - {name: ram, emptyDir: {medium: Memory}}
  >   - {name: site, configMap: {name: site}}
  >   - {name: pw, secret: {secretName: pw}}
  >   - {name: data, persistentVolumeClaim: {claimName: data}}
  > EOF
  persistentvolumeclaim/data created
  pod/vols created
  $ sleep 60
  $ kubectl exec vols -- df -h
  Filesystem                         Size  Used Avail Use% Mounted on
  overlay                             98G   31G   63G  33% /
  tmpfs                               64M     0   64M   0% /dev
  /dev/mapper/ubuntu--vg-ubuntu--lv   98G   31G   63G  33% /cache
  tmpfs                              256M     0  256M   0% /ram
  overlay                             98G   31G   63G  33% /data
  tmpfs                              256M  4.0K  256M   1% /etc/pw
  shm                                 64M     0   64M   0% /dev/shm
  tmpfs                              256M   12K  256M   1% /run/secrets/kubernetes.io/serviceaccount
  tmpfs                              7.9G     0  7.9G   0% /proc/acpi
  tmpfs                              7.9G     0  7.9G   0% /proc/scsi
  tmpfs                              7.9G     0  7.9G   0% /sys/firmware
  $ kubectl exec vols -- df -T /data /cache /ram /etc/pw /usr/share/nginx/html
  Filesystem                        Type    1K-blocks     Used Available Use% Mounted on
  overlay                           overlay 102626232 31795312  65588040  33% /data
  /dev/mapper/ubuntu--vg-ubuntu--lv ext4    102626232 31795312  65588040  33% /cache
  tmpfs                             tmpfs      262144        0    262144   0% /ram
  tmpfs                             tmpfs      262144        4    262140   1% /etc/pw
  /dev/mapper/ubuntu--vg-ubuntu--lv ext4    102626232 31795312  65588040  33% /usr/share/nginx/html
  $ kubectl exec vols -- mount -t tmpfs
  tmpfs on /dev type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  tmpfs on /ram type tmpfs (rw,relatime,size=262144k,inode64)
  tmpfs on /etc/pw type tmpfs (ro,relatime,size=262144k,inode64)
  shm on /dev/shm type tmpfs (rw,nosuid,nodev,noexec,relatime,size=65536k,inode64)
  tmpfs on /run/secrets/kubernetes.io/serviceaccount type tmpfs (ro,relatime,size=262144k,inode64)
  tmpfs on /proc/acpi type tmpfs (ro,relatime,inode64)
  tmpfs on /proc/kcore type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  tmpfs on /proc/keys type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  tmpfs on /proc/timer_list type tmpfs (rw,nosuid,size=65536k,mode=755,inode64)
  tmpfs on /proc/scsi type tmpfs (ro,relatime,inode64)
  tmpfs on /sys/firmware type tmpfs (ro,relatime,inode64)
  $ kubectl exec vols -- sh -c 'seq 1 20000 > /ram/numbers; seq 1 20000 > /cache/numbers; df /ram /cache'
  Filesystem                        1K-blocks     Used Available Use% Mounted on
  tmpfs                                262144      108    262036   1% /ram
  /dev/mapper/ubuntu--vg-ubuntu--lv 102626232 31795528  65587824  33% /cache
