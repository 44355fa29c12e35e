The task "Distribute Credentials Securely Using Secrets", its environment variable pods: a
variable from one key of a Secret, from several Secrets, and every key of one (envFrom). nginx's
sh is dash, whose echo reads the backslash escapes itself.
  $ kubectl create secret generic backend-user --from-literal=backend-username='backend-admin'
  secret/backend-user created
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: env-single-secret
  > spec:
  >   containers:
  >   - name: envars-test-container
  >     image: nginx
  >     env:
  >     - name: SECRET_USERNAME
  >       valueFrom:
  >         secretKeyRef:
  >           name: backend-user
  >           key: backend-username
  > EOF
  pod/env-single-secret created
  $ sleep 20
  $ kubectl exec env-single-secret -- /bin/sh -c 'echo $SECRET_USERNAME'
  backend-admin
  $ kubectl create secret generic db-user --from-literal=db-username='db-admin'
  secret/db-user created
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: envvars-multiple-secrets
  > spec:
  >   containers:
  >   - name: envars-test-container
  >     image: nginx
  >     env:
  >     - name: BACKEND_USERNAME
  >       valueFrom:
  >         secretKeyRef:
  >           name: backend-user
  >           key: backend-username
  >     - name: DB_USERNAME
  >       valueFrom:
  >         secretKeyRef:
  >           name: db-user
  >           key: db-username
  > EOF
  pod/envvars-multiple-secrets created
  $ sleep 20
  $ kubectl exec envvars-multiple-secrets -- /bin/sh -c 'env | grep _USERNAME'
  DB_USERNAME=db-admin
  BACKEND_USERNAME=backend-admin
  $ kubectl create secret generic test-secret --from-literal=username='my-app' --from-literal=password='39528$vdg7Jb'
  secret/test-secret created
  $ cat <<EOF | kubectl create -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: envfrom-secret
  > spec:
  >   containers:
  >   - name: envars-test-container
  >     image: nginx
  >     envFrom:
  >     - secretRef:
  >         name: test-secret
  > EOF
  pod/envfrom-secret created
  $ sleep 20
  $ kubectl exec envfrom-secret -- /bin/sh -c 'echo "username: $username\npassword: $password\n"'
  username: my-app
  password: 39528$vdg7Jb
  
The same variables in a container's own output: its command's `env` lists them with the rest.
  $ kubectl run secret-env-log --image=registry.k8s.io/busybox:1.27.2 --restart=Never --overrides='{"spec":{"containers":[{"name":"secret-env-log","image":"registry.k8s.io/busybox:1.27.2","command":["/bin/sh","-c","env; echo \"username: $username\\npassword: $password\""],"envFrom":[{"secretRef":{"name":"test-secret"}}]}]}}'
  pod/secret-env-log created
  $ sleep 10
  $ kubectl logs secret-env-log
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT=443
  HOSTNAME=secret-env-log
  SHLVL=1
  HOME=/root
  username=my-app
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  password=39528$vdg7Jb
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  KUBERNETES_SERVICE_HOST=10.98.0.1
  PWD=/
  username: my-app\npassword: 39528$vdg7Jb
  $ kubectl delete pod env-single-secret envvars-multiple-secrets envfrom-secret secret-env-log --now
  pod "env-single-secret" deleted
  pod "envvars-multiple-secrets" deleted
  pod "envfrom-secret" deleted
  pod "secret-env-log" deleted
  $ kubectl delete secret backend-user db-user test-secret
  secret "backend-user" deleted
  secret "db-user" deleted
  secret "test-secret" deleted
