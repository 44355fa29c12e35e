import Cluster
import Foundation
import KubeAPI
import Kubectl
import Testing

/// `kubectl kustomize` and `-k`: builds compared with what kubectl 1.32 printed for the same
/// directories (the fixtures: `input/` and `expected.yaml`, captured with the real binary).
@Suite("kubectl kustomize: builds, generators, patches and -k")
struct KustomizeTests {
    private func lab(_ files: [String: String]) throws -> KubectlHarness { try KubectlHarness.withFiles(files) }

    private static let fixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A fixture's input files, placed under `/home/u/NAME`.
    private func fixtureFiles(_ name: String) throws -> [String: String] {
        let root = Self.fixtures.appendingPathComponent(name).appendingPathComponent("input")
        var files: [String: String] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        for case let relative as String in walker {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files["/home/u/\(name)/\(relative)"] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    private func expected(_ name: String, _ file: String = "expected.yaml") throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name).appendingPathComponent(file), encoding: .utf8)
    }

    @Test("a base: generator hash, prefix, namespace, commonLabels into selectors, images, legacy order")
    func basic() throws {
        let result = try lab(fixtureFiles("basic")).run("kustomize", "basic")
        #expect(result.out == (try expected("basic")))
        #expect(result.err == (try expected("basic", "expected.err")))
        #expect(result.code == 0)
    }

    @Test("ConfigMap and Secret generators: env files, files, literals, options and their hashes")
    func generators() throws {
        let result = try lab(fixtureFiles("generators")).run("kustomize", "/home/u/generators")
        #expect(result.out == (try expected("generators")))
        #expect(result.err.isEmpty)
    }

    @Test("an overlay: base directory, merge generator, patches of each kind, replicas, images, affixes")
    func overlay() throws {
        let result = try lab(fixtureFiles("overlay")).run("kustomize", "overlay/dev")
        #expect(result.out == (try expected("overlay")))
        #expect(result.err.isEmpty)
    }

    @Test("deprecated patch fields, $patch: delete, merge order, name references across namespaces, image rules", arguments: ["legacy-patches", "merge-order", "references"])
    func more(_ name: String) throws {
        let result = try lab(fixtureFiles(name)).run("kustomize", name == "references" ? "references/a" : name)
        #expect(result.out == (try expected(name)))
        #expect(result.err == (try expected(name, "expected.err")))
    }

    @Test("errors are worded as kustomize words them, with absolute paths")
    func errors() throws {
        let lab = try lab([
            "/home/u/empty/readme.txt": "x",
            "/home/u/odd/kustomization.yaml": "foo: bar\n",
            "/home/u/gone/kustomization.yaml": "resources:\n- missing.yaml\n",
            "/home/u/typed/kustomization.yaml": "resources: pod.yaml\n",
            "/home/u/remote/kustomization.yaml": "resources:\n- https://github.com/example/repo//app?ref=v1\n",
            "/home/u/gen/kustomization.yaml": "configMapGenerator:\n- name: x\n  files:\n  - nofile.txt\n",
            "/home/u/dup/kustomization.yaml": "resources:\n- pod.yaml\n- pod.yaml\n",
            "/home/u/dup/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n",
        ])
        #expect(lab.run("kustomize", "gen").err == """
            error: loading KV pairs: file sources: [nofile.txt]: evalsymlink failure on '/home/u/gen/nofile.txt' : lstat /home/u/gen/nofile.txt: no such file or directory

            """)
        #expect(lab.run("kustomize", "dup").err == """
            error: accumulating resources: accumulation err='merging resources from 'pod.yaml': may not add resource with an already registered id: Pod.v1.[noGrp]/p.[noNs]': must build at directory: '/home/u/dup/pod.yaml': file is not directory

            """)
        #expect(lab.run("kustomize", "empty").err
            == "error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/u/empty'\n")
        #expect(lab.run("kustomize", "odd").err == "error: invalid Kustomization: json: unknown field \"foo\"\n")
        #expect(lab.run("kustomize", "gone").err == """
            error: accumulating resources: accumulation err='accumulating resources from 'missing.yaml': evalsymlink failure on '/home/u/gone/missing.yaml' : lstat /home/u/gone/missing.yaml: no such file or directory': must build at directory: not a valid directory: evalsymlink failure on '/home/u/gone/missing.yaml' : lstat /home/u/gone/missing.yaml: no such file or directory

            """)
        #expect(lab.run("kustomize", "typed").err
            == "error: invalid Kustomization: json: cannot unmarshal string into Go struct field Kustomization.resources of type []string\n")
        #expect(lab.run("kustomize", "nowhere").err
            == "error: must build at directory: not a valid directory: evalsymlink failure on 'nowhere' : lstat /home/u/nowhere: no such file or directory\n")
        #expect(lab.run("kustomize", "a", "b").err == "error: specify one path to kustomization.yaml\n")
        #expect(lab.run("kustomize", "remote").err.contains("the lab is offline"))
        #expect(lab.run("apply", "-k", "odd", "-f", "x.yaml").err == "error: only one of -f or -k can be specified\n")
    }

    @Test("apply -k creates the built objects, then finds them unchanged; delete -k removes them")
    func applyAndDelete() throws {
        let lab = try lab(fixtureFiles("basic"))
        _ = lab.run("create", "namespace", "demo")
        let first = lab.run("apply", "-k", "basic")
        #expect(first.out == "configmap/p-cfg-6b56fdfggc created\nservice/p-web created\ndeployment.apps/p-web created\n")
        let second = lab.run("apply", "-k", "basic")
        #expect(second.out == "configmap/p-cfg-6b56fdfggc unchanged\nservice/p-web unchanged\ndeployment.apps/p-web unchanged\n")
        let live = try lab.cluster.get(.deployments, namespace: "demo", name: "p-web")
        #expect(live[path: "spec.template.spec.containers"][0]["image"].string == "nginx:1.27")
        let gone = lab.run("delete", "-k", "basic")
        #expect(gone.out == "configmap \"p-cfg-6b56fdfggc\" deleted\nservice \"p-web\" deleted\ndeployment.apps \"p-web\" deleted\n")
    }
}
