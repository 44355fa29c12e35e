import Kubectl
import Shell

extension SimulatedLab {
    /// Tab completion as bash does it in the shell reading the lines.
    ///
    /// The first word completes to aliases, keywords, functions, builtins and programs (file
    /// names once it holds a "/"). Later words follow the specification `complete` recorded for
    /// the command: kubectl's own completion when it names the function `kubectl completion bash`
    /// defines, else what its function puts in COMPREPLY and its other words. `kubectl` (and a kubectl verb typed bare) completes as kubectl
    /// even with none, as if its completion were installed; any other command completes file names.
    public func completions(line: String, cursor: Int) -> [String] {
        let before = String(line.prefix(cursor))
        var words = before.split(whereSeparator: \.isBlank).map(String.init)
        let current = before.last.map(\.isBlank) ?? true ? "" : words.removeLast()
        if let separator = words.lastIndex(where: Self.commandSeparators.contains) {
            words.removeSubrange(...separator)
        }
        let shell = host.activeShell
        if current.hasPrefix("$"), !current.contains("{") {
            return shell.variableNames.map { "$" + $0 }.filter { $0.hasPrefix(current) }
        }
        guard let command = words.first else {
            if current.contains("/") { return shell.fileCompletions(current) }
            let names = shell.commandCompletions(current) + Kubectl.commandNames.filter { $0.hasPrefix(current) }
            return Array(Set(names)).sorted()
        }
        if let spec = shell.completionSpec(for: command) {
            if spec.function == Kubectl.bashCompletionFunction, shell.hasFunction(Kubectl.bashCompletionFunction) {
                return kubectlCompletions(words.dropFirst(), current: current)
            }
            let reply = spec.function.flatMap {
                shell.completionReply(function: $0, words: words + [current], line: before)
            }
            return shell.completionWords(of: spec, word: current, reply: reply ?? [])
        }
        if command == "kubectl" {
            return kubectlCompletions(words.dropFirst(), current: current)
        }
        if Kubectl.commandNames.contains(command), !shell.commandNames.contains(command) {
            return kubectlCompletions(words[...], current: current)
        }
        return shell.fileCompletions(current)
    }

    /// kubectl's candidates for the words after its name; file names after a flag that takes a file.
    private func kubectlCompletions(_ arguments: ArraySlice<String>, current: String) -> [String] {
        if let previous = arguments.last, Self.kubectlFileFlags.contains(previous) {
            return host.activeShell.fileCompletions(current)
        }
        return host.kubectl.completions(words: Array(arguments), current: current)
    }

    /// The words after which a new command starts.
    private static let commandSeparators: Set = ["|", "||", "&&", ";", "&", "|&"]

    /// kubectl's flags whose value is a file name.
    private static let kubectlFileFlags: Set = [
        "-f", "--filename", "-k", "--kustomize", "--kubeconfig", "--from-file", "--from-env-file",
        "--certificate-authority", "--client-certificate", "--client-key",
    ]
}

extension Character {
    fileprivate var isBlank: Bool { self == " " || self == "\t" }
}
