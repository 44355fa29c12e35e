import KubeAPI

/// The keys and values of `--from-literal`, `--from-file` and `--from-env-file`, read as
/// `kubectl create configmap` and `create secret generic` read them (files from the simulated host).
struct DataSources {
    var literals: [String]
    var files: [String]
    var envFiles: [String]

    init(_ flags: ParsedFlags) {
        literals = flags.strings("from-literal")
        files = Create.slice(flags, "from-file")
        envFiles = Create.slice(flags, "from-env-file")
    }

    /// Checks the flags can be combined.
    func validate() throws(KubectlFailure) {
        if !envFiles.isEmpty && (!files.isEmpty || !literals.isEmpty) {
            throw .error("from-env-file cannot be combined with from-file or from-literal")
        }
    }

    /// Every key and value in kubectl's order (files, then literals, then env files); `add`
    /// refuses bad keys. A directory gives one key per regular file in it.
    func entries(
        _ context: VerbContext, envDirectoryError: String,
        addBinary: ((String, [UInt8]) throws(KubectlFailure) -> Void)? = nil,
        add: (String, String) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        /// A file's content: as bytes when they are not UTF-8 and the caller keeps such files apart.
        func addFile(_ key: String, _ text: String) throws(KubectlFailure) {
            if let addBinary, let bytes = FileBytes.binary(text) { try addBinary(key, bytes) } else { try add(key, text) }
        }
        func read(_ path: String) throws(KubectlFailure) -> String {
            guard let text = context.readFile?(path) else { throw .error("error reading \(path): no such file or directory") }
            return text
        }
        for source in files {
            let (key, path) = try Self.parseFileSource(source)
            if let names = context.listFiles?(path) {
                if source.contains("=") { throw .error("cannot give a key name for a directory path") }
                let directory = path.hasSuffix("/") ? path : path + "/"
                for name in names { try addFile(name, try read(directory + name)) }
            } else {
                try addFile(key, try read(path))
            }
        }
        for literal in literals {
            guard let equals = literal.firstIndex(of: "="), equals != literal.startIndex else {
                throw .error("invalid literal source \(literal), expected key=value")
            }
            try add(String(literal[..<equals]), String(literal[literal.index(after: equals)...]))
        }
        for path in envFiles {
            if context.listFiles?(path) != nil { throw .error(envDirectoryError) }
            for (key, value) in try Self.envFileEntries(try read(path)) { try add(key, value) }
        }
    }

    /// `ParseFileSource`: `path` (key = its base name) or `key=path`.
    static func parseFileSource(_ source: String) throws(KubectlFailure) -> (String, String) {
        let parts = source.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            return (String(source.split(separator: "/").last ?? Substring(source)), source)
        case 2 where parts[0].isEmpty:
            throw .error("key name for file path \(parts[1]) missing")
        case 2 where parts[1].isEmpty:
            throw .error("file path for key name \(parts[0]) missing")
        case 2:
            return (parts[0], parts[1])
        default:
            throw .error("key names or file paths cannot contain '='")
        }
    }

    /// `KEY=value` lines; blank lines and `#` comments skipped, leading spaces dropped.
    static func envFileEntries(_ text: String) throws(KubectlFailure) -> [(String, String)] {
        var entries: [(String, String)] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            guard let first = line.first, first != "#" else { continue }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0])
            let problems = NameValidation.envVarName(key)
            guard problems.isEmpty else {
                throw .error("\(GoSyntax.quoted(key)) is not a valid key name: \(problems.joined(separator: ";"))")
            }
            entries.append((key, parts.count > 1 ? String(parts[1]) : ""))
        }
        return entries
    }
}
