import Cluster

/// What gVisor's Sentry (runsc, its 2025 releases before June) says of itself: the Linux it
/// impersonates, and the joke boot log its `syslog` makes up the first time a process reads it.
enum GVisorKernel {
    /// containerd's shim for runsc, as a runtime handler's `runtime_type` names it.
    static let runtimeType = "io.containerd.runsc.v1"

    static let identity = KernelIdentity(
        release: "4.4.0", version: "#1 SMP Sun Jan 10 15:06:54 PST 2016", machine: "x86_64",
        procVersion: "Linux version 4.4.0 #1 SMP Sun Jan 10 15:06:54 PST 2016")

    /// The boot log: "Starting gVisor...", ten lines drawn without replacement from the jokes, each
    /// a random fraction of half a second after the last, then the setup lines and "Ready!".
    /// The draw is seeded by the sandbox, so one pod always reads the same log.
    static func syslog(seed: String) -> [KernelLogLine] {
        var random = SeededRandom(seed: seed.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 })
        var pool = messages
        var lines = [KernelLogLine(seconds: 0, text: "Starting gVisor...")]
        var time = 0.1
        func step() { time += Double(random.next() >> 11) / Double(1 << 53) / 2 }
        for _ in 0..<10 {
            step()
            let index = Int(random.next() % UInt64(pool.count))
            lines.append(KernelLogLine(seconds: time, text: pool[index]))
            pool[index] = pool[pool.count - 1]
            pool.removeLast()
        }
        for closing in ["Setting up VFS...", "Setting up FUSE...", "Ready!"] {
            step()
            lines.append(KernelLogLine(seconds: time, text: closing))
        }
        return lines
    }

    private static let messages = [
        "Synthesizing system calls...", "Mounting deweydecimalfs...", "Moving files to filing cabinet...",
        "Digging up root...", "Constructing home...", "Segmenting fault lines...", "Creating bureaucratic processes...",
        "Searching for needles in stacks...", "Preparing for the zombie uprising...", "Feeding the init monster...",
        "Creating cloned children...", "Daemonizing children...", "Waiting for children...", "Gathering forks...",
        "Committing treasure map to memory...", "Reading process obituaries...", "Searching for socket adapter...",
        "Creating process schedule...", "Generating random numbers by fair dice roll...",
        "Rewriting operating system in Javascript...", "Reticulating splines...", "Consulting tar man page...",
        "Forking spaghetti code...", "Checking naughty and nice process list...",
        "Checking naughty and nice process list...", "Granting licence to kill(2)...", "Letting the watchdogs out...",
        "Conjuring /dev/null black hole...", "Adversarially training Redcode AI...", "Singleplexing /dev/ptmx...",
        "Recruiting cron-ies...", "Verifying that no non-zero bytes made their way into /dev/zero...",
        "Accelerating teletypewriter to 9600 baud...",
    ]
}
