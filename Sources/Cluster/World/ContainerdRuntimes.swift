/// The runtime handlers a node's containerd offers, read from its CRI plugin configuration
/// (`/etc/containerd/config.toml`): each `[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.NAME]`
/// table is a handler, with its `runtime_type`, and `default_runtime_name` serves pods without one.
public struct ContainerdRuntimes: Sendable, Equatable {
    /// The handler for pods that name none.
    public var defaultName = "runc"
    /// Each configured handler's shim (`io.containerd.runc.v2`, `io.containerd.runsc.v1`).
    public var types: [String: String] = [:]

    public init(defaultName: String = "runc", types: [String: String] = [:]) {
        self.defaultName = defaultName
        self.types = types
    }

    /// Reads the handlers from a containerd 1.x/2.x (version 2 schema) configuration's text.
    public init(toml: String) {
        var current: String?
        for raw in toml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingSpaces
            if line.hasPrefix("[") {
                current = Self.handler(inHeader: line)
                if let current, types[current] == nil { types[current] = "" }
                continue
            }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard parts.count == 2 else { continue }
            let value = Self.unquoted(parts[1])
            if parts[0] == "default_runtime_name" { defaultName = value }
            if parts[0] == "runtime_type", let current { types[current] = value }
        }
    }

    /// The shim that runs `handler` (the default one for an empty name), or nil when containerd has no such runtime.
    public func runtimeType(of handler: String) -> String? {
        types[handler.isEmpty ? defaultName : handler]
    }

    /// `NAME` from a `[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.NAME]` table header;
    /// nil for any other table, its `.options` sub-table included.
    private static func handler(inHeader header: String) -> String? {
        let prefix = "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes."
        guard header.hasPrefix(prefix), header.hasSuffix("]") else { return nil }
        let name = Self.unquoted(String(header.dropFirst(prefix.count).dropLast()))
        return name.isEmpty || name.contains(".") ? nil : name
    }

    private static func unquoted(_ text: String) -> String {
        text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") ? String(text.dropFirst().dropLast()) : text
    }
}

/// What each node's containerd is configured to run, from the world's node files.
public struct NodeRuntimeHandlers: Sendable {
    /// The configuration every node has, unless it has one of its own.
    public var everyNode: ContainerdRuntimes?
    /// Nodes with a configuration of their own.
    public var byNode: [String: ContainerdRuntimes] = [:]

    public init(everyNode: ContainerdRuntimes? = nil, byNode: [String: ContainerdRuntimes] = [:]) {
        self.everyNode = everyNode
        self.byNode = byNode
    }

    /// Reads `/etc/containerd/config.toml` among the node files.
    public init(nodeFiles: [HostFile]) {
        for file in nodeFiles where file.path == Self.configPath && !file.isDirectory {
            let runtimes = ContainerdRuntimes(toml: file.content)
            if file.nodes.isEmpty { everyNode = runtimes } else { for node in file.nodes { byNode[node] = runtimes } }
        }
    }

    /// The node's containerd runtimes; nil when the world says nothing (then every handler runs).
    public func runtimes(on node: String) -> ContainerdRuntimes? { byNode[node] ?? everyNode }

    static let configPath = "/etc/containerd/config.toml"
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
