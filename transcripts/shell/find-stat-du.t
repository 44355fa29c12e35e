find, stat and du over the lab's files, with findutils' and coreutils' wording. A directory's
entries come in name order (a real disk gives them in its own order).
  $ find ~/tk -maxdepth 2
  /home/bigred/tk
  /home/bigred/tk/bin
  /home/bigred/tk/bin/kcn
  /home/bigred/tk/bin/kto
  /home/bigred/tk/wulin
  /home/bigred/tk/wulin/yaml
  $ find /opt/zfs -type f -name '*.yaml'
  /opt/zfs/tk8s/containerd-config.yaml
  /opt/zfs/tk8s/init-config.yaml
  $ find ~ -name 'kc*' -o -name kto
  /home/bigred/tk/bin/kcn
  /home/bigred/tk/bin/kto
  $ find / -maxdepth 1 -type d -name 'o*'
  /opt
  $ find ~/tk -name '*.yaml' -maxdepth 3
  find: warning: you have specified the global option -maxdepth after the argument -name, but global options are not positional, i.e., -maxdepth affects tests specified before it as well as those specified after it.  Please specify global options before other arguments.
  /home/bigred/tk/wulin/yaml/pod-crun.yaml
  /home/bigred/tk/wulin/yaml/pvc-nginx.yaml
  /home/bigred/tk/wulin/yaml/rc-crun.yaml
  $ find nosuch ~/tk/bin
  find: ‘nosuch’: No such file or directory
  /home/bigred/tk/bin
  /home/bigred/tk/bin/kcn
  /home/bigred/tk/bin/kto
  $ echo $?
  1
  $ find . -frobnicate
  find: unknown predicate `-frobnicate'
  $ find . -type q
  find: Unknown argument to -type: q
  $ find /root
  find: ‘/root’: No such file or directory
  $ stat ~/tk/bin/kcn
    File: /home/bigred/tk/bin/kcn
    Size: 521       	Blocks: 8          IO Block: 4096   regular file
  Device: 252,0	Inode: 967910      Links: 1
  Access: (0755/-rwxr-xr-x)  Uid: ( 1000/  bigred)   Gid: ( 1000/  bigred)
  Access: 2025-04-20 10:20:00.000000000 +0000
  Modify: 2025-04-20 10:20:00.000000000 +0000
  Change: 2025-04-20 10:20:00.000000000 +0000
   Birth: 2025-04-20 10:20:00.000000000 +0000
  $ stat /opt/zfs
    File: /opt/zfs
    Size: 4096      	Blocks: 8          IO Block: 4096   directory
  Device: 252,0	Inode: 2467383     Links: 3
  Access: (0755/drwxr-xr-x)  Uid: (    0/    root)   Gid: (    0/    root)
  Access: 2025-04-21 08:53:00.000000000 +0000
  Modify: 2025-04-21 08:53:00.000000000 +0000
  Change: 2025-04-21 08:53:00.000000000 +0000
   Birth: 2025-04-21 08:53:00.000000000 +0000
  $ stat nosuch
  stat: cannot statx 'nosuch': No such file or directory
  $ du -sh ~/tk
  36K	/home/bigred/tk
  $ du -a ~/tk/bin
  4	/home/bigred/tk/bin/kcn
  4	/home/bigred/tk/bin/kto
  12	/home/bigred/tk/bin
  $ du -h -d 1 /opt/zfs
  68K	/opt/zfs/tk8s
  72K	/opt/zfs
  $ du -s -a ~
  du: cannot both summarize and show all entries
  Try 'du --help' for more information.
  $ sudo podman exec tk8s-control-plane find /etc/kubernetes -maxdepth 1 -type d
  /etc/kubernetes
  /etc/kubernetes/manifests
  $ sudo podman exec tk8s-control-plane stat -L /etc/os-release
    File: /etc/os-release
    Size: 267       	Blocks: 8          IO Block: 4096   regular file
  Device: 252,0	Inode: 2707081     Links: 1
  Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)
  Access: 2025-01-04 12:00:00.000000000 +0000
  Modify: 2025-01-04 12:00:00.000000000 +0000
  Change: 2025-01-04 12:00:00.000000000 +0000
   Birth: 2025-01-04 12:00:00.000000000 +0000
