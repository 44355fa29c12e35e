import ArgumentParser
import Tutor

/// `taroko sandbox`: the lab without lessons.
struct Sandbox: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Use the simulated lab freely, without lessons.",
        discussion: """
            When input or output is not a terminal, only what each command prints is written \
            (stdout to stdout, stderr to stderr), so `printf 'kubectl get pods -A\\n' | taroko sandbox` \
            works as a scriptable lab.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The world the lab starts from.")
    var world = "tk8s"

    func run() throws {
        try leave(with: global.app.sandbox(world: world))
    }
}
