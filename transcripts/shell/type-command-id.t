`type` and `command -v` tell what a name runs: the `k` alias, bash's builtins and keywords, the
lab's programs where their packages install them. `id` reads the host's /etc/passwd and
/etc/group: bigred is in adm and sudo.
  $ type k kubectl cd if nosuch
  k is aliased to `kubectl'
  kubectl is /usr/local/bin/kubectl
  cd is a shell builtin
  if is a shell keyword
  bash: type: nosuch: not found
  $ command -v k kubectl podman; echo $?
  alias k='kubectl'
  /usr/local/bin/kubectl
  /usr/bin/podman
  0
  $ command -v helm || echo 'no helm here'
  no helm here
  $ id
  uid=1000(bigred) gid=1000(bigred) groups=1000(bigred),4(adm),27(sudo)
  $ id -nG
  bigred adm sudo
  $ sudo id -un
  root
