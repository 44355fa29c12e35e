import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// What `kubectl drain` sends and says as kubectl 1.32 does (checked against kubectl.1.32 and a
/// loopback API server): the pod selector as parsed, the DELETEs of `--disable-eviction` with
/// their protobuf options, and how a node that could not be drained is reported.
@Suite struct DrainRequestTests {
    private let drainable = ["--ignore-daemonsets", "--force", "--delete-emptydir-data"]

    @Test("the pod selector goes as labels.Parse leaves it: sorted by key, values sorted, no spaces")
    func podSelectorNormalised() throws {
        let lab = try KubectlHarness()
        let err = lab.run("drain", "tk8s-worker1", "--pod-selector=tier in (b, a), app = web,!x", "-v=6").err
        #expect(
            requestLines(err).contains(
                "GET /api/v1/pods?fieldSelector=spec.nodeName%3Dtk8s-worker1&labelSelector=app%3Dweb%2Ctier+in+%28a%2Cb%29%2C%21x&limit=500 200 OK"
            ))
    }

    @Test("the typed DELETE's options as -v=8 logs them: Go's hex dump of the protobuf envelope")
    func deleteOptionsHexDump() {
        // kubectl.1.32 drain --disable-eviction --dry-run=server --grace-period=30 -v=8
        #expect(
            GoHexDump.dump(ProtobufDeleteOptions.encoded(gracePeriodSeconds: 30, dryRun: true)) == """
                00000000  6b 38 73 00 0a 13 0a 02  76 31 12 0d 44 65 6c 65  |k8s.....v1..Dele|
                00000010  74 65 4f 70 74 69 6f 6e  73 12 07 08 1e 2a 03 41  |teOptions....*.A|
                00000020  6c 6c 1a 00 22 00                                 |ll..".|

                """)
        // No option at all still sends the (empty) options field.
        #expect(
            GoHexDump.dump(ProtobufDeleteOptions.encoded(gracePeriodSeconds: nil, dryRun: false)) == """
                00000000  6b 38 73 00 0a 13 0a 02  76 31 12 0d 44 65 6c 65  |k8s.....v1..Dele|
                00000010  74 65 4f 70 74 69 6f 6e  73 12 00 1a 00 22 00     |teOptions....".|

                """)
    }

    @Test("--disable-eviction --dry-run=server deletes with dryRun in the body, then waits for pods that never go")
    func disableEvictionServerDryRun() throws {
        let lab = try KubectlHarness()
        let start = lab.cluster.now
        let result = lab.run(["drain", "tk8s-worker1", "--disable-eviction", "--dry-run=server", "-v=2"] + drainable)
        #expect(result.out.hasPrefix("node/tk8s-worker1 cordoned (server dry run)\n"))
        #expect(result.out.contains("pod/goweb deletion started (server dry run)\n"))
        // kubectl waits for them until Ctrl-C; the lab gives up after a quiet minute and says nothing more.
        #expect(!result.out.contains("drained"))
        #expect(result.code == 0)
        #expect(lab.cluster.now.milliseconds(since: start) >= 60_000)
        #expect((try lab.cluster.get(.pods, namespace: "default", name: "goweb")).deletionTimestamp == nil)
        let body = lab.run(["drain", "tk8s-worker1", "--disable-eviction", "--dry-run=server", "-v=8"] + drainable).err
        #expect(body.contains("type.go:296] \"Request Body\" body=<\n\t00000000  6b 38 73 00 0a 13 0a 02  76 31 12 0d 44 65 6c 65  |k8s.....v1..Dele|\n"))
        #expect(body.contains("\t00000010  74 65 4f 70 74 69 6f 6e  73 12 05 2a 03 41 6c 6c  |teOptions..*.All|\n"))
    }

    @Test("a --timeout that runs out while deleted pods remain: context deadline exceeded, and the pods still to go")
    func disableEvictionTimeout() throws {
        let lab = try KubectlHarness()
        let result = lab.run(["drain", "tk8s-worker1", "--disable-eviction", "--dry-run=server", "--timeout=5s"] + drainable)
        #expect(result.err.contains("There are pending pods in node \"tk8s-worker1\" when an error occurred: context deadline exceeded\npod/"))
        #expect(result.err.contains("pod/goweb\n"))
        #expect(result.err.hasSuffix("There are pending nodes to be drained:\n tk8s-worker1\nerror: context deadline exceeded\n"))
        #expect(result.code == 1)
    }

    @Test("one node's single refusal is printed last without a prefix, as CheckErr prints an aggregate")
    func singleRefusal() throws {
        let lab = try KubectlHarness()
        let result = lab.run("drain", "tk8s-worker1", "--force", "--delete-emptydir-data")
        let lines = result.err.split(separator: "\n")
        #expect(lines.dropLast().last == " tk8s-worker1")
        #expect(lines.last?.hasPrefix("cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/") == true)
        #expect(!result.err.contains("\nerror: cannot delete"))
    }
}
