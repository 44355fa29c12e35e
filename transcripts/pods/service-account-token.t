Which pods the ServiceAccount admission plugin gives a token. kube-proxy's and Canal's DaemonSet
pods run on the host network and still get the kube-api-access projected volume; the mirror
pods of the control plane's static pods (kubernetes.io/config.mirror) are left as the kubelet
wrote them: no service account, no token. A pod can opt out with automountServiceAccountToken.
  $ kubectl get pods -n kube-system -o custom-columns=NAME:.metadata.name,HOSTNET:.spec.hostNetwork,SA:.spec.serviceAccountName,VOLUMES:.spec.volumes[*].name
  NAME                                         HOSTNET   SA                        VOLUMES
  calico-kube-controllers-6b65fb5f89-66t62     <none>    calico-kube-controllers   kube-api-access-7ks8r
  canal-9dc5v                                  true      canal                     kube-api-access-tj8fj
  canal-ql5xj                                  true      canal                     kube-api-access-57mxf
  canal-rv6n7                                  true      canal                     kube-api-access-45kcq
  coredns-66967f4c59-sc4gn                     <none>    coredns                   config-volume,kube-api-access-985wk
  coredns-66967f4c59-zkpkl                     <none>    coredns                   config-volume,kube-api-access-9b272
  etcd-tk8s-control-plane                      true      <none>                    <none>
  kube-apiserver-tk8s-control-plane            true      <none>                    <none>
  kube-controller-manager-tk8s-control-plane   true      <none>                    <none>
  kube-proxy-4g4b7                             true      kube-proxy                kube-proxy,xtables-lock,lib-modules,kube-api-access-nhxdb
  kube-proxy-lstnd                             true      kube-proxy                kube-proxy,xtables-lock,lib-modules,kube-api-access-n8nkm
  kube-proxy-tpn5w                             true      kube-proxy                kube-proxy,xtables-lock,lib-modules,kube-api-access-wlsf5
  kube-scheduler-tk8s-control-plane            true      <none>                    <none>
  metrics-server-8467fcc7b7-d9x4b              <none>    metrics-server            tmp-dir,kube-api-access-gg75v
  $ kubectl describe pod kube-proxy-lstnd -n kube-system | grep -A 4 Mounts:
      Mounts:
        /lib/modules from lib-modules (ro)
        /run/xtables.lock from xtables-lock (rw)
        /var/lib/kube-proxy from kube-proxy (rw)
        /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-n8nkm (ro)
  $ kubectl describe pod etcd-tk8s-control-plane -n kube-system | head -12
  Name:                 etcd-tk8s-control-plane
  Namespace:            kube-system
  Priority:             2000001000
  Priority Class Name:  system-node-critical
  Node:                 tk8s-control-plane/172.22.0.1
  Start Time:           Mon, 21 Apr 2025 09:00:08 +0000
  Labels:               component=etcd
                        tier=control-plane
  Annotations:          kubeadm.kubernetes.io/etcd.advertise-client-urls: https://172.22.0.1:2379
                        kubernetes.io/config.hash: 362c83f3044831fcc06a09fe4ed10470
                        kubernetes.io/config.mirror: 362c83f3044831fcc06a09fe4ed10470
                        kubernetes.io/config.seen: 2025-04-21T09:00:07.512718230Z
  $ kubectl exec -n kube-system kube-proxy-lstnd -- ls /var/run/secrets/kubernetes.io/serviceaccount
  ca.crt
  namespace
  token
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: notoken
  > spec:
  >   automountServiceAccountToken: false
  >   containers:
  >   - name: c
  >     image: busybox:1.36
  >     command: ["sleep", "3600"]
  > EOF
  pod/notoken created
  $ kubectl get pod notoken -o jsonpath='{.spec.serviceAccountName} {.spec.volumes}{"\n"}'
  default 
