Alpine's release files: /etc/os-release and /etc/alpine-release name the point release each tag
carried on the world's date, and PRETTY_NAME its branch.
  $ kubectl run a --image=alpine -- sleep 3600
  pod/a created
  $ kubectl run old --image=alpine:3.19 -- sleep 3600
  pod/old created
  $ sleep 20
  $ kubectl exec a -- cat /etc/os-release
  NAME="Alpine Linux"
  ID=alpine
  VERSION_ID=3.21.3
  PRETTY_NAME="Alpine Linux v3.21"
  HOME_URL="https://alpinelinux.org/"
  BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
  $ kubectl exec a -- cat /etc/alpine-release
  3.21.3
  $ kubectl exec old -- cat /etc/alpine-release
  3.19.7
  $ kubectl exec old -- grep PRETTY /etc/os-release
  PRETTY_NAME="Alpine Linux v3.19"
