import ArgumentParser

/// The `taroko` command: a Kubernetes tutor on a simulated lab, nothing but argument parsing here.
@main
struct Taroko: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taroko",
        abstract: "An offline Kubernetes tutor on a simulated tk8s lab (course 303).",
        discussion: """
            With no subcommand, taroko continues the course where you left off. Everything you \
            type runs in a simulated lab: no network, no containers, no real cluster.
            """,
        subcommands: [Course.self, Sandbox.self, Lessons.self, Replay.self, Record.self, Lint.self],
        defaultSubcommand: Course.self)
}
