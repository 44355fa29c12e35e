import Cluster
import KubeAPI

/// `kubectl top node|pod`: CPU and memory in use, from the metrics API that metrics-server serves.
enum Top {
    static let flags: [FlagSpec] = [
        FlagSpec("all-namespaces", "A", .bool), FlagSpec("selector", "l"), FlagSpec("field-selector"),
        FlagSpec("sort-by"), FlagSpec("containers", nil, .bool), FlagSpec("no-headers", nil, .bool),
        FlagSpec("sum", nil, .bool), FlagSpec("show-capacity", nil, .bool), FlagSpec("use-protocol-buffers", nil, .bool),
    ]
    static let nodeFlags = ["selector", "sort-by", "no-headers", "show-capacity", "use-protocol-buffers"]

    static let verb = Verb(name: "top", flags: flags, help: KubectlHelp.top, usagePath: usagePath) { context throws(KubectlFailure) in
        var context = context
        guard let sub = context.takeSubcommand(help: KubectlHelp.top) else { return 1 }
        switch sub {
        case "node", "nodes", "no":
            try context.flags.refuseOthers(than: flags.filter { nodeFlags.contains($0.long) }, command: "top node")
            return try TopNode.run(context)
        case "pod", "pods", "po":
            try context.flags.refuseOthers(than: flags.filter { $0.long != "show-capacity" }, command: "top pod")
            return try TopPod.run(context)
        default:
            throw .validation("unknown command \"\(sub)\"", verb: "top")
        }
    }

    /// The subcommand a flag error names (cobra's path uses its name, whatever alias was typed).
    @Sendable static func usagePath(_ words: [String]) -> String? {
        switch words.first {
        case "node", "nodes", "no": "top node"
        case "pod", "pods", "po": "top pod"
        default: nil
        }
    }

    /// `--sort-by`, which takes only the two measured resources.
    static func sortBy(_ flags: ParsedFlags) throws(KubectlFailure) -> String? {
        guard let sort = flags.string("sort-by"), !sort.isEmpty else { return nil }
        guard sort == "cpu" || sort == "memory" else { throw .error("--sort-by accepts only cpu or memory") }
        return sort
    }

    /// The cells kubectl prints for a usage: millicores and whole mebibytes.
    static func cells(_ usage: ResourceUsage) -> [String] {
        ["\(usage.cpuMillicores)m", "\(usage.memoryBytes / (1024 * 1024))Mi"]
    }

    /// Lays out rows as kubectl's top printer does: every cell followed by a tab, so the last
    /// column is padded too.
    static func table(_ rows: [[String]]) -> String {
        var writer = TabWriter(minWidth: 0, padding: 3)
        for row in rows { writer.write(row.map { $0 + "\t" }.joined() + "\n") }
        return writer.flush()
    }

    /// What kubectl says when discovery lists no metrics.k8s.io group.
    static let metricsUnavailable = "Metrics API not available"

    /// The aggregator's answer while nothing serves the registered metrics API: a bare 503,
    /// which client-go words for the request it made.
    static func serviceUnavailable(_ resource: String, name: String?) -> KubectlFailure {
        KubectlFailure(
            "Error from server (ServiceUnavailable): the server is currently unable to handle the request (get \(resource).metrics.k8s.io"
                + (name.map { " " + $0 } ?? "") + ")")
    }
}
