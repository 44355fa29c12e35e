The programs the catalog's server images ship besides their shell: httpd and apachectl in
/usr/local/apache2/bin, redis-server and redis-cli (the checkers and the sentinel are links to
the server), psql through Debian's pg_wrapper, and MySQL's client and server, each naming the
version of the tag it runs.
  $ kubectl run site --image=httpd:2.4
  pod/site created
  $ kubectl run cache --image=redis:7.4
  pod/cache created
  $ kubectl run db --image=postgres:17 --env=POSTGRES_PASSWORD=secret
  pod/db created
  $ kubectl run my --image=mysql:8.4 --env=MYSQL_ROOT_PASSWORD=secret
  pod/my created
  $ sleep 30
  $ kubectl exec site -- httpd -v
  Server version: Apache/2.4.63 (Unix)
  Server built:   Jan 24 2025 01:17:32
  $ kubectl exec site -- apachectl -t
  AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.1.8. Set the 'ServerName' directive globally to suppress this message
  Syntax OK
  $ kubectl exec cache -- redis-cli ping
  PONG
  $ kubectl exec cache -- redis-cli --version
  redis-cli 7.4.2
  $ kubectl exec cache -- redis-server --version
  Redis server v=7.4.2 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=7d3f5a1c6e2b8f49
  $ kubectl exec cache -- readlink /usr/local/bin/redis-check-aof /usr/local/bin/redis-sentinel
  redis-server
  redis-server
  $ kubectl exec db -- psql --version
  psql (PostgreSQL) 17.4 (Debian 17.4-1.pgdg120+2)
  $ kubectl exec db -- readlink -f /usr/bin/psql
  /usr/share/postgresql-common/pg_wrapper
  $ kubectl exec my -- mysql --version
  mysql  Ver 8.4.5 for Linux on x86_64 (MySQL Community Server - GPL)
  $ kubectl exec my -- mysqld --version
  /usr/sbin/mysqld  Ver 8.4.5 for Linux on x86_64 (MySQL Community Server - GPL)
