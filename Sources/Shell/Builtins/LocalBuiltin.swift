import Kubectl

/// `local [-OPTIONS] NAME[=VALUE]...`: `declare` inside a function, whose variables the running
/// function sees and which are restored when it returns.
struct LocalBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        guard session.functionDepth > 0, !session.localFrames.isEmpty else {
            context.io.err("bash: local: can only be used in a function\n")
            return 1
        }
        guard context.arguments.count > 1 else { return 0 }
        return DeclareBuiltin(name: "local").run(context)
    }
}
