The host's files: the lab's configuration under /opt/zfs/tk8s and ~/tk, listed, read and
changed with the file utilities. Nothing here touches a real disk.
  $ ls
  tk
  $ ls -a
  .  ..  .kube  tk
  $ ls -al /opt/zfs/tk8s
  total 64
  drwxrwxrwx 7 root   root   4096 Apr 23 00:42 .
  drwxr-xr-x 3 root   root   4096 Apr 21 08:53 ..
  -rw------- 1 bigred bigred 5630 Apr 21 08:53 config
  -rw-r--r-- 1 root   root    764 Apr 21 08:53 containerd-config.yaml
  drwxr-xr-x 2 root   root   4096 Apr 21 08:57 dkreg
  drwxr-xr-x 3 root   root   4096 Apr 23 05:47 goweb
  -rw-r--r-- 1 root   root     70 Apr 23 00:42 hosts
  -rw-r--r-- 1 root   root   1599 Apr 21 08:53 init-config.yaml
  -rw-rw-r-- 1 bigred bigred  393 Apr 23 00:42 net.info
  drwxr-xr-x 2 root   root   4096 Apr 21 08:57 podman
  drwxrwxrwx 2 root   root   4096 Apr 21 08:57 storage
  -rwxr-xr-x 1 root   root    102 Apr 23 00:42 tkadd-dnat.sh
  -rwxr-xr-x 1 root   root    102 Apr 23 00:42 tkdel-dnat.sh
  -rwxr-xr-x 1 root   root    102 Apr 23 00:30 tkdel-dnat.sh.old
  drwxr-xr-x 3 bigred bigred 4096 Apr 21 08:58 wulin
  $ ls -lh /opt/zfs/tk8s
  total 56K
  -rw------- 1 bigred bigred 5.5K Apr 21 08:53 config
  -rw-r--r-- 1 root   root    764 Apr 21 08:53 containerd-config.yaml
  drwxr-xr-x 2 root   root   4.0K Apr 21 08:57 dkreg
  drwxr-xr-x 3 root   root   4.0K Apr 23 05:47 goweb
  -rw-r--r-- 1 root   root     70 Apr 23 00:42 hosts
  -rw-r--r-- 1 root   root   1.6K Apr 21 08:53 init-config.yaml
  -rw-rw-r-- 1 bigred bigred  393 Apr 23 00:42 net.info
  drwxr-xr-x 2 root   root   4.0K Apr 21 08:57 podman
  drwxrwxrwx 2 root   root   4.0K Apr 21 08:57 storage
  -rwxr-xr-x 1 root   root    102 Apr 23 00:42 tkadd-dnat.sh
  -rwxr-xr-x 1 root   root    102 Apr 23 00:42 tkdel-dnat.sh
  -rwxr-xr-x 1 root   root    102 Apr 23 00:30 tkdel-dnat.sh.old
  drwxr-xr-x 3 bigred bigred 4.0K Apr 21 08:58 wulin
  $ dir /opt/zfs/tk8s
  config			goweb		  net.info  tkadd-dnat.sh      wulin
  containerd-config.yaml	hosts		  podman    tkdel-dnat.sh
  dkreg			init-config.yaml  storage   tkdel-dnat.sh.old
  $ ls /opt/zfs/tk8s | head -3
  config
  containerd-config.yaml
  dkreg
  $ ls -R tk
  tk:
  bin  wulin
  
  tk/bin:
  kcn  kto
  
  tk/wulin:
  yaml
  
  tk/wulin/yaml:
  pod-crun.yaml  pvc-nginx.yaml  rc-crun.yaml
  $ ls -l tk/bin tk/wulin/yaml
  tk/bin:
  total 8
  -rwxr-xr-x 1 bigred bigred 521 Apr 20 10:20 kcn
  -rwxr-xr-x 1 bigred bigred 685 Apr 20 10:20 kto
  
  tk/wulin/yaml:
  total 12
  -rw-r--r-- 1 bigred bigred 251 Apr 20 10:20 pod-crun.yaml
  -rw-r--r-- 1 bigred bigred 314 Apr 20 10:20 pvc-nginx.yaml
  -rw-r--r-- 1 bigred bigred 103 Apr 20 10:20 rc-crun.yaml
  $ cat ~/tk/wulin/yaml/rc-crun.yaml
  apiVersion: node.k8s.io/v1
  kind: RuntimeClass
  # 告訴k8s有crun
  metadata:
    name: crun
  handler: crun 
  $ kubectl apply -f ~/tk/wulin/yaml/rc-crun.yaml
  runtimeclass.node.k8s.io/crun created
  $ ls -d /opt /nonexistent
  ls: cannot access '/nonexistent': No such file or directory
  /opt
  $ mkdir lab; mkdir lab
  mkdir: cannot create directory ‘lab’: File exists
  $ mkdir -p lab/a/b && ls -R lab
  lab:
  a
  
  lab/a:
  b
  
  lab/a/b:
  $ cp tk/wulin/yaml/pod-crun.yaml lab/ && ls lab
  a  pod-crun.yaml
  $ cp tk lab
  cp: -r not specified; omitting directory 'tk'
  $ cp -r tk lab/ && ls lab/tk
  bin  wulin
  $ mv lab/pod-crun.yaml lab/pod.yaml && ls lab
  a  pod.yaml  tk
  $ mv lab lab/a
  mv: cannot move 'lab' to a subdirectory of itself, 'lab/a/lab'
  $ touch lab/empty && ls -l lab/empty
  -rw-rw-r-- 1 bigred bigred 0 Apr 23 07:25 lab/empty
  $ chmod 600 lab/empty && ls -l lab/empty
  -rw------- 1 bigred bigred 0 Apr 23 07:25 lab/empty
  $ chmod u+x,g+w lab/empty; ls -l lab/empty
  -rwx-w---- 1 bigred bigred 0 Apr 23 07:25 lab/empty
  $ chmod 999 lab/empty
  chmod: invalid mode: ‘999’
  Try 'chmod --help' for more information.
  $ rm lab
  rm: cannot remove 'lab': Is a directory
  $ rm -r lab && ls
  tk
  $ rm nothing; echo $?
  rm: cannot remove 'nothing': No such file or directory
  1
  $ rm -f nothing; echo $?
  0
  $ echo hello | tee note.txt | tr a-z A-Z
  HELLO
  $ echo again | tee -a note.txt >/dev/null; cat note.txt
  hello
  again
  $ touch /etc/new
  touch: cannot touch '/etc/new': Permission denied
  $ which ls kubectl cd podman; echo $?
  /usr/bin/ls
  /usr/local/bin/kubectl
  /usr/bin/podman
  1
  $ less note.txt
  hello
  again
  $ vi pod.yaml
  vi: this lab has no full-screen editor. Write the file from the shell instead:
    cat > pod.yaml <<'EOF'
    ...the lines of the file...
    EOF
  (`cat >> pod.yaml` appends, `echo 'line' >> pod.yaml` adds one line, `cat pod.yaml` checks it.)
  $ cat > pod.yaml <<'EOF'
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: hand-made
  > spec:
  >   containers:
  >   - name: c
  >     image: nginx
  > EOF
  $ ls -l pod.yaml
  -rw-rw-r-- 1 bigred bigred 102 Apr 23 07:25 pod.yaml
  $ echo ~ ~root; cd /opt/zfs && pwd && ls *.yaml tk8s/*.yaml
  /home/bigred /root
  /opt/zfs
  ls: cannot access '*.yaml': No such file or directory
  tk8s/containerd-config.yaml  tk8s/init-config.yaml
