The node containers run kind's node image, Debian 12 (bookworm) underneath, on the host's Ubuntu
kernel: the kubelet reads the container's /etc/os-release for the node's OS image, and uname
shows the kernel every container shares, the host's own (Ubuntu 24.04) under the host's name.
  $ docker exec -it tk8s-worker1 bash
  $ cat /etc/os-release
  PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
  NAME="Debian GNU/Linux"
  VERSION_ID="12"
  VERSION="12 (bookworm)"
  VERSION_CODENAME=bookworm
  ID=debian
  HOME_URL="https://www.debian.org/"
  SUPPORT_URL="https://www.debian.org/support"
  BUG_REPORT_URL="https://bugs.debian.org/"
  $ ls -l /etc/os-release
  lrwxrwxrwx 1 root root 21 Jan  4 12:00 /etc/os-release -> ../usr/lib/os-release
  $ cat /etc/debian_version
  12.9
  $ uname -r
  6.8.0-57-generic
  $ exit
  exit
  $ kubectl describe node tk8s-worker1 | grep -e 'OS Image' -e 'Kernel Version'
    Kernel Version:             6.8.0-57-generic
    OS Image:                   Debian GNU/Linux 12 (bookworm)
  $ uname -a
  Linux taroko 6.8.0-57-generic #59-Ubuntu SMP PREEMPT_DYNAMIC Sat Mar 15 17:40:59 UTC 2025 x86_64 GNU/Linux
  $ uname -snrmo
  Linux taroko 6.8.0-57-generic x86_64 GNU/Linux
  $ uname -x
  uname: invalid option -- 'x'
  Try 'uname --help' for more information.
  $ cat /etc/os-release | head -1
  PRETTY_NAME="Ubuntu 24.04.2 LTS"
