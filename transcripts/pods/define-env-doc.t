The task "Define Environment Variables for a Container": hello-app:2.0 started with two
variables of its own, which `printenv` lists after the image's (PATH, PORT) and the host name,
and before the Services' and HOME; the server logs the port it listens on. Then the page's
print-greeting pod, whose `bash` image echoes a message built from dependent variables. A
`bash -c env` in that image lists the environment as bash hands it to a program: in its
variable table's order, with the PWD and SHLVL it sets and `_`, the program's path; run as the
script's last command, env gets the shell's own SHLVL back (as /bin/bash 5.2.15 run with the
same environment by `env -i` prints it).
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: envar-demo
  >   labels:
  >     purpose: demonstrate-envars
  > spec:
  >   containers:
  >   - name: envar-demo-container
  >     image: gcr.io/google-samples/hello-app:2.0
  >     env:
  >     - name: DEMO_GREETING
  >       value: "Hello from the environment"
  >     - name: DEMO_FAREWELL
  >       value: "Such a sweet sorrow"
  > EOF
  pod/envar-demo created
  $ sleep 30
  $ kubectl get pods -l purpose=demonstrate-envars
  NAME         READY   STATUS    RESTARTS   AGE
  envar-demo   1/1     Running   0          30s
  $ kubectl exec envar-demo -- printenv
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=envar-demo
  PORT=8080
  DEMO_GREETING=Hello from the environment
  DEMO_FAREWELL=Such a sweet sorrow
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  HOME=/root
  $ kubectl logs envar-demo
  2025/04/23 07:25:03 Server listening on port 8080
  $ kubectl exec envar-demo -- wget -qO- http://localhost:8080/
  Hello, world!
  Version: 2.0.0
  Hostname: envar-demo
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: print-greeting
  > spec:
  >   containers:
  >   - name: env-print-demo
  >     image: bash
  >     env:
  >     - name: GREETING
  >       value: "Warm greetings to"
  >     - name: HONORIFIC
  >       value: "The Most Honorable"
  >     - name: NAME
  >       value: "Kubernetes"
  >     - name: MESSAGE
  >       value: "\$(GREETING) \$(HONORIFIC) \$(NAME)"
  >     command: ["echo"]
  >     args: ["\$(MESSAGE)"]
  > EOF
  pod/print-greeting created
  $ sleep 30
  $ kubectl logs print-greeting
  Warm greetings to The Most Honorable Kubernetes
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: bash-env
  > spec:
  >   restartPolicy: Never
  >   containers:
  >   - name: last
  >     image: bash:5.2
  >     command: ["bash", "-c", "env"]
  >     env:
  >     - name: GREETING
  >       value: "Warm greetings to"
  >   - name: not-last
  >     image: bash:5.2
  >     command: ["/usr/local/bin/bash", "-c", "export NAME=Kubernetes; env; printenv SHLVL _"]
  > EOF
  pod/bash-env created
  $ sleep 30
  $ kubectl logs bash-env -c last
  KUBERNETES_SERVICE_PORT_HTTPS=443
  KUBERNETES_SERVICE_PORT=443
  HOSTNAME=bash-env
  PWD=/
  _BASH_BASELINE_PATCH=37
  HOME=/root
  _BASH_VERSION=5.2.37
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  _BASH_BASELINE=5.2.37
  _BASH_LATEST_PATCH=37
  SHLVL=0
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  GREETING=Warm greetings to
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_PORT=443
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  _=/usr/bin/env
  $ kubectl logs bash-env -c not-last
  KUBERNETES_SERVICE_PORT_HTTPS=443
  KUBERNETES_SERVICE_PORT=443
  HOSTNAME=bash-env
  NAME=Kubernetes
  PWD=/
  _BASH_BASELINE_PATCH=37
  HOME=/root
  _BASH_VERSION=5.2.37
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  _BASH_BASELINE=5.2.37
  _BASH_LATEST_PATCH=37
  SHLVL=1
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_PORT=443
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  _=/usr/bin/env
  0
  /bin/printenv
