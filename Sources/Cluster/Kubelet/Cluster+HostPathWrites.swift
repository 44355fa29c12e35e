import KubeAPI

/// A directory a container made or removed on its node through a hostPath volume.
public struct HostPathChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case made(mode: UInt16)
        case removed
    }

    public var node: String
    /// The path on the node.
    public var path: String
    public var kind: Kind
}

/// What a finished container's script did to its node's directories: the `mkdir` and `rm` of its
/// commands (with the container's variables expanded), for paths under a hostPath volume it mounts.
/// The local-path helper pods make and remove volume folders this way; a node's files replay them.
extension Cluster {
    /// The changes recorded since `index` (an earlier count of `hostPathChangeCount`).
    public func hostPathChanges(from index: Int) -> ArraySlice<HostPathChange> {
        hostPathChangeLog[min(max(0, index), hostPathChangeLog.count)...]
    }

    public var hostPathChangeCount: Int { hostPathChangeLog.count }

    /// Records what `container`'s script did through `pod`'s hostPath volumes on `node`.
    func recordHostPathWrites(of container: JSONValue, in pod: KubeObject, node: String) {
        let argv = (container["command"].array + container["args"].array).compactMap(\.string)
        let script =
            scriptFile(of: container, in: pod)
            ?? (argv.count > 2 && argv[1] == "-c" ? argv[2] : nil)
        guard let script else { return }
        let env = ContainerOutput.environment(of: container, in: pod)
        for statement in script.split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "&" }) {
            let words = Self.shellWords(String(statement), env: env)
            guard let program = words.first else { continue }
            switch program.split(separator: "/").last.map(String.init) ?? program {
            case "mkdir":
                var mode: UInt16 = 0o755
                var paths: [String] = []
                var index = 1
                while index < words.count {
                    if words[index] == "-m", index + 1 < words.count {
                        mode = UInt16(words[index + 1], radix: 8) ?? mode
                        index += 1
                    } else if !words[index].hasPrefix("-") {
                        paths.append(words[index])
                    }
                    index += 1
                }
                for path in paths { record(path, .made(mode: mode), container: container, pod: pod, node: node) }
            case "rm", "rmdir":
                for path in words.dropFirst() where !path.hasPrefix("-") {
                    record(path, .removed, container: container, pod: pod, node: node)
                }
            default:
                continue
            }
        }
    }

    private func record(_ path: String, _ kind: HostPathChange.Kind, container: JSONValue, pod: KubeObject, node: String) {
        guard let host = hostPath(of: path, container: container, pod: pod) else { return }
        hostPathChangeLog.append(HostPathChange(node: node, path: host, kind: kind))
    }

    /// The node path a container path is, when it lies in a hostPath volume the container mounts.
    func hostPath(of path: String, container: JSONValue, pod: KubeObject) -> String? {
        for mount in container["volumeMounts"].array {
            let directory = Self.trimmingSlashes(mount["mountPath"].string ?? "")
            guard path == directory || path.hasPrefix(directory + "/"),
                let volume = pod[path: "spec.volumes"].array.first(where: { $0["name"] == mount["name"] }),
                let root = volume[path: "hostPath.path"].string
            else { continue }
            return Self.trimmingSlashes(root) + path.dropFirst(directory.count)
        }
        return nil
    }

    private static func trimmingSlashes(_ text: String) -> String {
        var trimmed = text
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    /// A command's words: quotes removed, `$NAME` and `${NAME}` replaced by the variables' values.
    static func shellWords(_ text: String, env: [String: String]) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var chars = Array(text)[...]
        while let char = chars.popFirst() {
            if char == "'" && quote == nil || char == "\"" && quote == nil {
                quote = char
                inWord = true
            } else if char == quote {
                quote = nil
            } else if char == "$" && quote != "'" {
                var name = ""
                if chars.first == "{" {
                    chars.removeFirst()
                    while let next = chars.popFirst(), next != "}" { name.append(next) }
                } else {
                    while let next = chars.first, next.isLetter || next.isNumber || next == "_" {
                        name.append(next)
                        chars.removeFirst()
                    }
                }
                current += name.isEmpty ? "$" : env[name] ?? ""
                inWord = true
            } else if (char == " " || char == "\t") && quote == nil {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(char)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
