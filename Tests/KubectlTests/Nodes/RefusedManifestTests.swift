import Cluster
import KubeAPI
import Testing
@testable import Kubectl

@Suite("manifests against a server that refuses: validation per file, kind lookups per document")
struct RefusedManifestTests {
    private static let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
    private static let two = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n"
    private let dial = "dial tcp 172.22.0.1:6443: connect: connection refused"

    private func stopped() throws -> KubectlHarness {
        let lab = try KubectlHarness.withFiles(["/home/u/d.yaml": Self.deployment, "/home/u/two.yaml": Self.two])
        lab.kubectl.readFile = { ["d.yaml": Self.deployment, "two.yaml": Self.two][$0] }
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        return lab
    }

    private func unrecognized(_ file: String) -> String {
        "unable to recognize \"\(file)\": Get \"https://172.22.0.1:6443/api?timeout=32s\": \(dial)"
    }

    private func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test("apply, create and replace validate: each file fails downloading the OpenAPI schema")
    func validation() throws {
        let lab = try stopped()
        let invalid = "error validating \"d.yaml\": error validating data: failed to download openapi: Get \"https://172.22.0.1:6443/openapi/v2?timeout=32s\": \(dial); if you choose to ignore these errors, turn validation off with --validate=false"
        for verb in ["apply", "create", "replace"] {
            #expect(lab.run(verb, "-f", "d.yaml").err == "error: \(invalid)\n", "\(verb)")
        }
        #expect(lines(lab.run("replace", "-f", "d.yaml", "--force").err).last == "error: " + unrecognized("d.yaml"))
        let both = lines(lab.run("apply", "-f", "d.yaml", "-f", "two.yaml").err)
        #expect(both.count == 2 && both[0] == invalid && both[1].hasPrefix("error validating \"two.yaml\""))
    }

    @Test("without validation, each document logs one discovery failure and is unrecognized")
    func lookups() throws {
        let lab = try stopped()
        let one = lines(lab.run("apply", "-f", "d.yaml", "--validate=false").err)
        #expect(one.count == 2 && one[0].contains("memcache.go:265]") && one[1] == "error: " + unrecognized("d.yaml"))
        let three = lines(lab.run("delete", "-f", "d.yaml", "-f", "two.yaml").err)
        #expect(three.count == 6 && three[3...] == [unrecognized("d.yaml"), unrecognized("two.yaml"), unrecognized("two.yaml")])
    }

    @Test("get and describe print even one failure bare; scale names each once as its reason; diff stops at the first")
    func verbWordings() throws {
        let lab = try stopped()
        #expect(lines(lab.run("get", "-f", "d.yaml").err).last == unrecognized("d.yaml"))
        #expect(lines(lab.run("describe", "-f", "d.yaml").err).last == unrecognized("d.yaml"))
        #expect(lines(lab.run("scale", "-f", "two.yaml", "--replicas=1").err).last
            == "error: no objects passed to scale \(unrecognized("two.yaml"))")
        #expect(lines(lab.run("scale", "-f", "d.yaml", "-f", "two.yaml", "--replicas=1").err).last
            == "error: no objects passed to scale [\(unrecognized("d.yaml")), \(unrecognized("two.yaml"))]")
        let diff = lab.run("diff", "-f", "two.yaml", "-f", "d.yaml")
        #expect(diff.code == 2 && lines(diff.err).count == 3 && lines(diff.err).last == "error: " + unrecognized("two.yaml"))
    }

    @Test("--local reads the manifests without the server")
    func local() throws {
        let lab = try stopped()
        let result = lab.run("label", "-f", "d.yaml", "a=b", "--local", "-o", "name")
        #expect(result.code == 0 && result.out == "deployment.apps/web\n")
    }
}
