import Kubectl

extension KubectlHarness {
    /// A harness whose host files are `files` (absolute paths to contents), working in `/home/u`.
    static func withFiles(_ files: [String: String]) throws -> KubectlHarness {
        let lab = try KubectlHarness()
        lab.kubectl.readFile = { files[$0] }
        lab.kubectl.workingDirectory = { "/home/u" }
        lab.kubectl.listDirectory = { directory in
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            var entries: [String: Bool] = [:]
            for path in files.keys where path.hasPrefix(prefix) {
                let rest = path.dropFirst(prefix.count)
                let name = String(rest.split(separator: "/")[0])
                entries[name] = (entries[name] ?? false) || rest.contains("/")
            }
            guard !entries.isEmpty else { return nil }
            return entries.keys.sorted().map { (name: $0, isDirectory: entries[$0] ?? false) }
        }
        return lab
    }
}
