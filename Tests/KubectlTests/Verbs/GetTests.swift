import Cluster
import Kubectl
import Testing

@Suite("kubectl get against the tk8s lab")
struct GetTests {
    @Test("the notes' first capture: everything labelled k8s-app=kube-dns in kube-system")
    func kubeDNSEverything() throws {
        let lab = try KubectlHarness()
        let result = lab.run("get", "all", "-n", "kube-system", "-l", "k8s-app=kube-dns")
        #expect(result.err == "")
        #expect(
            result.out == """
                NAME                           READY   STATUS    RESTARTS        AGE
                pod/coredns-66967f4c59-sc4gn   1/1     Running   3 (6h44m ago)   46h
                pod/coredns-66967f4c59-zkpkl   1/1     Running   3 (6h44m ago)   46h

                NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
                service/kube-dns   ClusterIP   10.98.0.10   <none>        53/UDP,53/TCP,9153/TCP   46h

                NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
                deployment.apps/coredns   2/2     2            2           46h

                NAME                                 DESIRED   CURRENT   READY   AGE
                replicaset.apps/coredns-668d6bf9bc   0         0         0       46h
                replicaset.apps/coredns-66967f4c59   2         2         2       46h

                """)
    }

    @Test("endpoints list addresses fastest, then ports, and shorten after three")
    func endpointsAfterAnHour() throws {
        let lab = try KubectlHarness()
        lab.cluster.advance(seconds: 3600)
        let expected = """
            NAME       ENDPOINTS                                                  AGE
            kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   47h

            """
        #expect(lab.run("get", "endpoints", "kube-dns", "-n", "kube-system").out == expected)
        #expect(lab.run("-n", "kube-system", "get", "ep/kube-dns").out == expected)
        #expect(lab.run("get", "ep", "kube-dns", "--namespace=kube-system").out == expected)
    }

    @Test("a name that does not exist is reported as the apiserver reports it")
    func notFound() throws {
        let lab = try KubectlHarness()
        let result = lab.run("get", "endpoints", "kube-dns")
        #expect(result.out == "")
        #expect(result.err == "Error from server (NotFound): endpoints \"kube-dns\" not found\n")
        #expect(result.code == 1)
    }

    @Test("an empty namespace says so on stderr")
    func emptyNamespace() throws {
        let lab = try KubectlHarness()
        let result = lab.run("get", "pods", "-n", "kube-public")
        #expect(result.out == "")
        #expect(result.err == "No resources found in kube-public namespace.\n")
        #expect(result.code == 0)
    }

    @Test("unknown types, flags and commands are worded as kubectl words them")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("get", "foo").err == "error: the server doesn't have a resource type \"foo\"\n")
        #expect(lab.run("get", "pods", "--foo").err == "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n")
        #expect(lab.run("get", "-z").err == "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n")
        #expect(lab.run("get", "pods", "-n").err == "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n")
        #expect(lab.run("run", "x").err == "error: required flag(s) \"image\" not set\n")
        #expect(
            lab.run("gett", "pods").err
                == "error: unknown command \"gett\" for \"kubectl\"\n\nDid you mean this?\n\tset\n\tget\n")
    }

    @Test("set-based selectors pick pods by label")
    func setBasedSelector() throws {
        let lab = try KubectlHarness()
        let names = lab.run("get", "pods", "-A", "-l", "k8s-app in (kube-dns,kube-proxy)", "-o", "name").out
        #expect(
            names == """
                pod/coredns-66967f4c59-sc4gn
                pod/coredns-66967f4c59-zkpkl
                pod/kube-proxy-4g4b7
                pod/kube-proxy-lstnd
                pod/kube-proxy-tpn5w

                """)
    }
}
