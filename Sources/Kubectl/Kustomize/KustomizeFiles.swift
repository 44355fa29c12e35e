/// The host's files as kustomize's loader reads them: through kubectl's file hooks, by absolute,
/// cleaned paths (kustomize resolves every path against its kustomization's directory).
struct KustomizeFiles {
    var workingDirectory: String
    var readFile: (String) -> String?
    var listDirectory: (String) -> [(name: String, isDirectory: Bool)]?

    /// The names kustomize looks for in a directory, in the order it tries them.
    static let kustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    /// Go's `filepath.Join` of `base` and `path` (an absolute `path` stands alone), cleaned.
    func absolute(_ path: String, in base: String? = nil) -> String {
        Self.cleaned(path.hasPrefix("/") ? path : (base ?? workingDirectory) + "/" + path)
    }

    /// Go's `filepath.Clean` for an absolute path: `.` and empty parts dropped, `..` taken back.
    static func cleaned(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    func isDirectory(_ path: String) -> Bool { listDirectory(path) != nil }

    /// A file the kustomization names, relative to its directory.
    func read(_ path: String, in directory: String) throws(KustomizeError) -> String {
        let full = absolute(path, in: directory)
        guard let text = readFile(full) else {
            if isDirectory(full) { throw KustomizeError("read \(full): is a directory") }
            throw KustomizeError("open \(full): no such file or directory")
        }
        return text
    }

    /// The kustomization file of a directory: its name and text.
    func kustomization(in directory: String) throws(KustomizeError) -> (name: String, text: String) {
        let names = Set(listDirectory(directory)?.filter { !$0.isDirectory }.map(\.name) ?? [])
        for name in Self.kustomizationNames where names.contains(name) {
            if let text = readFile(directory + (directory == "/" ? "" : "/") + name) { return (name, text) }
        }
        throw KustomizeError(
            "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '\(directory)'")
    }
}
