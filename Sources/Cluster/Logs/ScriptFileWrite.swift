import KubeAPI

/// One change a container's command makes to its files, at the virtual time it makes it: a
/// redirection's write, `mkdir`, `touch` or `rm`. Paths are absolute, in the container.
public struct ScriptFileWrite: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `>` (or `>>` when `append`) with what the command printed.
        case write(String, append: Bool)
        case makeDirectory(mode: UInt16, parents: Bool)
        case touch
        /// `rm` (`-r` when `recursive`) or `rmdir` (`directoryOnly`).
        case remove(recursive: Bool, directoryOnly: Bool)
    }

    public var time: Timestamp
    public var path: String
    public var kind: Kind
}
