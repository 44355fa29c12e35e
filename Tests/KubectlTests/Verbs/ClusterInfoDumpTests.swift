import Cluster
import KubeAPI
import Kubectl
import Testing

/// The files a dump writes, kept in memory.
private final class MemoryFiles: LocalFiles {
    var files: [String: String] = [:]
    var directories: [String] = []

    func stat(_ path: String) -> LocalFileInfo? { nil }
    func read(_ path: String) -> String? { files[path] }
    func list(_ directory: String) -> [String] { [] }
    func makeDirectories(_ path: String) -> String? {
        directories.append(path)
        return nil
    }
    func create(_ path: String, _ contents: String) -> String? {
        files[path] = contents
        return nil
    }
}

@Suite("kubectl cluster-info dump")
struct ClusterInfoDumpTests {
    /// The `kind` of each list printed, in order.
    private func listKinds(_ out: String) -> [String] {
        out.split(separator: "\n").filter { $0.hasPrefix("    \"kind\": ") }.map {
            String($0.dropFirst(13).dropLast(2))
        }
    }

    @Test("nodes first, then each namespace's seven lists; kube-system and the current namespace by default")
    func order() throws {
        let lab = try KubectlHarness()
        let result = lab.run("cluster-info", "dump")
        #expect(result.code == 0)
        let perNamespace = [
            "EventList", "ReplicationControllerList", "ServiceList", "DaemonSetList", "DeploymentList",
            "ReplicaSetList", "PodList",
        ]
        #expect(listKinds(result.out) == ["NodeList"] + perNamespace + perNamespace)
        #expect(result.out.contains("==== START logs for container coredns of pod kube-system/coredns-"))
        #expect(result.out.contains("==== START logs for container goweb of pod default/goweb ====\n==== END logs"))
        #expect(
            result.out.hasPrefix("{\n    \"kind\": \"NodeList\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {\n"))
    }

    @Test("items carry no kind or apiVersion, and metadata comes before spec as in the Go struct")
    func items() throws {
        let out = try KubectlHarness().run("cluster-info", "dump", "--namespaces", "default").out
        #expect(
            out.contains(
                "    \"items\": [\n        {\n            \"metadata\": {\n                \"name\": \"goweb\",\n"))
        #expect(!out.contains("            \"kind\": \"Pod\""))
    }

    @Test("a container that has not started shows why its log could not be read")
    func logError() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "broken", "--image=nosuch.example/none:1")
        let out = lab.run("cluster-info", "dump", "--namespaces", "default").out
        #expect(
            out.contains(
                """
                ==== START logs for container broken of pod default/broken ====
                Request log error: the server rejected our request for an unknown reason (get pods broken)
                ==== END logs for container broken of pod default/broken ====

                """))
    }

    @Test("--output-directory writes a file per list and per pod's logs; YAML lists after the first start with ---")
    func outputDirectory() throws {
        let lab = try KubectlHarness()
        let files = MemoryFiles()
        lab.kubectl.localFiles = files
        let result = lab.run(
            "cluster-info", "dump", "--namespaces", "default", "-o", "yaml", "--output-directory", "/tmp/state")
        #expect(result.out == "Cluster info dumped to /tmp/state\n")
        #expect(
            files.files.keys.sorted() == [
                "/tmp/state/default/daemonsets.yaml", "/tmp/state/default/deployments.yaml",
                "/tmp/state/default/events.yaml",
                "/tmp/state/default/goweb/logs.txt", "/tmp/state/default/pods.yaml",
                "/tmp/state/default/replicasets.yaml",
                "/tmp/state/default/replication-controllers.yaml", "/tmp/state/default/services.yaml",
                "/tmp/state/nodes.yaml",
            ])
        #expect(files.files["/tmp/state/nodes.yaml"]?.hasPrefix("apiVersion: v1\nitems:\n") == true)
        #expect(files.files["/tmp/state/default/events.yaml"]?.hasPrefix("---\napiVersion: v1\n") == true)
        #expect(files.directories.contains("/tmp/state/default/goweb"))
    }

    @Test("the dump's flags are refused without dump; -o wide has no printer and -o name prints no lists")
    func flags() throws {
        let lab = try KubectlHarness()
        let plain = lab.run("cluster-info", "--namespaces", "default")
        #expect(plain.err == "error: unknown flag: --namespaces\nSee 'kubectl cluster-info --help' for usage.\n")
        let wide = lab.run("cluster-info", "dump", "-o", "wide")
        #expect(wide.code == 1)
        #expect(wide.err.hasPrefix("error: unable to match a printer suitable for the output format \"wide\""))
        let name = lab.run("cluster-info", "dump", "-o", "name")
        #expect(name.out.isEmpty)
        #expect(name.err == "error: list types are not supported by name printing: *v1.NodeList\n")
    }
}
