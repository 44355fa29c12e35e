/// `kubectl completion SHELL`: prints a script that teaches the shell to complete kubectl
/// command lines. The scripts are this lab's own; they ask kubectl itself for resource types
/// and object names, as kubectl's do.
enum Completion {
    static let verb = Verb(name: "completion", flags: [], help: KubectlHelp.completion) { context throws(KubectlFailure) in
        let arguments = context.flags.positionals
        guard let shell = arguments.first else { throw .validation("Shell not specified.", verb: "completion") }
        guard arguments.count == 1 else {
            throw .validation("Too many arguments. Expected only the shell type.", verb: "completion")
        }
        let verbs = Kubectl.verbs.map(\.name).sorted().joined(separator: " ")
        switch shell {
        case "bash": context.io.out(CompletionScripts.bash(verbs: verbs))
        case "zsh": context.io.out(CompletionScripts.zsh(verbs: verbs))
        case "fish": context.io.out(CompletionScripts.fish(verbs: verbs))
        case "powershell": context.io.out(CompletionScripts.powershell(verbs: verbs))
        default: throw .validation("Unsupported shell type \"\(shell)\".", verb: "completion")
        }
        return 0
    }
}

extension Kubectl {
    /// The function `kubectl completion bash` defines to complete kubectl's words, which
    /// `complete -F` names for kubectl and for its aliases.
    public static let bashCompletionFunction = "__start_kubectl"
}
