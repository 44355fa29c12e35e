The pods of the task "Configure a Pod to Use a ConfigMap" that print what they were given: `env`
run by busybox's sh lists the whole environment (the ConfigMap's values, the Service links, and
the PWD and SHLVL ash exports) in the order ash's variable table hands it to `env`; `ls` and
`cat` read the ConfigMap volume as the kubelet wrote it.
  $ kubectl create configmap special-config --from-literal=special.how=very
  configmap/special-config created
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-test-pod
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox:1.27.2
  >       command: [ "/bin/sh", "-c", "env" ]
  >       env:
  >         # Define the environment variable
  >         - name: SPECIAL_LEVEL_KEY
  >           valueFrom:
  >             configMapKeyRef:
  >               # The ConfigMap containing the value you want to assign to SPECIAL_LEVEL_KEY
  >               name: special-config
  >               # Specify the key associated with the value
  >               key: special.how
  >   restartPolicy: Never
  > EOF
  pod/dapi-test-pod created
  $ sleep 10
  $ kubectl get pod dapi-test-pod
  NAME            READY   STATUS      RESTARTS   AGE
  dapi-test-pod   0/1     Completed   0          10s
  $ kubectl logs dapi-test-pod
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT=443
  HOSTNAME=dapi-test-pod
  SHLVL=1
  HOME=/root
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  SPECIAL_LEVEL_KEY=very
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  KUBERNETES_SERVICE_HOST=10.98.0.1
  PWD=/
  $ kubectl delete pod dapi-test-pod --now
  pod "dapi-test-pod" deleted
  $ kubectl delete configmap special-config
  configmap "special-config" deleted
Two ConfigMaps, a variable from each.
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: special-config
  >   namespace: default
  > data:
  >   special.how: very
  > ---
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: env-config
  >   namespace: default
  > data:
  >   log_level: INFO
  > EOF
  configmap/special-config created
  configmap/env-config created
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-test-pod
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox:1.27.2
  >       command: [ "/bin/sh", "-c", "env" ]
  >       env:
  >         - name: SPECIAL_LEVEL_KEY
  >           valueFrom:
  >             configMapKeyRef:
  >               name: special-config
  >               key: special.how
  >         - name: LOG_LEVEL
  >           valueFrom:
  >             configMapKeyRef:
  >               name: env-config
  >               key: log_level
  >   restartPolicy: Never
  > EOF
  pod/dapi-test-pod created
  $ sleep 10
  $ kubectl logs dapi-test-pod
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT=443
  LOG_LEVEL=INFO
  HOSTNAME=dapi-test-pod
  SHLVL=1
  HOME=/root
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  SPECIAL_LEVEL_KEY=very
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  KUBERNETES_SERVICE_HOST=10.98.0.1
  PWD=/
  $ kubectl delete pod dapi-test-pod --now
  pod "dapi-test-pod" deleted
Every key of a ConfigMap as a variable (envFrom).
  $ kubectl delete configmap special-config
  configmap "special-config" deleted
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: special-config
  >   namespace: default
  > data:
  >   SPECIAL_LEVEL: very
  >   SPECIAL_TYPE: charm
  > EOF
  configmap/special-config created
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-test-pod
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox
  >       command: [ "/bin/sh", "-c", "env" ]
  >       envFrom:
  >       - configMapRef:
  >           name: special-config
  >   restartPolicy: Never
  > EOF
  pod/dapi-test-pod created
  $ sleep 10
  $ kubectl logs dapi-test-pod
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT=443
  HOSTNAME=dapi-test-pod
  SHLVL=1
  HOME=/root
  SPECIAL_LEVEL=very
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  KUBERNETES_SERVICE_HOST=10.98.0.1
  PWD=/
  SPECIAL_TYPE=charm
  $ kubectl delete pod dapi-test-pod --now
  pod "dapi-test-pod" deleted
The ConfigMap as a volume: `ls` lists a file for each key.
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-test-pod
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox:1.27.2
  >       command: [ "/bin/sh", "-c", "ls /etc/config/" ]
  >       volumeMounts:
  >       - name: config-volume
  >         mountPath: /etc/config
  >   volumes:
  >     - name: config-volume
  >       configMap:
  >         # Provide the name of the ConfigMap containing the files you want
  >         # to add to the container
  >         name: special-config
  >   restartPolicy: Never
  > EOF
  pod/dapi-test-pod created
  $ sleep 10
  $ kubectl get pod dapi-test-pod
  NAME            READY   STATUS      RESTARTS   AGE
  dapi-test-pod   0/1     Completed   0          10s
  $ kubectl logs dapi-test-pod
  SPECIAL_LEVEL
  SPECIAL_TYPE
  $ kubectl delete pod dapi-test-pod --now
  pod "dapi-test-pod" deleted
One key at a path of its own; a file the volume does not have is busybox's error.
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-test-pod
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox:1.27.2
  >       command: [ "/bin/sh","-c","cat /etc/config/keys" ]
  >       volumeMounts:
  >       - name: config-volume
  >         mountPath: /etc/config
  >   volumes:
  >     - name: config-volume
  >       configMap:
  >         name: special-config
  >         items:
  >         - key: SPECIAL_LEVEL
  >           path: keys
  >   restartPolicy: Never
  > EOF
  pod/dapi-test-pod created
  $ sleep 10
  $ kubectl get pod dapi-test-pod
  NAME            READY   STATUS      RESTARTS   AGE
  dapi-test-pod   0/1     Completed   0          10s
  $ kubectl logs dapi-test-pod
  very (no-eol)
  $ kubectl run missing --image=registry.k8s.io/busybox:1.27.2 --restart=Never --overrides='{"spec":{"containers":[{"name":"missing","image":"registry.k8s.io/busybox:1.27.2","command":["sh","-c","cat /etc/config/SPECIAL_TYPE; ls /etc/config /etc/config/nothing"],"volumeMounts":[{"name":"c","mountPath":"/etc/config"}]}],"volumes":[{"name":"c","configMap":{"name":"special-config","items":[{"key":"SPECIAL_LEVEL","path":"keys"}]}}]}}'
  pod/missing created
  $ sleep 10
  $ kubectl logs missing
  cat: can't open '/etc/config/SPECIAL_TYPE': No such file or directory
  ls: /etc/config/nothing: No such file or directory
  /etc/config:
  keys
  $ kubectl delete pod dapi-test-pod missing --now
  pod "dapi-test-pod" deleted
  pod "missing" deleted
  $ kubectl delete configmap special-config env-config
  configmap "special-config" deleted
  configmap "env-config" deleted
