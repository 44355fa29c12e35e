import Foundation
import KubeAPI
import Kubectl
import Shell
import Tutor

/// A tiny stand-in for the simulated lab: a few commands, pods that start after 3 virtual seconds,
/// and a kubectl parser good enough to give meanings.
final class FakeLab: Lab {
    let world: String
    var prompt: String { nestedIn.map { "root@\($0):/# " } ?? "bigred@taroko:~$ " }
    var isInNestedShell: Bool { nestedIn != nil }
    /// The node container a nested shell runs in, after `docker exec -it NODE bash`.
    private var nestedIn: String?
    /// Virtual seconds since the lab was made; only `sleep` moves it.
    private(set) var clock = 0
    /// Every line run, in order.
    private(set) var lines: [String] = []
    private var pods: [(name: String, namespace: String, image: String, created: Int)] = []
    private var services: [(name: String, namespace: String, selector: String)] = []

    init(world: String = "tk8s") {
        self.world = world
    }

    func run(_ line: String, sink: any OutputSink) -> LabResult {
        lines.append(line)
        var rows = line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = rows.removeFirst()
        let heredoc = first.contains("<<EOF") ? rows.prefix { $0 != "EOF" }.map { $0 + "\n" }.joined() : ""
        let segments = first.replacingOccurrences(of: "<<EOF", with: "").split(separator: "|")
        var commands: [[String]] = []
        var status: Int32 = 0
        var piped = heredoc
        for (index, segment) in segments.enumerated() {
            let argv = segment.split(separator: " ").map { String($0).replacingOccurrences(of: "'", with: "") }
            guard !argv.isEmpty else { continue }
            commands.append(argv)
            let capture = OutputBuffer()
            status = execute(argv, input: piped, io: IOStreams(sink: index == segments.count - 1 ? sink : capture))
            piped = capture.stdout
        }
        return LabResult(status: status, commands: commands)
    }

    private func execute(_ argv: [String], input: String, io: IOStreams) -> Int32 {
        switch argv[0] {
        case "echo":
            io.out(argv.dropFirst().joined(separator: " ") + "\n")
        case "printf":
            io.out(argv.dropFirst().joined(separator: " "))
        case "cat":
            io.out(input)
        case "sleep":
            clock += Int(argv.count > 1 ? argv[1] : "0") ?? 0
        case "false":
            return 1
        case "docker" where argv.count == 5 && argv[1] == "exec" && argv[4] == "bash":
            nestedIn = argv[3]
        case "exit":
            nestedIn = nil
        case "kubectl", "k":
            return kubectl(argv, input: input, io: io)
        default:
            io.err("bash: \(argv[0]): command not found\n")
            return 127
        }
        return 0
    }

    private func kubectl(_ argv: [String], input: String, io: IOStreams) -> Int32 {
        guard let meaning = kubectlMeaning(argv) else {
            io.err("error: unknown command\n")
            return 1
        }
        let namespace = meaning.namespace ?? "default"
        switch meaning.verb {
        case "get" where meaning.resources == ["endpoints"] && meaning.names == ["kube-dns"]:
            guard namespace == "kube-system" else {
                io.err("Error from server (NotFound): endpoints \"kube-dns\" not found\n")
                return 1
            }
            io.out("NAME       ENDPOINTS                                                  AGE\n")
            io.out("kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   47h\n")
        case "get" where meaning.resources == ["pods"]:
            let found = podObjects(namespace: namespace).filter {
                meaning.names.isEmpty || meaning.names.contains($0.name)
            }
            guard !found.isEmpty else {
                io.err("No resources found in \(namespace) namespace.\n")
                return 0
            }
            io.out("NAME     STATUS\n")
            for pod in found { io.out("\(pod.name)   \(pod[path: "status.phase"].string ?? "")\n") }
        case "run":
            guard let name = meaning.names.first else { return 1 }
            let image = argv.first { $0.hasPrefix("--image=") }.map { String($0.dropFirst(8)) } ?? ""
            pods.append((name, namespace, image, clock))
            io.out("pod/\(name) created\n")
        case "exec":
            guard let name = meaning.names.first, podObjects(namespace: namespace).contains(where: { $0.name == name })
            else {
                io.err("Error from server (NotFound): pods \"\(meaning.names.first ?? "")\" not found\n")
                return 1
            }
            io.out("search \(namespace).svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman\n")
            io.out("nameserver 10.98.0.10\noptions ndots:5\n")
        case "apply":
            let name = value(of: "name", in: input)
            services.append((name, value(of: "namespace", in: input), value(of: "k8s-app", in: input)))
            io.out("service/\(name) created\n")
        default:
            io.out("ok\n")
        }
        return 0
    }

