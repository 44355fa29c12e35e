import Cluster
import KubeAPI
import Kubectl

/// `podman stop|start|restart NAME...`: each named node container stops, starts or both.
///
/// A node container's process 1 is an interactive `bash`, which ignores SIGTERM, so `stop` waits
/// out podman's 10 s timeout, warns, and kills it (exit 137). Containers are stopped in parallel;
/// each name is printed as given once its container is done.
struct PodmanLifecycle {
    let cluster: Cluster
    let containers: [HostContainer]
    let sleep: (Int64) -> Void

    func run(_ verb: String, _ names: [String], io: IOStreams) -> Int32 {
        guard !names.isEmpty else {
            io.err(noNames)
            return 125
        }
        var targets: [HostContainer] = []
        for name in names {
            guard let container = containers.first(where: { $0.name == name || $0.id.hasPrefix(name) }) else {
                io.err(noSuchContainer(name))
                return 125
            }
            targets.append(container)
        }
        if verb != "start" {
            let running = targets.filter { cluster.nodeContainer($0.name)?.isRunning == true }
            if !running.isEmpty { sleep(Self.stopTimeoutSeconds) }
            for container in running {
                io.err(sigkillWarning(container.name, after: Self.stopTimeoutSeconds))
                cluster.stopNode(container.name, exitCode: Self.killedExitCode)
            }
        }
        if verb != "stop" {
            for container in targets { cluster.startNode(container.name) }
        }
        io.out(names.map { $0 + "\n" }.joined())
        return 0
    }

    /// podman's default stop timeout (`--time`).
    static let stopTimeoutSeconds: Int64 = 10
    /// 128 + SIGKILL.
    static let killedExitCode = 137
}

private let noNames = "Error: you must provide at least one name or id\n"
private func noSuchContainer(_ name: String) -> String {
    "Error: no container with name or ID \"\(name)\" found: no such container\n"
}
/// logrus's text format: the level, then the seconds since podman started, four digits wide.
private func sigkillWarning(_ name: String, after seconds: Int64) -> String {
    let elapsed = String(seconds)
    let stamp = String(repeating: "0", count: max(0, 4 - elapsed.count)) + elapsed
    return "WARN[\(stamp)] StopSignal SIGTERM failed to stop container \(name) in \(seconds) seconds, resorting to SIGKILL\n"
}
