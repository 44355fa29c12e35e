mysql's containers start with its Dockerfile's ENV lines (docker-library/mysql's
Dockerfile.oracle at each tag's update), under the pod's own variables.
  $ kubectl run db --image=mysql:8.4 --env=MYSQL_ROOT_PASSWORD=secret
  pod/db created
  $ kubectl run db9 --image=mysql --env=MYSQL_ROOT_PASSWORD=secret
  pod/db9 created
  $ sleep 20
  $ kubectl exec db -- printenv PATH GOSU_VERSION MYSQL_MAJOR MYSQL_VERSION MYSQL_SHELL_VERSION
  /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  1.17
  8.4
  8.4.5-1.el9
  8.4.5-1.el9
  $ kubectl exec db9 -- printenv MYSQL_MAJOR MYSQL_VERSION MYSQL_SHELL_VERSION
  innovation
  9.3.0-1.el9
  9.3.0-1.el9
