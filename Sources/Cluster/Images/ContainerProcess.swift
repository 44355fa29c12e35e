/// What a started container's process offers the kubelet's probes and the memory cgroup.
///
/// That is the server it runs (if any), the files its script creates and removes, its memory
/// use and how it stops, worked out from the image catalog and the container's command and args.
public struct ContainerProcess: Sendable, Equatable {
    /// The server the command runs, or nil when the command replaces it (`sh -c "sleep 3600"`).
    public var server: ImageServer?
    /// Paths a `sh -c` script creates and removes as it runs.
    public var files: ScriptFiles
    /// Bytes of memory the process holds once it has started.
    public var memoryBytes: Int64
    /// Millicores of CPU the process keeps busy.
    public var cpuMillicores: Int64
    /// How the process ends on the stop signal; nil when it ignores SIGTERM.
    public var stop: ContainerRun?
    public var userland: ImageCatalog.Userland
    /// Paths the image holds.
    public var imageFiles: Set<String>

    /// The process of a container with `command` and `args` in `image`, started with `environment`
    /// (which only a server with a `portVariable` reads).
    public static func of(
        command: [String], args: [String], image: ImageCatalog.Image, environment: [String: String] = [:]
    ) -> ContainerProcess {
        let argv = image.process(command: command, args: args)
        var words = argv
        let runsProgram = image.program != nil && words.first.map(basename) == image.program
        if runsProgram { words.removeFirst() }
        var server: ImageServer?
        // Whether the image's own program runs (its default process, named, or given only flags).
        let ownProgram = image.runsOwnProgram(argv)
        if let first = words.first, let subcommand = image.subcommands[first] {
            server = subcommand.started(with: Array(words.dropFirst()))
        } else if ownProgram {
            server = image.server?.started(in: environment)
        }
        let memory = image.memoryBytes + stressBytes(argv)
        // Only the image's own program handles the stop signal; a shell or `sleep` as PID 1 does not.
        let stop = ownProgram || server != nil ? image.stop : nil
        return ContainerProcess(
            server: server, files: ScriptFiles.of(argv), memoryBytes: memory,
            cpuMillicores: image.cpuMillicores + stressCPUWorkers(argv) * 1000, stop: stop, userland: image.userland,
            imageFiles: Set(image.files.map(\.path)))
    }

    /// The memory `stress --vm N --vm-bytes B` allocates (stress's default is 256M a worker).
    static func stressBytes(_ argv: [String]) -> Int64 {
        guard let first = argv.first, basename(first) == "stress" else { return 0 }
        var workers: Int64 = 0
        var bytes: Int64 = 256 << 20
        for (index, word) in argv.enumerated() where index + 1 < argv.count {
            let value = argv[index + 1]
            if word == "--vm" || word == "-m" { workers = Int64(value) ?? 0 }
            if word == "--vm-bytes" { bytes = stressSize(value) ?? bytes }
        }
        return workers * bytes
    }

    /// The CPU workers of `stress --cpu N`, each of which keeps one core busy.
    static func stressCPUWorkers(_ argv: [String]) -> Int64 {
        guard let first = argv.first, basename(first) == "stress" else { return 0 }
        var workers: Int64 = 0
        for (index, word) in argv.enumerated() where index + 1 < argv.count && (word == "--cpu" || word == "-c") {
            workers = Int64(argv[index + 1]) ?? 0
        }
        return workers
    }

    /// stress's sizes: a number with an optional b, k, m or g (powers of 1024).
    static func stressSize(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30]
        guard let last = text.lowercased().last else { return nil }
        if let unit = units[last] { return Int64(text.dropLast()).map { $0 * unit } }
        return Int64(text)
    }

    static func basename(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
