Canal brings Calico's CustomResourceDefinitions; once established, discovery serves their kinds
as it serves the built-in ones, so kubectl finds them by plural, singular or kind, and lists the
objects calico-node made as it first started. A definition without printer columns gets the
apiextensions table: the name and the age.
  $ kubectl api-resources --api-group=crd.projectcalico.org
  NAME                            SHORTNAMES   APIVERSION                 NAMESPACED   KIND
  bgpconfigurations                            crd.projectcalico.org/v1   false        BGPConfiguration
  bgpfilters                                   crd.projectcalico.org/v1   false        BGPFilter
  bgppeers                                     crd.projectcalico.org/v1   false        BGPPeer
  blockaffinities                              crd.projectcalico.org/v1   false        BlockAffinity
  caliconodestatuses                           crd.projectcalico.org/v1   false        CalicoNodeStatus
  clusterinformations                          crd.projectcalico.org/v1   false        ClusterInformation
  felixconfigurations                          crd.projectcalico.org/v1   false        FelixConfiguration
  globalnetworkpolicies                        crd.projectcalico.org/v1   false        GlobalNetworkPolicy
  globalnetworksets                            crd.projectcalico.org/v1   false        GlobalNetworkSet
  hostendpoints                                crd.projectcalico.org/v1   false        HostEndpoint
  ipamblocks                                   crd.projectcalico.org/v1   false        IPAMBlock
  ipamconfigs                                  crd.projectcalico.org/v1   false        IPAMConfig
  ipamhandles                                  crd.projectcalico.org/v1   false        IPAMHandle
  ippools                                      crd.projectcalico.org/v1   false        IPPool
  ipreservations                               crd.projectcalico.org/v1   false        IPReservation
  kubecontrollersconfigurations                crd.projectcalico.org/v1   false        KubeControllersConfiguration
  networkpolicies                              crd.projectcalico.org/v1   true         NetworkPolicy
  networksets                                  crd.projectcalico.org/v1   true         NetworkSet
  tiers                                        crd.projectcalico.org/v1   false        Tier
  $ kubectl get ippools
  NAME                  AGE
  default-ipv4-ippool   46h
  $ kubectl get felixconfigurations
  NAME      AGE
  default   46h
  $ kubectl get ippool default-ipv4-ippool -o yaml
  apiVersion: crd.projectcalico.org/v1
  kind: IPPool
  metadata:
    creationTimestamp: "2025-04-21T09:01:12Z"
    generation: 1
    name: default-ipv4-ippool
    resourceVersion: "123"
    uid: 5b1f0c3e-8f2a-4d61-9a7c-3e41d2b0c6f8
  spec:
    allowedUses:
    - Workload
    - Tunnel
    blockSize: 26
    cidr: 10.244.0.0/21
    ipipMode: Always
    natOutgoing: true
    nodeSelector: all()
    vxlanMode: Never
  $ kubectl get felixconfiguration.crd.projectcalico.org default -o jsonpath='{.spec.logSeverityScreen}{"\n"}'
  Info
  $ kubectl get networkpolicies.crd.projectcalico.org -A
  No resources found
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: crd.projectcalico.org/v1
  > kind: NetworkSet
  > metadata:
  >   name: blocked
  > spec:
  >   nets:
  >   - 198.51.100.0/28
  > EOF
  networkset.crd.projectcalico.org/blocked created
  $ kubectl get networksets
  NAME      AGE
  blocked   0s
  $ kubectl delete networkset blocked
  networkset.crd.projectcalico.org "blocked" deleted
