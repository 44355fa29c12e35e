kube-system's ServiceAccounts: kubeadm runs kube-controller-manager with
--use-service-account-credentials=true, so each controller it starts has its own account beside
the add-ons' (CoreDNS, kube-proxy, Canal, metrics-server) and the namespace's default.
  $ kubectl get sa -n kube-system
  NAME                                          SECRETS   AGE
  attachdetach-controller                       0         46h
  bootstrap-signer                              0         46h
  calico-cni-plugin                             0         46h
  calico-kube-controllers                       0         46h
  canal                                         0         46h
  certificate-controller                        0         46h
  clusterrole-aggregation-controller            0         46h
  coredns                                       0         46h
  cronjob-controller                            0         46h
  daemon-set-controller                         0         46h
  default                                       0         46h
  deployment-controller                         0         46h
  disruption-controller                         0         46h
  endpoint-controller                           0         46h
  endpointslice-controller                      0         46h
  endpointslicemirroring-controller             0         46h
  ephemeral-volume-controller                   0         46h
  expand-controller                             0         46h
  generic-garbage-collector                     0         46h
  horizontal-pod-autoscaler                     0         46h
  job-controller                                0         46h
  kube-proxy                                    0         46h
  legacy-service-account-token-cleaner          0         46h
  metrics-server                                0         46h
  namespace-controller                          0         46h
  node-controller                               0         46h
  persistent-volume-binder                      0         46h
  pod-garbage-collector                         0         46h
  pv-protection-controller                      0         46h
  pvc-protection-controller                     0         46h
  replicaset-controller                         0         46h
  replication-controller                        0         46h
  resourcequota-controller                      0         46h
  root-ca-cert-publisher                        0         46h
  service-account-controller                    0         46h
  statefulset-controller                        0         46h
  token-cleaner                                 0         46h
  ttl-after-finished-controller                 0         46h
  ttl-controller                                0         46h
  validatingadmissionpolicy-status-controller   0         46h
  $ kubectl get sa -n kube-system node-controller -o yaml
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    creationTimestamp: "2025-04-21T09:00:10Z"
    name: node-controller
    namespace: kube-system
    resourceVersion: "59"
    uid: 27e68a35-d4dc-46e3-95e4-a6183726e020
  $ sudo podman exec tk8s-control-plane grep -e use-service-account -e controllers= /etc/kubernetes/manifests/kube-controller-manager.yaml
      - --controllers=*,bootstrapsigner,tokencleaner
      - --use-service-account-credentials=true
  $ kubectl get sa -A --no-headers | wc -l
  45