    private func value(of key: String, in yaml: String) -> String {
        for row in yaml.split(separator: "\n") {
            let trimmed = row.drop { $0 == " " }
            if trimmed.hasPrefix(key + ": ") { return String(trimmed.dropFirst(key.count + 2)) }
        }
        return ""
    }

    /// How often the session asked whether an entry is unfinished.
    private(set) var continuationQuestions = 0

    func needsContinuation(_ text: String) -> Bool {
        continuationQuestions += 1
        if text.filter({ $0 == "'" }).count % 2 == 1 { return true }
        if text.hasSuffix("|") { return true }
        if text.contains("<<EOF") { return !text.split(separator: "\n").dropFirst().contains("EOF") }
        return false
    }

    func awaitedHereDocumentEnd(_ text: String) -> ShellSession.HereDocumentEnd? {
        needsContinuation(text) && text.contains("<<EOF") ? ShellSession.HereDocumentEnd(delimiter: "EOF", stripsTabs: false) : nil
    }

    func completions(line: String, cursor: Int) -> [String] {
        ["kubectl", "kube-dns"]
    }

    func objects(resource: String, namespace: String?) -> [KubeObject] {
        switch resource {
        case "pods", "po": podObjects(namespace: namespace)
        case "services", "svc": services.filter { namespace == nil || $0.namespace == namespace }.map(serviceObject)
        case "endpoints", "ep": services.filter { namespace == nil || $0.namespace == namespace }.map(endpointsObject)
        default: []
        }
    }

    private func podObjects(namespace: String?) -> [KubeObject] {
        pods.filter { namespace == nil || $0.namespace == namespace }.map { pod in
            let running = clock - pod.created >= 3
            var object = KubeObject(["apiVersion": "v1", "kind": "Pod"])
            object.name = pod.name
            object.namespace = pod.namespace
            object[path: "spec.containers"] = [["name": .string(pod.name), "image": .string(pod.image)]]
            object[path: "status.phase"] = running ? "Running" : "Pending"
            object[path: "status.conditions"] = [["type": "Ready", "status": running ? "True" : "False"]]
            return object
        }
    }

    private func serviceObject(_ service: (name: String, namespace: String, selector: String)) -> KubeObject {
        var object = KubeObject(["apiVersion": "v1", "kind": "Service"])
        object.name = service.name
        object.namespace = service.namespace
        object[path: "spec.selector"] = ["k8s-app": .string(service.selector)]
        return object
    }

    private func endpointsObject(_ service: (name: String, namespace: String, selector: String)) -> KubeObject {
        var object = KubeObject(["apiVersion": "v1", "kind": "Endpoints"])
        object.name = service.name
        object.namespace = service.namespace
        if service.selector == "kube-dns" {
            object[path: "subsets"] = [["addresses": [["ip": "10.244.0.13"], ["ip": "10.244.0.14"]]]]
        }
        return object
    }

    /// Reads flags anywhere on the line, as kubectl does; `--` ends them (for exec).
    func kubectlMeaning(_ argv: [String]) -> KubectlMeaning? {
        guard let program = argv.first, program == "kubectl" || program == "k" else { return nil }
        var positional: [String] = []
        var meaning = KubectlMeaning(
            verb: "", resources: [], names: [], namespace: "default", allNamespaces: false, labelSelector: nil,
            output: nil)
        var words = argv.dropFirst()[...]
        func value(_ word: String, _ long: String) -> String? {
            if word.hasPrefix(long + "=") { return String(word.dropFirst(long.count + 1)) }
            return words.popFirst()
        }
        while let word = words.popFirst() {
            switch word {
            case "--": words = []
            case "-n", "--namespace": meaning.namespace = words.popFirst()
            case _ where word.hasPrefix("--namespace="): meaning.namespace = value(word, "--namespace")
            case "-A", "--all-namespaces": meaning.allNamespaces = true
            case "-l", "--selector": meaning.labelSelector = words.popFirst()
            case _ where word.hasPrefix("--selector="): meaning.labelSelector = value(word, "--selector")
            case "-o", "--output": meaning.output = words.popFirst()
            case _ where word.hasPrefix("-"): continue
            default: positional.append(word)
            }
        }
        if meaning.allNamespaces { meaning.namespace = nil }
        guard let verb = positional.first else { return nil }
        meaning.verb = verb
        let rest = positional.dropFirst()
        switch verb {
        case "run", "exec":
            meaning.resources = ["pods"]
            meaning.names = rest.first.map { [$0] } ?? []
        default:
            guard let first = rest.first else { break }
            let parts = first.split(separator: "/")
            meaning.resources = [Self.plural(String(parts[0]))]
            meaning.names = parts.count > 1 ? [String(parts[1])] : Array(rest.dropFirst())
        }
        return meaning
    }

    private static func plural(_ name: String) -> String {
        ["ep": "endpoints", "po": "pods", "pod": "pods", "svc": "services", "service": "services"][name] ?? name
    }
}
