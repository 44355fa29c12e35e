crictl's list filters: --name and --namespace are regular expressions matched anywhere in the
pod's (for ps, the container's) name and namespace; --latest and --last keep the newest.
  $ sudo podman exec tk8s-control-plane crictl pods --name coredns
  POD ID              CREATED             STATE               NAME                       NAMESPACE           ATTEMPT             RUNTIME
  75d97b65060a9       7 hours ago         Ready               coredns-66967f4c59-sc4gn   kube-system         3                   (default)
  ea0b308d09017       7 hours ago         Ready               coredns-66967f4c59-zkpkl   kube-system         3                   (default)
  $ sudo podman exec tk8s-control-plane crictl pods --name='^kube-(api|sched)'
  POD ID              CREATED             STATE               NAME                                NAMESPACE           ATTEMPT             RUNTIME
  9aefd21bc6b07       7 hours ago         Ready               kube-apiserver-tk8s-control-plane   kube-system         3                   (default)
  6facaf282902a       7 hours ago         Ready               kube-scheduler-tk8s-control-plane   kube-system         3                   (default)
  $ sudo podman exec tk8s-control-plane crictl pods --namespace default
  POD ID              CREATED             STATE               NAME                NAMESPACE           ATTEMPT             RUNTIME
  $ sudo podman exec tk8s-control-plane crictl ps --name etcd --latest -q
  80961f0c4a7a10b36a3ebca149abb7a1d0a6cb40dee7e69080f3519bbdfab2bb
  $ sudo podman exec tk8s-control-plane crictl ps --namespace kube-system --last 2
  CONTAINER           IMAGE               CREATED             STATE               NAME                      ATTEMPT             POD ID              POD                                        NAMESPACE
  99d77351d69f1       84c97b2a3b288       7 hours ago         Running             calico-kube-controllers   3                   7e2d0ff5309a5       calico-kube-controllers-6b65fb5f89-66t62   kube-system
  2697a514b5177       9c10fb47abb5c       7 hours ago         Running             calico-node               3                   36b7b32d41d50       canal-rv6n7                                kube-system
