import Cluster
import Kubectl
import Testing

@Suite("kubectl cluster-info, api-versions and api-resources")
struct DiscoveryVerbTests {
    @Test("cluster-info names the control plane and CoreDNS's proxy URL on the kubeconfig's server")
    func clusterInfo() throws {
        let out = try KubectlHarness().run("cluster-info").out
        #expect(
            out == """
                Kubernetes control plane is running at https://172.22.0.1:6443
                CoreDNS is running at https://172.22.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy

                To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

                """)
    }

    @Test("cluster-info while the control plane is down keeps the hint and reports the refusal")
    func clusterInfoDown() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        let result = lab.run("cluster-info")
        #expect(result.out == "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")
        #expect(result.err.contains("\nThe connection to the server 172.22.0.1:6443 was refused"))
        #expect(result.code == 1)
    }

    @Test("api-versions lists group/versions sorted, v1 last")
    func apiVersions() throws {
        #expect(
            try KubectlHarness().run("api-versions").out
                == "admissionregistration.k8s.io/v1\napiextensions.k8s.io/v1\napiregistration.k8s.io/v1\napps/v1\n"
                    + "authentication.k8s.io/v1\nauthorization.k8s.io/v1\n"
                    + "autoscaling/v1\nautoscaling/v2\nbatch/v1\ncertificates.k8s.io/v1\ncoordination.k8s.io/v1\n"
                    + "crd.projectcalico.org/v1\ndiscovery.k8s.io/v1\nevents.k8s.io/v1\nflowcontrol.apiserver.k8s.io/v1\n"
                    + "metrics.k8s.io/v1beta1\nnetworking.k8s.io/v1\nnode.k8s.io/v1\npolicy.networking.k8s.io/v1alpha1\npolicy/v1\n"
                    + "rbac.authorization.k8s.io/v1\nscheduling.k8s.io/v1\nstorage.k8s.io/v1\nv1\n")
    }

    @Test("api-resources --namespaced=false is kubectl's table of cluster-wide kinds")
    func clusterScoped() throws {
        #expect(
            try KubectlHarness().run("api-resources", "--namespaced=false").out == """
                NAME                                SHORTNAMES   APIVERSION                          NAMESPACED   KIND
                componentstatuses                   cs           v1                                  false        ComponentStatus
                namespaces                          ns           v1                                  false        Namespace
                nodes                               no           v1                                  false        Node
                persistentvolumes                   pv           v1                                  false        PersistentVolume
                mutatingwebhookconfigurations                    admissionregistration.k8s.io/v1     false        MutatingWebhookConfiguration
                validatingadmissionpolicies                      admissionregistration.k8s.io/v1     false        ValidatingAdmissionPolicy
                validatingadmissionpolicybindings                admissionregistration.k8s.io/v1     false        ValidatingAdmissionPolicyBinding
                validatingwebhookconfigurations                  admissionregistration.k8s.io/v1     false        ValidatingWebhookConfiguration
                customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1             false        CustomResourceDefinition
                apiservices                                      apiregistration.k8s.io/v1           false        APIService
                selfsubjectreviews                               authentication.k8s.io/v1            false        SelfSubjectReview
                tokenreviews                                     authentication.k8s.io/v1            false        TokenReview
                selfsubjectaccessreviews                         authorization.k8s.io/v1             false        SelfSubjectAccessReview
                selfsubjectrulesreviews                          authorization.k8s.io/v1             false        SelfSubjectRulesReview
                subjectaccessreviews                             authorization.k8s.io/v1             false        SubjectAccessReview
                certificatesigningrequests          csr          certificates.k8s.io/v1              false        CertificateSigningRequest
                bgpconfigurations                                crd.projectcalico.org/v1            false        BGPConfiguration
                bgpfilters                                       crd.projectcalico.org/v1            false        BGPFilter
                bgppeers                                         crd.projectcalico.org/v1            false        BGPPeer
                blockaffinities                                  crd.projectcalico.org/v1            false        BlockAffinity
                caliconodestatuses                               crd.projectcalico.org/v1            false        CalicoNodeStatus
                clusterinformations                              crd.projectcalico.org/v1            false        ClusterInformation
                felixconfigurations                              crd.projectcalico.org/v1            false        FelixConfiguration
                globalnetworkpolicies                            crd.projectcalico.org/v1            false        GlobalNetworkPolicy
                globalnetworksets                                crd.projectcalico.org/v1            false        GlobalNetworkSet
                hostendpoints                                    crd.projectcalico.org/v1            false        HostEndpoint
                ipamblocks                                       crd.projectcalico.org/v1            false        IPAMBlock
                ipamconfigs                                      crd.projectcalico.org/v1            false        IPAMConfig
                ipamhandles                                      crd.projectcalico.org/v1            false        IPAMHandle
                ippools                                          crd.projectcalico.org/v1            false        IPPool
                ipreservations                                   crd.projectcalico.org/v1            false        IPReservation
                kubecontrollersconfigurations                    crd.projectcalico.org/v1            false        KubeControllersConfiguration
                tiers                                            crd.projectcalico.org/v1            false        Tier
                flowschemas                                      flowcontrol.apiserver.k8s.io/v1     false        FlowSchema
                prioritylevelconfigurations                      flowcontrol.apiserver.k8s.io/v1     false        PriorityLevelConfiguration
                nodes                                            metrics.k8s.io/v1beta1              false        NodeMetrics
                ingressclasses                                   networking.k8s.io/v1                false        IngressClass
                runtimeclasses                                   node.k8s.io/v1                      false        RuntimeClass
                adminnetworkpolicies                anp          policy.networking.k8s.io/v1alpha1   false        AdminNetworkPolicy
                clusterrolebindings                              rbac.authorization.k8s.io/v1        false        ClusterRoleBinding
                clusterroles                                     rbac.authorization.k8s.io/v1        false        ClusterRole
                priorityclasses                     pc           scheduling.k8s.io/v1                false        PriorityClass
                csidrivers                                       storage.k8s.io/v1                   false        CSIDriver
                csinodes                                         storage.k8s.io/v1                   false        CSINode
                storageclasses                      sc           storage.k8s.io/v1                   false        StorageClass
                volumeattachments                                storage.k8s.io/v1                   false        VolumeAttachment

                """)
    }

    @Test("-o wide adds verbs and categories; -o name qualifies by group; --api-group filters")
    func variants() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("api-resources", "-o", "wide", "--api-group=batch", "--no-headers").out == """
                cronjobs   cj    batch/v1   true   CronJob   create,delete,deletecollection,get,list,patch,update,watch   all
                jobs             batch/v1   true   Job       create,delete,deletecollection,get,list,patch,update,watch   all

                """)
        let names = lab.run("api-resources", "-o", "name").out
        #expect(names.hasPrefix("bindings\ncomponentstatuses\nconfigmaps\nendpoints\n"))
        #expect(names.contains("\ndeployments.apps\n") && names.hasSuffix("storageclasses.storage.k8s.io\nvolumeattachments.storage.k8s.io\n"))
        #expect(lab.run("api-resources", "--sort-by=kind", "-o", "name").out.hasPrefix(
            "apiservices.apiregistration.k8s.io\nadminnetworkpolicies.policy.networking.k8s.io\nbgpconfigurations.crd.projectcalico.org\n"))
    }

    @Test("bad flags and arguments are refused as kubectl words it")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("api-resources", "-o", "json").err == "error: --output json is not available\n")
        #expect(lab.run("api-resources", "--sort-by=foo").err == "error: --sort-by accepts only name or kind\n")
        #expect(
            lab.run("api-versions", "x").err == "error: unexpected arguments: [x]\nSee 'kubectl api-versions -h' for help and examples\n")
    }
}
