Which shell an image's `/bin/sh` is: busybox ash in the Alpine tags (nginx:alpine,
nginx:1.27.4-alpine, httpd:alpine, redis:alpine, postgres:alpine, which keeps bash beside it),
dash in the Debian-based ones, bash in mysql's Oracle Linux. The Alpine tags carry Alpine's
release files and no bash unless they install it.
  $ kubectl run web --image=nginx:1.27.4-alpine
  pod/web created
  $ kubectl run deb --image=nginx:1.27
  pod/deb created
  $ kubectl run site --image=httpd:alpine
  pod/site created
  $ kubectl run cache --image=redis:alpine
  pod/cache created
  $ kubectl run db --image=postgres:alpine --env=POSTGRES_PASSWORD=secret
  pod/db created
  $ kubectl run my --image=mysql:8.4 --env=MYSQL_ROOT_PASSWORD=secret
  pod/my created
  $ sleep 20
  $ kubectl exec web -- sh -c 'cat /etc/alpine-release; [[ $HOSTNAME == w* ]] && echo ash; nosuch'
  3.21.3
  ash
  sh: nosuch: not found
  command terminated with exit code 127
  $ kubectl exec deb -- sh -c 'nosuch'
  sh: 1: nosuch: not found
  command terminated with exit code 127
  $ kubectl exec web -- bash
  error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "21642d472fee0f54d852f23394116c10eca8e7c77ee135e8032bf0e687b3bb7a": OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown
  $ kubectl exec site -- sh -c 'nosuch'
  sh: nosuch: not found
  command terminated with exit code 127
  $ kubectl exec cache -- sh -c 'nosuch'
  sh: nosuch: not found
  command terminated with exit code 127
  $ kubectl exec db -- sh -c 'nosuch'
  sh: nosuch: not found
  command terminated with exit code 127
  $ kubectl exec db -- bash -c 'nosuch'
  bash: line 1: nosuch: command not found
  command terminated with exit code 127
  $ kubectl exec my -- sh -c 'echo $((1+1)); nosuch'
  2
  sh: line 1: nosuch: command not found
  command terminated with exit code 127
  $ kubectl exec web -- printenv NGINX_VERSION PKG_RELEASE DYNPKG_RELEASE NJS_VERSION NJS_RELEASE
  1.27.4
  1
  1
  0.8.9
  1
