import Cluster
import KubeAPI

/// The apiserver's `Warning` headers for the kinds a command reads (deprecated kinds).
enum ServerWarnings {
    static func print(for types: [ResourceType], _ cluster: Cluster, _ context: VerbContext) {
        for type in types {
            if let warning = cluster.warning(for: type) { context.printServerWarning(warning) }
        }
    }
}

/// The apiserver warnings a command has printed; shared by the copies of its context, as
/// kubectl's one warning handler (which deduplicates) serves all of a command's requests.
final class PrintedWarnings {
    private var printed: Set<String> = []

    /// True the first time `text` is given.
    func isFirst(_ text: String) -> Bool { printed.insert(text).inserted }
}

extension VerbContext {
    /// Prints a warning the apiserver sent as kubectl's handler does: on stderr, once a command.
    func printServerWarning(_ text: String) {
        if printedWarnings.isFirst(text) { io.err("Warning: \(text)\n") }
    }
}
