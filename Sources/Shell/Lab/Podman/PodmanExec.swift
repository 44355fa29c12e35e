import Cluster
import KubeAPI
import Kubectl

/// `podman exec [-i] [-t] [-w DIR] [-e NAME=VALUE] CONTAINER COMMAND...`: runs a command in a
/// running node container. With `-i` a shell (`bash`, `sh`) stays open as a nested prompt
/// until `exit`; without it the shell reads an empty stdin and ends at once.
///
/// Options end at the container name; everything after it is the command. The runtime is
/// crun, so a command the container lacks fails with crun's words and status 127.
struct PodmanExec {
    let cluster: Cluster
    let containers: [HostContainer]
    let nodes: NodeShells

    func run(_ arguments: [String], io: IOStreams) -> Int32 {
        var interactive = false
        var terminal = false
        var workdir: String?
        var environment: [(String, String)] = []
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "-" {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--interactive": interactive = true
            case "--tty": terminal = true
            case "--privileged", "--detach", "-d": continue
            case "-w", "--workdir", "-e", "--env":
                guard index < arguments.count else {
                    io.err("Error: flag needs an argument: \(Self.flagName(argument))\nSee 'podman exec --help'\n")
                    return 125
                }
                let value = arguments[index]
                index += 1
                if argument == "-w" || argument == "--workdir" {
                    workdir = value
                } else if let equals = value.firstIndex(of: "=") {
                    environment.append((String(value[..<equals]), String(value[value.index(after: equals)...])))
                }
            default:
                let letters = argument.dropFirst()
                guard !argument.hasPrefix("--"), letters.allSatisfy({ "it".contains($0) }) else {
                    io.err(Self.unknownFlag(argument))
                    return 125
                }
                if letters.contains("i") { interactive = true }
                if letters.contains("t") { terminal = true }
            }
        }
        guard index < arguments.count else {
            io.err("Error: exec requires the name or ID of a container or the --latest flag\n")
            return 125
        }
        let name = arguments[index]
        let command = Array(arguments[(index + 1)...])
        guard let container = containers.first(where: { $0.name == name || $0.id.hasPrefix(name) }) else {
            io.err("Error: no container with name or ID \"\(name)\" found: no such container\n")
            return 125
        }
        guard !command.isEmpty else {
            io.err("Error: must provide a non-empty command to start an exec session: invalid argument\n")
            return 125
        }
        guard cluster.nodeContainer(container.name)?.isRunning == true else {
            io.err("Error: can only create exec sessions on running containers: container state improper\n")
            return 125
        }
        let session = nodes.session(in: container.name)
        // The process gets the container's environment, then the `-e` variables.
        var environ = PodmanInspectData.environment(of: container)
        for (key, value) in environment { environ.set(key, value) }
        session.environment = Dictionary(environ, uniquingKeysWith: { $1 })
        session.exported = Set(session.environment.keys)
        session.environOrder = environ.map(\.name)
        if let workdir {
            guard session.filesystem.isDirectory(workdir) else {
                io.err("Error: crun: chdir to `\(workdir)`: No such file or directory: OCI runtime attempted to invoke a command that was not found\n")
                return 127
            }
            session.cwd = workdir
        }
        // Without -i the process gets no input, and the caller's stdin stays unread (a `while read` loop's next line).
        var output = interactive ? io : IOStreams(input: "", sink: io.sink)
        if !terminal { output.sink = PipedSink(io.sink) }
        return start(command, in: session, interactive: interactive, io: output)
    }

    /// Starts the process as crun would: the executable must exist in the container.
    private func start(_ command: [String], in session: ShellSession, interactive: Bool, io: IOStreams) -> Int32 {
        let executable = command[0]
        let program = executable.split(separator: "/").last.map(String.init) ?? executable
        if executable.contains("/") {
            if session.filesystem.isDirectory(executable) {
                io.err("Error: crun: open executable: Permission denied: OCI permission denied\n")
                return 126
            }
        }
        if Self.shells.contains(program) {
            session.startShell(program == "bash" ? .bash : .dash)
            if command.count == 1 {
                if interactive { nodes.open(session) }
                return 0
            }
            if command[1] == "-c", command.count > 2 {
                session.execsLastCommand = program == "bash"
                return session.run(command[2], io: io, sink: io.sink).status
            }
        }
        guard session.commandNames.contains(program) else {
            io.err("Error: crun: executable file `\(executable)` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found\n")
            return 127
        }
        let words = [program] + command.dropFirst()
        return session.run(words.map(PodExecutor.quoted).joined(separator: " "), io: io, sink: io.sink).status
    }

    /// The shells the node image has; started without a script they read commands from stdin.
    static let shells: Set<String> = ["bash", "sh"]

    private static func flagName(_ flag: String) -> String {
        flag.hasPrefix("--") ? String(flag.dropFirst(2)) : "'\(flag.dropFirst())' in \(flag)"
    }

    private static func unknownFlag(_ flag: String) -> String {
        let what: String
        if flag.hasPrefix("--") {
            what = "flag: \(flag.split(separator: "=").first ?? "")"
        } else {
            let letter = flag.dropFirst().first { !"it".contains($0) } ?? "?"
            what = "shorthand flag: '\(letter)' in \(flag)"
        }
        return "Error: unknown \(what)\nSee 'podman exec --help'\n"
    }
}
