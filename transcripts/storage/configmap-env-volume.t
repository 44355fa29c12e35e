A ConfigMap and a Secret as environment variables (one key, or every key with a prefix) and
as files. The environment is fixed when the container starts; the mounted files follow an
update of the ConfigMap at the kubelet's next sync of the pod (within a minute; see
configmap-volume-update.t), except one mounted with subPath. Secrets are base64 in the API and
plain inside the pod. The kubelet adds the Services' link variables too.
  $ kubectl create configmap app-config --from-literal=mode=dev --from-literal=level=3
  configmap/app-config created
  $ kubectl create secret generic db --from-literal=password=s3cret
  secret/db created
  $ kubectl get secret db -o jsonpath='{.data.password}{"\n"}'
  czNjcmV0
  $ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d; echo
  s3cret
  $ cat <<'EOF' | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: configured
  > spec:
  >   containers:
  >   - name: app
  >     image: busybox
  >     command: ["sleep", "3600"]
  >     env:
  >     - name: MODE
  >       valueFrom:
  >         configMapKeyRef:
  >           name: app-config
  >           key: mode
  >     - name: DB_PASSWORD
  >       valueFrom:
  >         secretKeyRef:
  >           name: db
  >           key: password
  >     - name: GREETING
  >       value: running in $(MODE) mode
  >     envFrom:
  >     - configMapRef:
  >         name: app-config
  >       prefix: CFG_
  >     volumeMounts:
  >     - name: config
  >       mountPath: /etc/app
  >     - name: config
  >       mountPath: /etc/level
  >       subPath: level
  >     - name: secret
  >       mountPath: /etc/db
  >   volumes:
  >   - name: config
  >     configMap:
  >       name: app-config
  >   - name: secret
  >     secret:
  >       secretName: db
  >       items:
  >       - key: password
  >         path: db-password
  >         mode: 0400
  > EOF
  pod/configured created
  $ sleep 20
  $ kubectl exec configured -- env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=configured
  CFG_level=3
  CFG_mode=dev
  MODE=dev
  DB_PASSWORD=s3cret
  GREETING=running in dev mode
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  HOME=/root
  $ kubectl exec configured -- printenv GREETING DB_PASSWORD
  running in dev mode
  s3cret
  $ kubectl exec configured -- ls /etc/app /etc/db
  /etc/app:
  level
  mode
  
  /etc/db:
  db-password
  $ kubectl exec configured -- cat /etc/app/mode /etc/level /etc/db/db-password; echo
  dev3s3cret
  $ kubectl create configmap app-config --from-literal=mode=prod --from-literal=level=5 --dry-run=client -o yaml | kubectl apply -f -
  Warning: resource configmaps/app-config is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  configmap/app-config configured
  $ sleep 60
  $ kubectl exec configured -- cat /etc/app/mode /etc/app/level /etc/level; echo
  prod53
  $ kubectl exec configured -- printenv MODE
  dev
