The kubelet writes a ConfigMap volume with its atomic writer: the files go into a directory named
for the UTC time of the write (plus the random digits of a temporary directory), `..data` links
to it, and each key is a link `key -> ..data/key`. When it next syncs the pod after an update it
writes a new timestamped directory, moves `..data` to it and removes the old one; the key links
stay. A subPath mount is a plain file.
  $ kubectl create configmap settings --from-literal=mode=fast --from-literal=level=3
  configmap/settings created
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: reader
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sleep", "3600"]
  >     volumeMounts:
  >     - {name: settings, mountPath: /etc/config}
  >     - {name: settings, mountPath: /etc/mode, subPath: mode}
  >   volumes:
  >   - name: settings
  >     configMap: {name: settings}
  > EOF
  pod/reader created
  $ sleep 10
  $ kubectl exec reader -- ls -la /etc/config
  total 12
  drwxrwxrwx    3 root     root          4096 Apr 23 07:25 .
  drwxr-xr-x    3 root     root          4096 Apr 23 07:25 ..
  drwxr-xr-x    2 root     root          4096 Apr 23 07:25 ..2025_04_23_07_25_00.2316111053
  lrwxrwxrwx    1 root     root            32 Apr 23 07:25 ..data -> ..2025_04_23_07_25_00.2316111053
  lrwxrwxrwx    1 root     root            12 Apr 23 07:25 level -> ..data/level
  lrwxrwxrwx    1 root     root            11 Apr 23 07:25 mode -> ..data/mode
  $ kubectl exec reader -- ls -l /etc/config/..data/
  total 8
  -rw-r--r--    1 root     root             1 Apr 23 07:25 level
  -rw-r--r--    1 root     root             4 Apr 23 07:25 mode
  $ kubectl exec reader -- cat /etc/config/mode; echo
  fast
  $ kubectl exec reader -- readlink /etc/config/..data /etc/config/level
  ..2025_04_23_07_25_00.2316111053
  ..data/level
  $ kubectl exec reader -- ls -l /etc/mode
  -rw-r--r--    1 root     root             4 Apr 23 07:25 /etc/mode
  $ kubectl create configmap settings --from-literal=mode=slow --dry-run=client -o yaml | kubectl apply -f - 2>/dev/null
  configmap/settings configured
  $ sleep 60
  $ kubectl exec reader -- ls -la /etc/config
  total 12
  drwxrwxrwx    3 root     root          4096 Apr 23 07:26 .
  drwxr-xr-x    3 root     root          4096 Apr 23 07:26 ..
  drwxr-xr-x    2 root     root          4096 Apr 23 07:26 ..2025_04_23_07_26_00.2114485435
  lrwxrwxrwx    1 root     root            32 Apr 23 07:26 ..data -> ..2025_04_23_07_26_00.2114485435
  lrwxrwxrwx    1 root     root            12 Apr 23 07:26 level -> ..data/level
  lrwxrwxrwx    1 root     root            11 Apr 23 07:26 mode -> ..data/mode
  $ kubectl exec reader -- cat /etc/config/mode /etc/mode; echo
  slowfast
  $ kubectl exec reader -- cat /etc/config/level
  3 (no-eol)
