An image's bash starts as bash does (`variables.c`): it exports `PWD` and one more `SHLVL` than
it was given, and sets `BASH_VERSION` and the read-only array `BASH_VERSINFO` from the version
the image ships (Debian 12's 5.2.15 in nginx, Oracle Linux 9's 5.1.8 in mysql). dash sets
neither. The host's bash is Ubuntu 24.04's.
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl run db --image=mysql --env=MYSQL_ROOT_PASSWORD=secret
  pod/db created
  $ sleep 20
  $ kubectl exec web -- bash -c 'env | grep -E "^(PWD|SHLVL)="; bash -c "echo \$SHLVL"'
  PWD=/
  SHLVL=1
  1
  $ kubectl exec web -- bash -c 'echo $BASH_VERSION; declare -p BASH_VERSINFO; BASH_VERSINFO[0]=6'
  5.2.15(1)-release
  declare -ar BASH_VERSINFO=([0]="5" [1]="2" [2]="15" [3]="1" [4]="release" [5]="x86_64-pc-linux-gnu")
  bash: BASH_VERSINFO: readonly variable
  command terminated with exit code 1
  $ kubectl exec db -- sh -c 'echo "$BASH_VERSION ${BASH_VERSINFO[*]}"'
  5.1.8(1)-release 5 1 8 1 release x86_64-redhat-linux-gnu
  $ kubectl exec web -- sh -c 'echo "[$BASH_VERSION] [$SHLVL]"'
  [] []
  $ echo "$BASH_VERSION ${BASH_VERSINFO[@]}"
  5.2.21(1)-release 5 2 21 1 release x86_64-pc-linux-gnu
