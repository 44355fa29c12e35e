import Kubectl

/// `kubectl` on the host: hands its arguments to the simulated kubectl client.
struct KubectlCommand: ShellCommand {
    let kubectl: Kubectl

    func run(_ context: CommandContext) -> Int32 {
        kubectl.run(Array(context.arguments.dropFirst()), io: context.io)
    }
}
