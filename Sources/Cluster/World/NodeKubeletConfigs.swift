import KubeAPI

/// What each node's kubelet read when it started: its configuration file
/// (`/var/lib/kubelet/config.yaml`) and the flags its systemd unit passes (kubeadm's
/// `kubeadm-flags.env`, the user's `/etc/default/kubelet`), from the world's node files.
public struct NodeKubeletConfigs: Sendable {
    /// A kubelet's configuration file and command-line flags.
    public struct Source: Sendable {
        public var file: JSONValue = [:]
        /// `--name=value` flags, in the order the unit passes them.
        public var flags: [String] = []
    }

    private var everyNode = Source()
    private var byNode: [String: Source] = [:]

    public init() {}

    public init(nodeFiles: [HostFile]) {
        for file in nodeFiles where !file.isDirectory {
            switch file.path {
            case Self.configPath:
                let value = (try? YAMLDecoding.documents(file.content))?.first ?? [:]
                update(file.nodes) { $0.file = value }
            case Self.kubeadmFlagsPath, Self.extraFlagsPath:
                let arguments = Self.flags(inEnvironmentFile: file.content)
                update(file.nodes) { $0.flags += arguments }
            default: continue
            }
        }
    }

    /// The sources of the kubelet on `node`.
    public func source(on node: String) -> Source { byNode[node] ?? everyNode }

    private mutating func update(_ nodes: [String], _ change: (inout Source) -> Void) {
        if nodes.isEmpty {
            change(&everyNode)
            for node in byNode.keys { change(&byNode[node, default: everyNode]) }
        } else {
            for node in nodes { change(&byNode[node, default: everyNode]) }
        }
    }

    /// The words of each `NAME="..."` or `NAME=...` line of an environment file, as systemd
    /// splits `$NAME` on the unit's command line.
    static func flags(inEnvironmentFile text: String) -> [String] {
        text.split(separator: "\n").flatMap { line -> [String] in
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { return [] }
            var value = trimmed[trimmed.index(after: equals)...]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return value.split(separator: " ").map(String.init)
        }
    }

    static let configPath = "/var/lib/kubelet/config.yaml"
    static let kubeadmFlagsPath = "/var/lib/kubelet/kubeadm-flags.env"
    static let extraFlagsPath = "/etc/default/kubelet"
}
