A program finds its environment in the order whoever started it wrote it. bash hands on its
exported variables in the order of its variable table (1,024 buckets by hash of the name) and
adds `_`, the path of the program, after the prefix assignments (`NAME=value command`, and those
of a function running it), which it lists first from a table of 4 buckets; it counts its depth
in SHLVL (a program that takes its place, as `bash -c`'s last simple command does, gets the
level before) and does not export HOSTNAME. dash (`sh`) walks its own 39-bucket table. `env
NAME=value` replaces a variable in its place or adds it last, and `env -u NAME` takes one out. A
process the container runtime starts gets PATH and HOSTNAME first, the image's variables, the
pod's, and HOME last; `podman exec` hands on the node container's environment, then its `-e`
variables.
  $ env
  SHELL=/bin/bash
  PWD=/home/bigred
  LOGNAME=bigred
  HOME=/home/bigred
  LANG=C.UTF-8
  USER=bigred
  SHLVL=1
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin:/home/bigred/tk/bin
  _=/usr/bin/env
  $ printenv _ SHLVL; echo $HOSTNAME
  /usr/bin/printenv
  1
  taroko
  $ export GREETING=hello
  $ env | tail -3
  GREETING=hello
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin:/home/bigred/tk/bin
  _=/usr/bin/env
  $ env LANG=C GREETING=bye env
  SHELL=/bin/bash
  PWD=/home/bigred
  LOGNAME=bigred
  HOME=/home/bigred
  LANG=C
  USER=bigred
  SHLVL=1
  GREETING=bye
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin:/home/bigred/tk/bin
  _=/usr/bin/env
  $ env -u USER -u SHELL env
  PWD=/home/bigred
  LOGNAME=bigred
  HOME=/home/bigred
  LANG=C.UTF-8
  SHLVL=1
  GREETING=hello
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin:/home/bigred/tk/bin
  _=/usr/bin/env
  $ env -u
  env: option requires an argument -- 'u'
  Try 'env --help' for more information.
  $ bash -c 'echo $SHLVL'
  2
  $ bash -c 'printenv SHLVL; printenv SHLVL'
  2
  1
  $ bash -c 'printenv SHLVL | cat; true && printenv SHLVL'
  2
  1
  $ sh -c env
  USER=bigred
  SHLVL=1
  HOME=/home/bigred
  LOGNAME=bigred
  GREETING=hello
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin:/home/bigred/tk/bin
  LANG=C.UTF-8
  SHELL=/bin/bash
  PWD=/home/bigred
  $ env -i A=1 B=2 env
  A=1
  B=2
  $ kubectl run web --image=nginx --env=NJS_VERSION=mine --env=MODE=dev
  pod/web created
  $ kubectl create service clusterip web --tcp=80
  service/web created
  $ sleep 20
  $ kubectl exec web -- env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=web
  NGINX_VERSION=1.27.5
  NJS_VERSION=mine
  NJS_RELEASE=1~bookworm
  PKG_RELEASE=1~bookworm
  DYNPKG_RELEASE=1~bookworm
  MODE=dev
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  WEB_PORT=tcp://10.98.0.44:80
  WEB_PORT_80_TCP=tcp://10.98.0.44:80
  WEB_PORT_80_TCP_ADDR=10.98.0.44
  WEB_PORT_80_TCP_PORT=80
  WEB_PORT_80_TCP_PROTO=tcp
  WEB_SERVICE_HOST=10.98.0.44
  WEB_SERVICE_PORT=80
  WEB_SERVICE_PORT_80=80
  HOME=/root
  $ kubectl exec web -- sh -c 'env | grep -v ^KUBERNETES'
  HOSTNAME=web
  MODE=dev
  HOME=/root
  WEB_PORT=tcp://10.98.0.44:80
  WEB_SERVICE_PORT=80
  PKG_RELEASE=1~bookworm
  WEB_SERVICE_PORT_80=80
  DYNPKG_RELEASE=1~bookworm
  WEB_PORT_80_TCP_ADDR=10.98.0.44
  WEB_PORT_80_TCP_PORT=80
  WEB_PORT_80_TCP_PROTO=tcp
  NGINX_VERSION=1.27.5
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  NJS_VERSION=mine
  NJS_RELEASE=1~bookworm
  WEB_PORT_80_TCP=tcp://10.98.0.44:80
  PWD=/
  WEB_SERVICE_HOST=10.98.0.44
  $ kubectl exec web -- env -u HOME A=1 env | tail -3
  WEB_SERVICE_PORT=80
  WEB_SERVICE_PORT_80=80
  A=1
  $ sudo podman exec -e TERM=dumb -e A=1 tk8s-worker1 env
  container=podman
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  TERM=dumb
  HOME=/root
  HOSTNAME=tk8s-worker1
  A=1
  $ env -i A=1 B=2 bash -c 'C=3 D=4 Z=5 E=6 env | cat'
  C=3
  Z=5
  E=6
  D=4
  PWD=/home/bigred
  B=2
  A=1
  SHLVL=1
  _=/usr/bin/env
  $ env -i A=1 B=2 bash -c 'true; X=1 Y=2 XY=3 A=3 env'
  XY=3
  A=3
  Y=2
  X=1
  PWD=/home/bigred
  B=2
  SHLVL=0
  _=/usr/bin/env
  $ env -i bash -c 'f() { env; }; M=1 N=2 f | cat'
  N=2
  M=1
  PWD=/home/bigred
  SHLVL=1
  _=/usr/bin/env
