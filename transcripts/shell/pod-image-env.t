A container starts with its image's environment (the image config's ENV lines for its tag),
under the pod's own variables, which win where a name is in both, as containerd merges them.
`kubectl exec POD -- env` lists them in the order the process got them: PATH and HOSTNAME,
the image's variables (one the pod sets keeps its place), the pod's, and HOME last. A shell's
`env` lists them in the order of its variable table instead.
  $ kubectl run web --image=nginx:1.27 --env=NJS_VERSION=mine
  pod/web created
  $ kubectl run db --image=postgres:17 --env=POSTGRES_PASSWORD=secret
  pod/db created
  $ kubectl run cache --image=redis:7.4
  pod/cache created
  $ kubectl run site --image=httpd:2.4
  pod/site created
  $ kubectl run box --image=alpine:3.21 -- sleep 3600
  pod/box created
  $ sleep 20
  $ kubectl exec web -- env | grep -v ^KUBERNETES_
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=web
  NGINX_VERSION=1.27.5
  NJS_VERSION=mine
  NJS_RELEASE=1~bookworm
  PKG_RELEASE=1~bookworm
  DYNPKG_RELEASE=1~bookworm
  HOME=/root
  $ kubectl exec db -- sh -c 'env | grep -e ^PG -e ^LANG -e ^PATH -e ^GOSU'
  PG_VERSION=17.4-1.pgdg120+2
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin
  LANG=en_US.utf8
  PG_MAJOR=17
  GOSU_VERSION=1.17
  PGDATA=/var/lib/postgresql/data
  $ kubectl exec cache -- printenv REDIS_VERSION REDIS_DOWNLOAD_URL
  7.4.2
  http://download.redis.io/releases/redis-7.4.2.tar.gz
  $ kubectl exec site -- sh -c 'echo $PATH; cd $HTTPD_PREFIX && pwd'
  /usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  /usr/local/apache2
  $ kubectl exec box -- env | grep -v ^KUBERNETES_
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=box
  HOME=/root
