kubectl writes a kubeconfig file as client-go does: a new file readable and writable by its
owner alone (0600), in a directory it makes 0755; a file that exists keeps its mode.
kubeadm's admin.conf and its copy in ~/.kube are 0600 too.
  $ ls -l ~/.kube/config
  -rw------- 1 bigred bigred 5630 Apr 21 09:01 /home/bigred/.kube/config
  $ kubectl --kubeconfig=new/dev.conf config set-cluster tk8s --server=https://172.22.0.1:6443
  Cluster "tk8s" set.
  $ ls -ld new new/dev.conf
  drwxr-xr-x 2 bigred bigred 4096 Apr 23 07:25 new
  -rw------- 1 bigred bigred  161 Apr 23 07:25 new/dev.conf
  $ touch shared.conf
  $ kubectl --kubeconfig=shared.conf config set-credentials robot --token=abc
  User "robot" set.
  $ ls -l shared.conf
  -rw-rw-r-- 1 bigred bigred 138 Apr 23 07:25 shared.conf
  $ KUBECONFIG=other.conf kubectl config set-context dev --cluster=tk8s
  Context "dev" created.
  $ ls -l other.conf
  -rw------- 1 bigred bigred 155 Apr 23 07:25 other.conf
  $ sudo ls -l /opt/zfs/tk8s/config
  -rw------- 1 bigred bigred 5630 Apr 21 08:53 /opt/zfs/tk8s/config
  $ sudo podman exec tk8s-control-plane ls -l /etc/kubernetes/admin.conf
  -rw------- 1 root root 5630 Apr 21 09:00 /etc/kubernetes/admin.conf
