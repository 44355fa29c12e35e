Inside the nginx image: the server's binary and its debug build in /usr/sbin, its version and
configuration test on stderr (nginx writes its messages there), a signal's notice through the
error log the image links to /dev/stderr. (Its configuration and page: shell/pod-filesystem.t.)
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 20
  $ kubectl exec web -- nginx -v
  nginx version: nginx/1.27.5
  $ kubectl exec web -- nginx -v 2>/dev/null | wc -c
  0
  $ kubectl exec web -- nginx -t
  nginx: the configuration file /etc/nginx/nginx.conf syntax is ok
  nginx: configuration file /etc/nginx/nginx.conf test is successful
  $ kubectl exec web -- nginx -s reload
  2025/04/23 07:25:20 [notice] 7#7: signal process started
  $ kubectl exec web -- sh -c 'ls /usr/sbin/nginx*'
  /usr/sbin/nginx
  /usr/sbin/nginx-debug
  $ kubectl exec web -- which nginx
  /usr/sbin/nginx
  $ kubectl exec web -- nginx -h
  nginx version: nginx/1.27.5
  Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]
               [-e filename] [-c filename] [-g directives]
  
  Options:
    -?,-h         : this help
    -v            : show version and exit
    -V            : show version and configure options then exit
    -t            : test configuration and exit
    -T            : test configuration, dump it and exit
    -q            : suppress non-error messages during configuration testing
    -s signal     : send signal to a master process: stop, quit, reopen, reload
    -p prefix     : set prefix path (default: /etc/nginx/)
    -e filename   : set error log file (default: /var/log/nginx/error.log)
    -c filename   : set configuration file (default: /etc/nginx/nginx.conf)
    -g directives : set global directives out of configuration file
  
A tag names its own build; a command line the lab does not simulate says so.
  $ kubectl run old --image=nginx:1.27.4
  pod/old created
  $ sleep 20
  $ kubectl exec old -- sh -c 'nginx -v; echo $?'
  nginx version: nginx/1.27.4
  0
  $ kubectl exec web -- nginx -V
  nginx: this program is in the image, but not part of this lab yet
  command terminated with exit code 1
