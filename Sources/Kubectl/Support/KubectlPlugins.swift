/// kubectl's plugins: executables named `kubectl-NAME` on the PATH, as the host finds and runs them.
public struct KubectlPlugins {
    /// The plugin files on the PATH, full paths in PATH order.
    public var find: () -> [String]
    /// Runs a plugin file with its arguments, returning its exit status.
    public var run: (_ path: String, _ arguments: [String], _ io: IOStreams) -> Int32

    public init(find: @escaping () -> [String], run: @escaping (String, [String], IOStreams) -> Int32) {
        self.find = find
        self.run = run
    }

    /// The plugin `arguments` name and what it is given: the longest `kubectl-a-b` the words
    /// before the first flag make (a dash inside a word becomes `_`), first on the PATH.
    func match(_ arguments: [String]) -> (path: String, rest: [String])? {
        let words = arguments.prefix { !$0.hasPrefix("-") }
        let found = find()
        for count in stride(from: words.count, through: 1, by: -1) {
            let name = "kubectl-" + words.prefix(count).map { $0.replacingDashes }.joined(separator: "-")
            if let path = found.first(where: { Self.name(of: $0) == name }) { return (path, Array(arguments.dropFirst(count))) }
        }
        return nil
    }

    static func name(of path: String) -> String { String(path.split(separator: "/").last ?? "") }
}

extension String {
    fileprivate var replacingDashes: String { split(separator: "-", omittingEmptySubsequences: false).joined(separator: "_") }
}
