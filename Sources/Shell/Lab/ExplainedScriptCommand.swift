import Kubectl

/// One of the lab's own scripts that would build the lab again (`kcn` makes the node containers,
/// `kto` the cluster in them): running it says what it would do, from the world's data, and
/// changes nothing, since the lab it would build is the one the learner is in.
struct ExplainedScriptCommand: ShellCommand {
    let explanation: String

    func run(_ context: CommandContext) -> Int32 {
        context.io.out(explanation.hasSuffix("\n") ? explanation : explanation + "\n")
        return 0
    }
}
