import Cluster
import Kubectl

/// What a busybox build makes of a container's commands: `busybox` itself, the applets the lab
/// simulates, an honest refusal for those it does not, and nothing else (a GNU tool the build
/// lacks, such as `jq`, is not found, as in the real image).
struct BusyboxApplets {
    let build: BusyboxBuild
    /// Programs the image adds beyond busybox (its shells, `tar`, network tools).
    let keep: Set<String>

    func install(in session: ShellSession) {
        let applets = Set(build.appletNames)
        let others = build.programs.keys.map { String($0.split(separator: "/").last ?? "") }
        for name in session.commands.keys where !applets.contains(name) && !keep.contains(name) && !name.hasPrefix("/") {
            session.commands[name] = nil
        }
        session.register("busybox", BusyboxCommand(build: build))
        session.gnuStandardOptions = false
        for name in applets.union(others) where session.commands[name] == nil && Builtins.command(named: name) == nil {
            session.register(name, UnsimulatedProgram())
        }
        let usage = BusyboxUsage(banner: build.banner)
        for name in applets where BusyboxUsage.table[name] != nil {
            if let command = session.commands[name] { session.register(name, BusyboxAppletCommand(name: name, usage: usage, wrapped: command)) }
        }
    }
}

/// A program the image really has but the lab does not simulate: it says so and fails, rather
/// than pretending the program is missing.
struct UnsimulatedProgram: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        context.io.err(message(context.arguments[0]))
        return 1
    }
}

private func message(_ name: String) -> String { "\(name): this program is in the image, but not part of this lab yet\n" }
