A pod under gVisor sees the mount table of gVisor's Sentry, not the host kernel's: every source
is `none`; the root is gVisor's own overlay (the image through the gofer, a tmpfs without a size
limit on top); /dev is a tmpfs with mode=0755, /proc and /sys are gVisor's with their dentry
cache limit; every bind mount containerd asks for (volumes, /etc/hosts, /etc/resolv.conf, ...)
is a 9p mount served by the gofer; /dev/shm is the pod's shared tmpfs; /sys/fs/cgroup is a
read-only tmpfs with one cgroupfs per controller; runsc adds a tmpfs on /tmp and leaves out
/dev/mqueue. The mounts come sorted by the length of their path.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: node.k8s.io/v1
  > kind: RuntimeClass
  > metadata:
  >   name: gvisor
  > handler: runsc
  > EOF
  runtimeclass.node.k8s.io/gvisor created
  $ kubectl create configmap site --from-literal=index.html=hello
  configmap/site created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: boxed
  > spec:
  >   runtimeClassName: gvisor
  >   containers:
  >   - name: box
  >     image: busybox:1.36
  >     command: [sleep, "3600"]
  >     volumeMounts:
  >     - {name: site, mountPath: /site}
  >     - {name: scratch, mountPath: /scratch}
  >   volumes:
  >   - {name: site, configMap: {name: site}}
  >   - {name: scratch, emptyDir: {}}
  > EOF
  pod/boxed created
  $ sleep 10
  $ kubectl exec boxed -- cat /proc/mounts
  none / overlay rw 0 0
  none /dev tmpfs rw,mode=0755 0 0
  none /sys sysfs ro,noexec,dentry_cache_limit=1000 0 0
  none /proc proc rw,noexec,dentry_cache_limit=1000 0 0
  none /site 9p ro,trans=fd,rfdno=11,wfdno=11,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs 0 0
  none /dev/pts devpts rw,noexec 0 0
  none /scratch 9p rw,trans=fd,rfdno=12,wfdno=12,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs 0 0
  none /dev/shm tmpfs rw 0 0
  none /etc/hosts 9p rw,trans=fd,rfdno=13,wfdno=13,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs 0 0
  none /etc/hostname 9p rw,trans=fd,rfdno=15,wfdno=15,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs 0 0
  none /sys/fs/cgroup tmpfs ro,noexec 0 0
  none /sys/fs/cgroup/cpu cgroup rw,cpu 0 0
  none /sys/fs/cgroup/cpuacct cgroup rw,cpuacct 0 0
  none /sys/fs/cgroup/cpuset cgroup rw,cpuset 0 0
  none /sys/fs/cgroup/devices cgroup rw,devices 0 0
  none /sys/fs/cgroup/job cgroup rw,job 0 0
  none /sys/fs/cgroup/memory cgroup rw,memory 0 0
  none /sys/fs/cgroup/pids cgroup rw,pids 0 0
  none /etc/resolv.conf 9p rw,trans=fd,rfdno=16,wfdno=16,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs 0 0
  none /dev/termination-log 9p rw,trans=fd,rfdno=14,wfdno=14,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs 0 0
  none /var/run/secrets/kubernetes.io/serviceaccount 9p ro,trans=fd,rfdno=17,wfdno=17,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs 0 0
  none /tmp tmpfs rw,mode=01777 0 0
  $ kubectl exec boxed -- mount -t tmpfs
  none on /dev type tmpfs (rw,mode=0755)
  none on /dev/shm type tmpfs (rw)
  none on /sys/fs/cgroup type tmpfs (ro,noexec)
  none on /tmp type tmpfs (rw,mode=01777)
  $ kubectl exec boxed -- cat /proc/self/mountinfo
  31 30 0:32 / / rw - overlay none rw
  33 31 0:33 / /dev rw - tmpfs none rw,mode=0755
  34 31 0:34 / /sys ro,noexec - sysfs none ro,dentry_cache_limit=1000
  35 31 0:35 / /proc rw,noexec - proc none rw,dentry_cache_limit=1000
  36 31 0:36 / /site ro - 9p none ro,trans=fd,rfdno=11,wfdno=11,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs
  37 31 0:11 / /dev/pts rw,noexec - devpts none rw
  38 31 0:37 / /scratch rw - 9p none rw,trans=fd,rfdno=12,wfdno=12,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs
  39 31 0:19 / /dev/shm rw - tmpfs none rw
  40 31 0:38 / /etc/hosts rw - 9p none rw,trans=fd,rfdno=13,wfdno=13,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs
  41 31 0:39 / /etc/hostname rw - 9p none rw,trans=fd,rfdno=15,wfdno=15,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs
  42 31 0:40 / /sys/fs/cgroup ro,noexec - tmpfs none ro
  43 42 0:12 /86088fdc2abd43bd124339b8bc5fd5027808ebb29c5d8ecaaa164ea270f10b85 /sys/fs/cgroup/cpu rw - cgroup none rw,cpu
  44 42 0:13 /86088fdc2abd43bd124339b8bc5fd5027808ebb29c5d8ecaaa164ea270f10b85 /sys/fs/cgroup/cpuacct rw - cgroup none rw,cpuacct
  45 42 0:14 /86088fdc2abd43bd124339b8bc5fd5027808ebb29c5d8ecaaa164ea270f10b85 /sys/fs/cgroup/cpuset rw - cgroup none rw,cpuset
  46 42 0:15 /86088fdc2abd43bd124339b8bc5fd5027808ebb29c5d8ecaaa164ea270f10b85 /sys/fs/cgroup/devices rw - cgroup none rw,devices
  47 42 0:16 /86088fdc2abd43bd124339b8bc5fd5027808ebb29c5d8ecaaa164ea270f10b85 /sys/fs/cgroup/job rw - cgroup none rw,job
  48 42 0:17 /86088fdc2abd43bd124339b8bc5fd5027808ebb29c5d8ecaaa164ea270f10b85 /sys/fs/cgroup/memory rw - cgroup none rw,memory
  49 42 0:18 /86088fdc2abd43bd124339b8bc5fd5027808ebb29c5d8ecaaa164ea270f10b85 /sys/fs/cgroup/pids rw - cgroup none rw,pids
  50 31 0:41 / /etc/resolv.conf rw - 9p none rw,trans=fd,rfdno=16,wfdno=16,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs
  51 31 0:42 / /dev/termination-log rw - 9p none rw,trans=fd,rfdno=14,wfdno=14,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs
  52 31 0:43 / /var/run/secrets/kubernetes.io/serviceaccount ro - 9p none ro,trans=fd,rfdno=17,wfdno=17,aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs
  53 31 0:44 / /tmp rw - tmpfs none rw,mode=01777
  $ kubectl exec boxed -- df
  Filesystem           1K-blocks      Used Available Use% Mounted on
  none                 9007199254740988         0 9007199254740988   0% /
  none                   8187540         0   8187540   0% /dev
  none                 102626232  31795312  65588040  33% /site
  none                 102626232  31795312  65588040  33% /scratch
  none                   8187540         0   8187540   0% /dev/shm
  none                 102626232  31795312  65588040  33% /etc/hosts
  none                 102626232  31795312  65588040  33% /etc/hostname
  none                   8187540         0   8187540   0% /sys/fs/cgroup
  none                 102626232  31795312  65588040  33% /etc/resolv.conf
  none                 102626232  31795312  65588040  33% /dev/termination-log
  none                  16272684        12  16272672   0% /var/run/secrets/kubernetes.io/serviceaccount
  none                   8187540         0   8187540   0% /tmp
  $ kubectl exec boxed -- df -h /site /tmp
  Filesystem                Size      Used Available Use% Mounted on
  none                     97.9G     30.3G     62.5G  33% /site
  none                      7.8G         0      7.8G   0% /tmp
  $ kubectl exec boxed -- df -T /etc/hosts
  Filesystem           Type       1K-blocks      Used Available Use% Mounted on
  none                 9p         102626232  31795312  65588040  33% /etc/hosts
coreutils' df in a Debian image under gVisor: the root's upper tmpfs has no size limit, so it
reads as 8 EiB.
  $ kubectl run web --image=nginx --overrides='{"spec":{"runtimeClassName":"gvisor"}}'
  pod/web created
  $ sleep 10
  $ kubectl exec web -- df -h
  Filesystem      Size  Used Avail Use% Mounted on
  none            8.0E     0  8.0E   0% /
  none            7.9G     0  7.9G   0% /dev
  none            7.9G     0  7.9G   0% /dev/shm
  none             98G   31G   63G  33% /etc/hosts
  none             98G   31G   63G  33% /etc/hostname
  none            7.9G     0  7.9G   0% /sys/fs/cgroup
  none             98G   31G   63G  33% /etc/resolv.conf
  none             98G   31G   63G  33% /dev/termination-log
  none             16G   12K   16G   1% /run/secrets/kubernetes.io/serviceaccount
  none            7.9G     0  7.9G   0% /tmp
  $ kubectl exec web -- df -T /
  Filesystem     Type           1K-blocks  Used        Available Use% Mounted on
  none           overlay 9007199254740988     0 9007199254740988   0% /
