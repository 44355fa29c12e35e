import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// The real lab behind the `Lab` seam: completion, meanings and state as the tutor sees them.
@Suite("The simulated lab")
struct SimulatedLabTests {
    static let worlds: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("lessons/worlds").path
    }()

    static func lab() throws -> any Lab { try makeLab(world: "tk8s", clock: .manual, worldsDirectory: worlds) }

    @Test("Tab completes commands, verbs, resource types, namespaces and live names")
    func completion() throws {
        let lab = try Self.lab()
        #expect(lab.completions(line: "kub", cursor: 3) == ["kubectl"])
        #expect(lab.completions(line: "kubectl de", cursor: 10) == ["debug", "delete", "describe"])
        #expect(lab.completions(line: "kubectl describe po", cursor: 19) == ["pods", "podtemplates", "poddisruptionbudgets", "po"])
        #expect(lab.completions(line: "kubectl get endp", cursor: 16) == ["endpoints", "endpointslices"])
        #expect(lab.completions(line: "kubectl get ep -n kube-s", cursor: 24) == ["kube-system"])
        #expect(lab.completions(line: "kubectl get ep -n kube-system kube-", cursor: 35) == ["kube-dns"])
        #expect(lab.completions(line: "kubectl get pod/go", cursor: 18) == ["pod/goweb"])
        #expect(lab.completions(line: "kubectl get pods --show-l", cursor: 25) == ["--show-labels"])
    }

    @Test("the prompt is the host's, and each lab starts from the world's start")
    func freshLabs() throws {
        let first = try Self.lab()
        #expect(first.prompt == "bigred@taroko:~$ ")
        _ = first.run("kubectl delete pod goweb", sink: OutputBuffer())
        #expect(first.objects(resource: "pods", namespace: "default").isEmpty)
        let second = try Self.lab()
        #expect(second.objects(resource: "po", namespace: "default").map(\.name) == ["goweb"])
    }

    @Test("a command's meaning does not depend on its spelling, bare verbs included")
    func meaning() throws {
        let lab = try Self.lab()
        let reference = lab.kubectlMeaning(["kubectl", "get", "endpoints", "kube-dns", "-n", "kube-system"])
        #expect(reference?.resources == ["endpoints"])
        #expect(lab.kubectlMeaning(["k", "-n", "kube-system", "get", "ep/kube-dns"]) == reference)
        #expect(lab.kubectlMeaning(["get", "ep", "kube-dns", "--namespace=kube-system"]) == reference)
        #expect(lab.kubectlMeaning(["grep", "x"]) == nil)
        // bash's own `exec` and `wait` run before any kubectl verb of that name.
        #expect(lab.kubectlMeaning(["exec", "goweb", "--", "ls"]) == nil)
        #expect(lab.kubectlMeaning(["kubectl", "exec", "goweb", "--", "ls"]) != nil)
    }

    @Test("the lab reports every simple command a line ran")
    func commandsOfALine() throws {
        let lab = try Self.lab()
        let result = lab.run("kubectl get pods -A | grep coredns | wc -l", sink: OutputBuffer())
        #expect(result.commands.map { $0.first ?? "" } == ["kubectl", "grep", "wc"])
        #expect(result.status == 0)
    }
}
