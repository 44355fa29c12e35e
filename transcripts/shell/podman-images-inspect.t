podman images, inspect and logs. The node image is root's (kcn pulled it with sudo podman), so
the learner's own podman has none. inspect prints podman 4.9's JSON (five-space indent) or runs a
Go template per object; `.ID` and `.ImageID` mean the `Id` and `Image` keys, as podman says.
logs holds what each node container wrote to its terminal (kind's entrypoint, then systemd),
once for every start of the container (created, then three reboots before the session).
  $ podman images
  REPOSITORY  TAG         IMAGE ID    CREATED     SIZE
  $ sudo podman images
  REPOSITORY                  TAG         IMAGE ID      CREATED      SIZE
  quay.io/cloudwalker/taroko  v1.32.2     226c4fccbb14  7 weeks ago  1.09 GB
  $ docker images -q
  226c4fccbb14
  $ docker images --no-trunc
  REPOSITORY                  TAG         IMAGE ID                                                                 CREATED      SIZE
  quay.io/cloudwalker/taroko  v1.32.2     sha256:226c4fccbb1406d022fa62ea9b4bf250bcf2a156ccd71dc4fc29d3b159686add  7 weeks ago  1.09 GB
  $ docker inspect --format '{{.State.Status}} {{.State.Running}} {{.NetworkSettings.Networks.tk8s.IPAddress}}' tk8s-worker1 tk8s-worker2
  running true 172.22.0.2
  running true 172.22.0.3
  $ docker inspect -f '{{.ID}} {{.ImageID}}' 857bbe4422c0
  857bbe4422c047a020287c1a7f7390b1c59cb8ea46558e79b24ebebe22569360 226c4fccbb1406d022fa62ea9b4bf250bcf2a156ccd71dc4fc29d3b159686add
  $ docker inspect -f '{{.Path}} {{.Args}} {{.Config.Entrypoint}} {{.Config.Cmd}}' tk8s-worker1
  /usr/local/bin/entrypoint [/sbin/init bash] /usr/local/bin/entrypoint /sbin/init [bash]
  $ docker inspect -f '{{range .Mounts}}{{.Source}} -> {{.Destination}}{{"\n"}}{{end}}' tk8s-control-plane
  /home/bigred/tk/wulin -> /opt/wulin
  /opt/zfs/tk8s -> /opt/zfs
  
  $ docker inspect tk8s-worker2 | grep -A3 '"Networks"'
                 "Networks": {
                      "tk8s": {
                           "EndpointID": "",
                           "Gateway": "172.22.0.254",
  $ docker logs tk8s-worker1 | tail -8 | od -c | tail -4
  0000740  \r  \n   S   e   t       h   o   s   t   n   a   m   e       t
  0000760   o       <   t   k   8   s   -   w   o   r   k   e   r   1   >
  0001000   .  \r  \n
  0001003
  $ docker logs tk8s-control-plane | tr -d '\r' | head -13
  INFO: ensuring we can execute mount/umount even with userns-remap
  INFO: remounting /sys read-only
  INFO: making mounts shared
  INFO: detected cgroup v2
  INFO: clearing and regenerating /etc/machine-id
  Initializing machine ID from random generator.
  INFO: faking /sys/class/dmi/id/product_name to be "kind"
  INFO: faking /sys/class/dmi/id/product_uuid to be random
  INFO: faking /sys/devices/virtual/dmi/id/product_uuid as well
  INFO: setting iptables to detected mode: nft
  INFO: detected IPv4 address: 172.22.0.1
  INFO: starting init
  systemd 252.33-1~deb12u1 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)
  $ docker stop tk8s-worker1
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker1 in 10 seconds, resorting to SIGKILL
  tk8s-worker1
  $ docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.FinishedAt}}' tk8s-worker1
  exited 137 2025-04-23T07:25:10Z
  $ docker start tk8s-worker1
  tk8s-worker1
  $ docker logs tk8s-worker1 | grep -c 'starting init'
  5
  $ docker inspect nosuch
  []
  Error: inspecting object: no such object: "nosuch"
  $ echo $?
  125
  $ docker inspect tk8s-worker1 nosuch1 nosuch2 | head -1
  error inspecting object: no such object: "nosuch2"
  Error: inspecting object: no such object: "nosuch1"
  [
  $ docker inspect
  Error: no names or ids specified
  $ docker inspect -f '{{.State.Nope' tk8s-worker1
  Error: template: inspect:2: unclosed action started at inspect:1
  $ docker logs
  Error: no containers specified
  $ docker logs nosuch
  Error: no container with name or ID "nosuch" found: no such container
  $ docker images --frobnicate
  Error: unknown flag: --frobnicate
  See 'podman images --help'
  $ docker inspect quay.io/cloudwalker/taroko:v1.32.2
  [
       {
            "Id": "226c4fccbb1406d022fa62ea9b4bf250bcf2a156ccd71dc4fc29d3b159686add",
            "Digest": "sha256:dbe5d961f14368fc1dd44ec09cce1d49e31d2fe812eafd04d46f53c0eaf9962d",
            "RepoTags": [
                 "quay.io/cloudwalker/taroko:v1.32.2"
            ],
            "RepoDigests": [
                 "quay.io/cloudwalker/taroko@sha256:dbe5d961f14368fc1dd44ec09cce1d49e31d2fe812eafd04d46f53c0eaf9962d"
            ],
            "Parent": "",
            "Comment": "",
            "Created": "2025-03-02T06:41:17Z",
            "Config": {},
            "Version": "",
            "Author": "",
            "Architecture": "amd64",
            "Os": "linux",
            "Size": 1093387674,
            "VirtualSize": 1093387674
       }
  ]
  $ sudo podman run -itd --name extra quay.io/cloudwalker/taroko:v1.32.2 bash
  Error: `podman run` is part of podman, but not of this lab yet
  $ podman frobnicate
  Error: unrecognized command `podman frobnicate`
  Try 'podman --help' for more information
