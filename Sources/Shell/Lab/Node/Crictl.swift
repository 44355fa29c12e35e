import Cluster
import Foundation
import KubeAPI
import Kubectl

/// `crictl ps [-a]`, `crictl pods`, `crictl images` inside a node: what the node's containerd
/// runs and holds, from the cluster's pods on that node. Tables as crictl lays them out
/// (tabwriter, minimum width 20, padding 3), IDs cut to 13 characters, newest first.
struct Crictl: ShellCommand {
    let cluster: Cluster
    let node: String

    func run(_ context: CommandContext) -> Int32 {
        let arguments = Array(context.arguments.dropFirst())
        guard let subcommand = arguments.first else {
            context.io.out(usage)
            return 0
        }
        var all = false
        var quiet = false
        var options = ListOptions()
        var words = arguments.dropFirst()[...]
        while let word = words.popFirst() {
            // urfave/cli takes `--flag value` and `--flag=value`.
            var (flag, value) = (word, String?.none)
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                (flag, value) = (String(word[..<equals]), String(word[word.index(after: equals)...]))
            }
            let lists = subcommand == "ps" || subcommand == "pods"
            switch flag {
            case "-q", "--quiet": quiet = true
            case _ where subcommand == "ps" && (flag == "-a" || flag == "--all"): all = true
            case _ where lists && (flag == "-l" || flag == "--latest"): options.latest = true
            case _ where lists && ["--name", "--namespace", "-n", "--last"].contains(flag),
                _ where subcommand == "ps" && (flag == "-p" || flag == "--pod"):
                guard let text = value ?? words.popFirst() else {
                    fatal("flag needs an argument: \(flag.hasPrefix("--") ? String(flag.dropFirst()) : flag)", io: context.io)
                    return 1
                }
                switch flag {
                case "--name": options.name = text
                case "--namespace": options.namespace = text
                case "-p", "--pod": options.pod = text
                default:
                    guard let last = Int(text) else {
                        fatal("invalid value \"\(text)\" for flag -\(flag.drop { $0 == "-" }): parse error", io: context.io)
                        return 1
                    }
                    options.last = last
                }
            default:
                fatal("flag provided but not defined: \(flag)", io: context.io)
                return 1
            }
        }
        // crictl checks the runtime's API before it asks anything; containerd removes its socket when it stops.
        if cluster.nodeContainer(node)?.containerdStoppedAt != nil, ["ps", "pods", "images", "image", "img"].contains(subcommand) {
            let api = subcommand == "ps" || subcommand == "pods" ? "runtime" : "image"
            let endpoint = "unix://" + NodeProcesses.containerdSocket
            fatal("validate service connection: validate CRI v1 \(api) API for endpoint \"\(endpoint)\": rpc error: code = Unavailable"
                + " desc = connection error: desc = \"transport: Error while dialing: dial unix \(NodeProcesses.containerdSocket):"
                + " connect: no such file or directory\"", io: context.io)
            return 1
        }
        switch subcommand {
        case "ps": context.io.out(containers(all: all, quiet: quiet, options))
        case "pods": context.io.out(sandboxes(quiet: quiet, options))
        case "images", "image", "img": context.io.out(images(quiet: quiet))
        default:
            fatal("No help topic for '\(subcommand)'", io: context.io)
            return 1
        }
        return 0
    }

    /// How logrus words crictl's fatal error: short on a terminal, key=value into a pipe.
    private func fatal(_ message: String, io: IOStreams) {
        if io.writesToTerminal {
            io.err("FATA[0000] \(message)\n")
        } else {
            let quoted = message.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            io.err("time=\"\(timestamp)\" level=fatal msg=\"\(quoted)\"\n")
        }
    }

    /// logrus's full timestamp, as crictl's fatal messages carry it.
    private var timestamp: String { cluster.now.rfc3339 }

    private var pods: [KubeObject] {
        cluster.list(.pods).filter { $0[path: "spec.nodeName"].string == node }.map(cluster.runtimeView)
    }

    /// `crictl ps`: running containers; with `-a`, the exited ones the runtime still keeps.
    private func containers(all: Bool, quiet: Bool, _ options: ListOptions) -> String {
        struct Row {
            var created: Timestamp
            var id: String
            var cells: [String]
        }
        var rows: [Row] = []
        for pod in pods {
            let fullSandbox = Cluster.runtimeID(of: "sandbox " + cluster.runtimeUID(of: pod))
            let sandbox = Self.short(fullSandbox)
            guard options.matches(namespace: pod.namespace ?? ""), options.pod.map({ fullSandbox.hasPrefix($0) }) ?? true else { continue }
            let statuses = pod[path: "status.initContainerStatuses"].array + pod[path: "status.containerStatuses"].array
            for status in statuses {
                let name = status["name"].string ?? ""
                guard options.matches(name: name) else { continue }
                let attempt = status["restartCount"].int ?? 0
                let image = Self.short(Cluster.runtimeID(of: "config " + ImageReference(status["image"].string ?? "").canonical))
                var instances: [(JSONValue, String, Int)] = [(status[path: "state.running"], "Running", attempt)]
                if all {
                    instances.append((status[path: "state.terminated"], "Exited", attempt))
                    instances.append((status[path: "lastState.terminated"], "Exited", max(0, attempt - 1)))
                }
                for (state, word, number) in instances {
                    guard let started = state["startedAt"].string.flatMap(Timestamp.init(rfc3339:)),
                        let id = (state["containerID"].string ?? status["containerID"].string)?.split(separator: "/").last
                    else { continue }
                    rows.append(
                        Row(
                            created: started, id: String(id),
                            cells: [
                                Self.short(String(id)), image, age(started), word, name, String(number), sandbox,
                                pod.name, pod.namespace ?? "",
                            ]))
                }
            }
        }
        rows.sort { $0.created > $1.created }
        rows = options.limited(rows)
        if quiet { return rows.map { $0.id + "\n" }.joined() }
        return table(["CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD", "NAMESPACE"], rows.map(\.cells))
    }

    /// `crictl pods`: every pod sandbox on the node, ready or not.
    private func sandboxes(quiet: Bool, _ options: ListOptions) -> String {
        let found = pods.compactMap { pod -> (Timestamp, [String], String)? in
            guard options.matches(name: pod.name), options.matches(namespace: pod.namespace ?? "") else { return nil }
            // A pod whose sandbox the runtime could not make (no such handler) has no IP and no sandbox.
            guard !pod[path: "status.podIP"].isNull else { return nil }
            let ready = pod[path: "status.conditions"].array.first { $0["type"].string == "PodReadyToStartContainers" }
            guard let since = ready?["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:)) else { return nil }
            let state = ready?["status"].string == "True" ? "Ready" : "NotReady"
            let statuses = pod[path: "status.containerStatuses"].array
            let attempt = statuses.compactMap { $0["restartCount"].int }.min() ?? 0
            let full = Cluster.runtimeID(of: "sandbox " + cluster.runtimeUID(of: pod))
            return (since, [Self.short(full), age(since), state, pod.name, pod.namespace ?? "", String(attempt), handler(of: pod)], full)
        }.sorted { $0.0 > $1.0 }
        let rows = options.limited(found)
        if quiet { return rows.map { $0.2 + "\n" }.joined() }
        return table(["POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME"], rows.map(\.1))
    }

    /// `crictl images`: repository, tag, ID and size of every image the node holds.
    private func images(quiet: Bool) -> String {
        // The images the node pulled, and those its pods' containers run from.
        let running = pods.flatMap { pod in
            (pod[path: "status.initContainerStatuses"].array + pod[path: "status.containerStatuses"].array)
                .compactMap { $0["image"].string.map { ImageReference($0).canonical } }
        }
        let held = Set(cluster.images(on: node) + running).sorted()
        if quiet { return held.map { "sha256:" + Cluster.runtimeID(of: "config " + $0) + "\n" }.joined() }
        let rows = held.map { image -> [String] in
            let reference = ImageReference(image)
            let size = cluster.imageSize(image).map(Self.humanSize) ?? "0B"
            return [reference.repository, reference.tag, Self.short(Cluster.runtimeID(of: "config " + image)), size]
        }
        return table(["IMAGE", "TAG", "IMAGE ID", "SIZE"], rows)
    }

    /// The RuntimeClass handler the pod runs with, `(default)` for none.
    private func handler(of pod: KubeObject) -> String {
        guard let name = pod[path: "spec.runtimeClassName"].string else { return "(default)" }
        let runtimeClass = cluster.list(.runtimeClasses).first { $0.name == name }
        return runtimeClass?[path: "handler"].string ?? name
    }

    private func age(_ since: Timestamp) -> String {
        GoUnitsDuration.human(milliseconds: cluster.now.milliseconds(since: since)) + " ago"
    }

    private func table(_ header: [String], _ rows: [[String]]) -> String {
        var writer = TabWriter(minWidth: 20, padding: 3)
        for row in [header] + rows { writer.write(row.joined(separator: "\t") + "\n") }
        return writer.flush()
    }

    /// crictl's truncated IDs: the first 13 characters.
    static func short(_ id: String) -> String { String(id.prefix(13)) }

    /// go-units' `HumanSizeWithPrecision(size, 3)`: decimal units, three significant digits.
    static func humanSize(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var size = Double(bytes)
        var unit = 0
        while size >= 1000, unit < units.count - 1 {
            size /= 1000
            unit += 1
        }
        return String(format: "%.3g", size) + units[unit]
    }
}

private let usage = """
    NAME:
       crictl - client for CRI

    USAGE:
       crictl [global options] command [command options]

    COMMANDS (simulated here):
       images   List images
       pods     List pods
       ps       List containers

    """
