import Cluster
import Foundation
import KubeAPI
import Kubectl
import Shell

/// The real lab: the simulated host shell over the simulated cluster.
public final class SimulatedLab: Lab {
    public let host: HostLab
    private let clock: LabClock
    private var lastCommandAt = ContinuousClock.now

    /// A lab on `world`, whose clock follows wall time or moves only when commands move it.
    public init(world: World, clock: LabClock) {
        host = HostLab(world: world)
        self.clock = clock
    }

    /// A lab on the world named `world` in `worldsDirectory` (read and restored once per process).
    public init(world: String, worldsDirectory: String, clock: LabClock) throws {
        let entry = try WorldCache.entry(at: "\(worldsDirectory)/\(world)")
        host = HostLab(cluster: Cluster(snapshot: entry.cluster), host: entry.host)
        self.clock = clock
    }

    public func run(_ line: String, sink: any OutputSink) -> LabResult {
        run(line, sink: sink, terminal: nil)
    }

    public func run(_ line: String, sink: any OutputSink, terminal: any TerminalInput) -> LabResult {
        run(line, sink: sink, terminal: Optional(terminal))
    }

    private func run(_ line: String, sink: any OutputSink, terminal: (any TerminalInput)?) -> LabResult {
        if clock == .wall {
            let elapsed = ContinuousClock.now - lastCommandAt
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            host.cluster.advance(to: host.cluster.now.adding(milliseconds: milliseconds))
        }
        let result = host.run(line, sink: sink, terminal: terminal)
        lastCommandAt = ContinuousClock.now
        return LabResult(status: result.status, commands: result.commands, shellEnded: result.shellEnded)
    }

    public var prompt: String { host.prompt }

    public var isInNestedShell: Bool { host.activeShell !== host.shell }

    public func interruptedAtPrompt() -> Int32 {
        host.activeShell.lastStatus = 130
        return 130
    }

    /// Whether the shell reading the lines (the host's bash, or a pod's or node's shell entered
    /// with `exec -it`) asks for more of `text`, by its own language.
    public func needsContinuation(_ text: String) -> Bool {
        ShellSession.needsContinuation(text, flavour: host.activeShell.flavour)
    }

    public func awaitedHereDocumentEnd(_ text: String) -> ShellSession.HereDocumentEnd? {
        ShellSession.awaitedHereDocumentEnd(text, flavour: host.activeShell.flavour)
    }

    public func objects(resource: String, namespace: String?) -> [KubeObject] {
        guard let type = ResourceType.served.first(where: {
            $0.plural == resource || $0.singular == resource || $0.shortNames.contains(resource)
        }) else { return [] }
        return host.cluster.list(type, namespace: namespace)
    }

    public func kubectlMeaning(_ argv: [String]) -> KubectlMeaning? {
        guard let first = argv.first else { return nil }
        let normalized: [String]
        if first == "kubectl" || first == "k" {
            normalized = ["kubectl"] + argv.dropFirst()
        } else if Kubectl.commandNames.contains(first), !ShellSession.isBuiltin(first) {
            // A bare verb runs as kubectl's, unless bash has a builtin of that name (`exec`, `wait`).
            normalized = ["kubectl"] + argv
        } else {
            return nil
        }
        return host.kubectl.meaning(of: normalized)
    }
}
