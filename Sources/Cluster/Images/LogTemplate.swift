import KubeAPI

/// A line an image's own program prints as it starts, read from the image catalog.
///
/// Placeholders are filled from the running container: `{time:FORMAT}` (the virtual clock in the
/// program's own strftime layout), the tag's own values (`{version}`, `{build}`), `{kernel}` (the node's),
/// `{podIP}`, `{hostname}` (the container's `$HOSTNAME`), `{env:NAME}` (its variable, `{env:NAME:-DEFAULT}`
/// the default when unset or empty, as the shell's), and `{n}` on a line repeated once for each of the node's CPUs (counting up from
/// `eachCPU`, as nginx numbers its worker processes). A line whose placeholder has no value is
/// left out rather than guessed.
public struct LogTemplate: Sendable, Equatable {
    public var line: String
    /// When the line is printed, after the process started.
    public var afterMilliseconds: Int64 = 0
    /// The first `{n}` of a line printed once per CPU.
    public var eachCPU: Int?

    public init(line: String, afterMilliseconds: Int64 = 0, eachCPU: Int? = nil) {
        self.line = line
        self.afterMilliseconds = afterMilliseconds
        self.eachCPU = eachCPU
    }

    /// What the placeholders stand for in one container.
    public struct Facts: Sendable {
        /// The image tag's values (`version`, `build`).
        public var tag: [String: String]
        public var kernel: String?
        public var podIP: String?
        public var hostname: String?
        public var cpus: Int = 1
        /// The container's environment, for `{env:NAME}`.
        public var env: [String: String] = [:]

        public init(
            tag: [String: String] = [:], kernel: String? = nil, podIP: String? = nil, hostname: String? = nil, cpus: Int = 1,
            env: [String: String] = [:]
        ) {
            self.tag = tag
            self.kernel = kernel
            self.podIP = podIP
            self.hostname = hostname
            self.cpus = cpus
            self.env = env
        }
    }

    /// The lines of `templates` for a process that started at `start`.
    public static func render(_ templates: [LogTemplate], start: Timestamp, facts: Facts) -> [LogEntry] {
        var entries: [LogEntry] = []
        for template in templates {
            let time = start.adding(milliseconds: template.afterMilliseconds)
            let numbers: [Int?] = template.eachCPU.map { first in (0..<max(1, facts.cpus)).map { first + $0 } } ?? [nil]
            for number in numbers {
                guard let text = template.fill(time: time, facts: facts, number: number) else { break }
                entries.append(LogEntry(time: time, text: text))
            }
        }
        return entries
    }

    /// `NAME`'s value in `env`, or with `NAME:-DEFAULT` the default when it is unset or empty.
    private static func variable(_ spec: Substring, in env: [String: String]) -> String {
        guard let range = spec.firstRange(of: ":-") else { return env[String(spec)] ?? "" }
        let value = env[String(spec[..<range.lowerBound])] ?? ""
        return value.isEmpty ? String(spec[range.upperBound...]) : value
    }

    /// The line with its placeholders filled, or nil when one has no value.
    func fill(time: Timestamp, facts: Facts, number: Int?) -> String? {
        var out = ""
        var rest = line[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if name.hasPrefix("time:") {
                out += time.cFormat(String(name.dropFirst(5)))
                continue
            }
            if name.hasPrefix("env:") {
                out += Self.variable(name.dropFirst(4), in: facts.env)
                continue
            }
            let values: [Substring: String?] = [
                "kernel": facts.kernel, "podIP": facts.podIP, "hostname": facts.hostname, "n": number.map(String.init),
            ]
            guard let value = values[name] ?? facts.tag[String(name)] else { return nil }
            out += value
        }
        return out + rest
    }
}
