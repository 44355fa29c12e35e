The kinds a kubeadm cluster serves for its own machinery: node and leader-election leases
renewed in virtual time, the deprecated component statuses, the aggregator's APIServices,
Canal's CustomResourceDefinitions, one CSINode per node, and the kinds a fresh cluster keeps empty.
  $ kubectl get leases -A
  NAMESPACE         NAME                                   HOLDER                                                                      AGE
  kube-node-lease   tk8s-control-plane                     tk8s-control-plane                                                          46h
  kube-node-lease   tk8s-worker1                           tk8s-worker1                                                                46h
  kube-node-lease   tk8s-worker2                           tk8s-worker2                                                                46h
  kube-system       apiserver-oyqr2q4mbxuydy64mks4shey54   apiserver-oyqr2q4mbxuydy64mks4shey54_3c9e7a15-f0b2-4d68-8e41-a5d37c2b9f60   46h
  kube-system       kube-controller-manager                tk8s-control-plane_7e1d4a92-6b3f-4c05-a8e7-2f9c61d0b354                     46h
  kube-system       kube-scheduler                         tk8s-control-plane_a2f06c4e-9d71-4b38-b5e2-0c8d3f7a1e96                     46h
  $ kubectl get lease -n kube-node-lease tk8s-worker1 -o yaml
  apiVersion: coordination.k8s.io/v1
  kind: Lease
  metadata:
    creationTimestamp: "2025-04-21T09:01:41Z"
    name: tk8s-worker1
    namespace: kube-node-lease
    ownerReferences:
    - apiVersion: v1
      kind: Node
      name: tk8s-worker1
      uid: 7120728d-5c5c-4a96-acb5-2848580bd83a
    resourceVersion: "130"
    uid: 0b9e4c7a-5d21-4e3f-8a6b-92c1f4d7e530
  spec:
    holderIdentity: tk8s-worker1
    leaseDurationSeconds: 40
    renewTime: "2025-04-23T07:24:50.929586Z"
  $ kubectl get cs
  Warning: v1 ComponentStatus is deprecated in v1.19+
  NAME                 STATUS    MESSAGE   ERROR
  scheduler            Healthy   ok        
  controller-manager   Healthy   ok        
  etcd-0               Healthy   ok        
  $ kubectl get componentstatus etcd-0 -o yaml
  Warning: v1 ComponentStatus is deprecated in v1.19+
  apiVersion: v1
  conditions:
  - message: ok
    status: "True"
    type: Healthy
  kind: ComponentStatus
  metadata:
    creationTimestamp: null
    name: etcd-0
  $ kubectl get apiservices
  NAME                                SERVICE                      AVAILABLE   AGE
  v1.                                 Local                        True        46h
  v1.admissionregistration.k8s.io     Local                        True        46h
  v1.apiextensions.k8s.io             Local                        True        46h
  v1.apiregistration.k8s.io           Local                        True        46h
  v1.apps                             Local                        True        46h
  v1.authentication.k8s.io            Local                        True        46h
  v1.authorization.k8s.io             Local                        True        46h
  v1.autoscaling                      Local                        True        46h
  v1.batch                            Local                        True        46h
  v1.certificates.k8s.io              Local                        True        46h
  v1.coordination.k8s.io              Local                        True        46h
  v1.crd.projectcalico.org            Local                        True        46h
  v1.discovery.k8s.io                 Local                        True        46h
  v1.events.k8s.io                    Local                        True        46h
  v1.flowcontrol.apiserver.k8s.io     Local                        True        46h
  v1.networking.k8s.io                Local                        True        46h
  v1.node.k8s.io                      Local                        True        46h
  v1.policy                           Local                        True        46h
  v1.rbac.authorization.k8s.io        Local                        True        46h
  v1.scheduling.k8s.io                Local                        True        46h
  v1.storage.k8s.io                   Local                        True        46h
  v1alpha1.policy.networking.k8s.io   Local                        True        46h
  v1beta1.metrics.k8s.io              kube-system/metrics-server   True        46h
  v2.autoscaling                      Local                        True        46h
  $ kubectl get crd
  NAME                                                  CREATED AT
  adminnetworkpolicies.policy.networking.k8s.io         2025-04-21T09:00:40Z
  bgpconfigurations.crd.projectcalico.org               2025-04-21T09:00:40Z
  bgpfilters.crd.projectcalico.org                      2025-04-21T09:00:40Z
  bgppeers.crd.projectcalico.org                        2025-04-21T09:00:40Z
  blockaffinities.crd.projectcalico.org                 2025-04-21T09:00:40Z
  caliconodestatuses.crd.projectcalico.org              2025-04-21T09:00:40Z
  clusterinformations.crd.projectcalico.org             2025-04-21T09:00:40Z
  felixconfigurations.crd.projectcalico.org             2025-04-21T09:00:40Z
  globalnetworkpolicies.crd.projectcalico.org           2025-04-21T09:00:40Z
  globalnetworksets.crd.projectcalico.org               2025-04-21T09:00:40Z
  hostendpoints.crd.projectcalico.org                   2025-04-21T09:00:40Z
  ipamblocks.crd.projectcalico.org                      2025-04-21T09:00:40Z
  ipamconfigs.crd.projectcalico.org                     2025-04-21T09:00:40Z
  ipamhandles.crd.projectcalico.org                     2025-04-21T09:00:40Z
  ippools.crd.projectcalico.org                         2025-04-21T09:00:40Z
  ipreservations.crd.projectcalico.org                  2025-04-21T09:00:40Z
  kubecontrollersconfigurations.crd.projectcalico.org   2025-04-21T09:00:40Z
  networkpolicies.crd.projectcalico.org                 2025-04-21T09:00:40Z
  networksets.crd.projectcalico.org                     2025-04-21T09:00:40Z
  tiers.crd.projectcalico.org                           2025-04-21T09:00:40Z
  $ kubectl get csinodes
  NAME                 DRIVERS   AGE
  tk8s-control-plane   0         46h
  tk8s-worker1         0         46h
  tk8s-worker2         0         46h
  $ kubectl get csidrivers,volumeattachments
  No resources found
  $ kubectl get csr
  No resources found
  $ kubectl get mutatingwebhookconfigurations,validatingwebhookconfigurations
  No resources found
  $ kubectl get validatingadmissionpolicies
  No resources found
  $ kubectl get podtemplates -A
  No resources found
  $ kubectl -n kube-system scale deployment metrics-server --replicas=0
  deployment.apps/metrics-server scaled
  $ sleep 30
  $ kubectl get apiservice v1beta1.metrics.k8s.io
  NAME                     SERVICE                      AVAILABLE                  AGE
  v1beta1.metrics.k8s.io   kube-system/metrics-server   False (MissingEndpoints)   46h
  $ sudo podman stop tk8s-worker1
  WARN[0010] StopSignal SIGTERM failed to stop container tk8s-worker1 in 10 seconds, resorting to SIGKILL
  tk8s-worker1
  $ sleep 60
  $ kubectl get leases -n kube-node-lease -o custom-columns=NAME:.metadata.name,RENEWED:.spec.renewTime
  NAME                 RENEWED
  tk8s-control-plane   2025-04-23T07:26:30.981114Z
  tk8s-worker1         2025-04-23T07:25:30.929586Z
  tk8s-worker2         2025-04-23T07:26:30.027446Z
  $ date
  Wed Apr 23 07:26:40 UTC 2025
  $ kubectl describe lease kube-scheduler -n kube-system
  Name:         kube-scheduler
  Namespace:    kube-system
  Labels:       <none>
  Annotations:  <none>
  API Version:  coordination.k8s.io/v1
  Kind:         Lease
  Metadata:
    Creation Timestamp:  2025-04-21T09:00:08Z
    Resource Version:    134
    UID:                 c15e8b3d-4f2a-49e7-a0d6-8b73e2f1c569
  Spec:
    Acquire Time:            2025-04-23T00:41:18.903274Z
    Holder Identity:         tk8s-control-plane_a2f06c4e-9d71-4b38-b5e2-0c8d3f7a1e96
    Lease Duration Seconds:  15
    Lease Transitions:       3
    Renew Time:              2025-04-23T07:26:38.193934Z
  Events:                    <none>
