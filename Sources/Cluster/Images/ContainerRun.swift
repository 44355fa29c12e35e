import KubeAPI

/// What a container's process does once started: runs until stopped, or exits after a while.
public enum ContainerRun: Sendable, Equatable {
    case forever
    case exits(afterMilliseconds: Int64, code: Int)

    /// What `command` and `args` do in an image whose default command does `defaultRun`,
    /// at the level a lesson needs: `sleep N`, `sh -c "exit 3"`, `true`, `false`, `echo`, `sh`.
    /// Anything not understood runs until stopped, as a server would.
    public static func of(command: [String], args: [String], image: ImageCatalog.Image, env: Set<String>) -> ContainerRun {
        let argv = image.process(command: command, args: args)
        guard image.runsOwnProgram(argv) else { return program(argv) }
        if let needed = image.needsEnv, needed.isDisjoint(with: env) { return image.runWithoutEnv }
        return image.defaultRun
    }

    /// A shell started with no script and no arguments (`sh`, `/bin/bash`).
    static func isBareShell(_ argv: [JSONValue]) -> Bool {
        guard argv.count == 1, let first = argv[0].string else { return false }
        return ["sh", "bash", "ash"].contains(first.split(separator: "/").last.map(String.init) ?? first)
    }

    /// One program and its arguments.
    static func program(_ argv: [String]) -> ContainerRun {
        guard let first = argv.first else { return .forever }
        let name = first.split(separator: "/").last.map(String.init) ?? first
        let rest = Array(argv.dropFirst())
        switch name {
        case "sh", "bash", "ash":
            guard let flag = rest.first else { return .exits(afterMilliseconds: 0, code: 0) }
            guard flag == "-c", rest.count > 1 else { return .forever }
            return script(rest[1])
        case "sleep":
            guard let text = rest.first, let seconds = sleepMilliseconds(text) else { return .forever }
            return .exits(afterMilliseconds: seconds, code: 0)
        case "true", "echo", "printf", "date", "hostname", "env", "printenv", "pwd", "ls", "id", "uname",
            "touch", "rm", "mkdir", "rmdir", "set", "seq":
            return .exits(afterMilliseconds: 0, code: 0)
        case "cat":
            // With files to read it ends once they are read; alone it reads its input.
            return rest.isEmpty ? .forever : .exits(afterMilliseconds: 0, code: 0)
        case "false":
            return .exits(afterMilliseconds: 0, code: 1)
        case "exit":
            return .exits(afterMilliseconds: 0, code: rest.first.flatMap { Int($0) }.map { $0 & 0xff } ?? 0)
        default:
            return .forever
        }
    }

    /// A `sh -c` script: commands separated by `;`, `&&` or newlines run one after another.
    static func script(_ text: String) -> ContainerRun {
        var elapsed: Int64 = 0
        var code = 0
        for statement in text.split(whereSeparator: { $0 == ";" || $0 == "&" || $0 == "\n" }) {
            let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            // Comments (and a `#!` line) do nothing.
            guard let first = words.first, !first.hasPrefix("#") else { continue }
            switch program(words) {
            case .forever:
                return .forever
            case .exits(let milliseconds, let exitCode):
                elapsed += milliseconds
                code = exitCode
                if words[0] == "exit" { return .exits(afterMilliseconds: elapsed, code: code) }
            }
        }
        return .exits(afterMilliseconds: elapsed, code: code)
    }

    /// `sleep`'s argument in milliseconds: `5`, `2.5`, `30s`, `10m`, `1h`; nil for `infinity`.
    static func sleepMilliseconds(_ text: String) -> Int64? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        var number = text
        var factor = 1.0
        if let last = text.last, let unit = units[last] {
            factor = unit
            number = String(text.dropLast())
        }
        guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
        return Int64((value * factor * 1000).rounded())
    }
}
