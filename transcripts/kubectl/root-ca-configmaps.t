kube-controller-manager's root CA publisher keeps a kube-root-ca.crt ConfigMap in every
namespace: the cluster CA that each pod's kube-api-access volume projects as ca.crt. A new
namespace gets one at once; a deleted or edited copy is put back. kubeadm's coredns ConfigMap
holds the lab's Corefile, for the cluster domain tk8s.k8s.
  $ kubectl get cm -A
  NAMESPACE            NAME                DATA   AGE
  default              kube-root-ca.crt    1      46h
  kube-node-lease      kube-root-ca.crt    1      46h
  kube-public          kube-root-ca.crt    1      46h
  kube-system          canal-config        6      46h
  kube-system          coredns             1      46h
  kube-system          kube-proxy          2      46h
  kube-system          kube-root-ca.crt    1      46h
  local-path-storage   kube-root-ca.crt    1      46h
  local-path-storage   local-path-config   4      46h
  $ kubectl create namespace lab
  namespace/lab created
  $ kubectl get cm -n lab
  NAME               DATA   AGE
  kube-root-ca.crt   1      0s
  $ kubectl get cm kube-root-ca.crt -n lab -o jsonpath='{.metadata.annotations}{"\n"}'
  {"kubernetes.io/description":"Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."}
  $ kubectl get cm kube-root-ca.crt -o jsonpath='{.data.ca\.crt}' | head -2
  -----BEGIN CERTIFICATE-----
  MIIDBTCCAe2gAwIBAgIIbN6grufZI20wDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE
  $ kubectl delete cm kube-root-ca.crt -n lab
  configmap "kube-root-ca.crt" deleted
  $ kubectl get cm -n lab
  NAME               DATA   AGE
  kube-root-ca.crt   1      0s
  $ kubectl patch cm kube-root-ca.crt -n lab -p '{"data":{"ca.crt":"mine"}}'
  configmap/kube-root-ca.crt patched
  $ kubectl get cm kube-root-ca.crt -n lab -o jsonpath='{.data.ca\.crt}' | head -1
  -----BEGIN CERTIFICATE-----
  $ kubectl create cm kube-root-ca.crt -n lab --from-literal=x=1
  error: failed to create configmap: configmaps "kube-root-ca.crt" already exists
  $ kubectl get cm -n kube-system coredns -o jsonpath='{.data.Corefile}'
  .:53 {
      errors
      health {
         lameduck 5s
      }
      ready
      kubernetes tk8s.k8s in-addr.arpa ip6.arpa {
         pods insecure
         fallthrough in-addr.arpa ip6.arpa
         ttl 30
      }
      prometheus :9153
      forward . /etc/resolv.conf {
         max_concurrent 1000
      }
      cache 30 {
         disable success tk8s.k8s
         disable denial tk8s.k8s
      }
      loop
      reload
      loadbalance
  }
  $ kubectl describe cm coredns -n kube-system
  Name:         coredns
  Namespace:    kube-system
  Labels:       <none>
  Annotations:  <none>
  
  Data
  ====
  Corefile:
  ----
  .:53 {
      errors
      health {
         lameduck 5s
      }
      ready
      kubernetes tk8s.k8s in-addr.arpa ip6.arpa {
         pods insecure
         fallthrough in-addr.arpa ip6.arpa
         ttl 30
      }
      prometheus :9153
      forward . /etc/resolv.conf {
         max_concurrent 1000
      }
      cache 30 {
         disable success tk8s.k8s
         disable denial tk8s.k8s
      }
      loop
      reload
      loadbalance
  }
  
  
  
  BinaryData
  ====
  
  Events:  <none>
