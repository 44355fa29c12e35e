import KubeAPI
import Kubectl
import Shell

/// The simulated lab a session talks to: a host prompt over a cluster, seen only through this seam.
///
/// The tutor never reaches into the shell or the cluster directly; every command line the learner
/// types goes through `run`, and checks read the cluster through `objects` and `kubectlMeaning`.
public protocol Lab: AnyObject {
    /// Runs one command line (possibly multi-line with heredocs) at the simulated host prompt.
    func run(_ line: String, sink: any OutputSink) -> LabResult

    /// Runs one command line whose commands read, as standard input, the lines typed next at `terminal`.
    func run(_ line: String, sink: any OutputSink, terminal: any TerminalInput) -> LabResult

    /// The prompt the host shows, such as `bigred@taroko:~$ `.
    var prompt: String { get }

    /// Whether lines go to a shell opened inside a container (`docker exec -it NODE bash`), whose
    /// `exit` leaves that shell rather than the session.
    var isInNestedShell: Bool { get }

    /// Whether `text` is unfinished: an unbalanced quote, a trailing `|`, an open heredoc.
    func needsContinuation(_ text: String) -> Bool

    /// The line that ends the heredoc `text` is inside of, when that is what it waits for: the lines
    /// before it are body, and need no look.
    func awaitedHereDocumentEnd(_ text: String) -> ShellSession.HereDocumentEnd?

    /// Every word that could complete the word before `cursor` in `line`.
    func completions(line: String, cursor: Int) -> [String]

    /// The objects of a resource (plural or short name, such as `pods` or `ep`); all namespaces when
    /// `namespace` is nil.
    func objects(resource: String, namespace: String?) -> [KubeObject]

    /// What a kubectl argv (`argv[0]` is `kubectl` or `k`) means, or nil when it is not kubectl or
    /// does not parse. `KubectlMeaning` is kubectl's own (module Kubectl), so checks compare
    /// exactly what kubectl would do.
    func kubectlMeaning(_ argv: [String]) -> KubectlMeaning?

    /// The user pressed Ctrl-C at the prompt: the shell reading the lines sets `$?` to 130
    /// (128 + SIGINT), as bash, dash and busybox sh do; returns that status.
    func interruptedAtPrompt() -> Int32
}

extension Lab {
    public var isInNestedShell: Bool { false }

    public func run(_ line: String, sink: any OutputSink, terminal: any TerminalInput) -> LabResult {
        run(line, sink: sink)
    }

    public func awaitedHereDocumentEnd(_ text: String) -> ShellSession.HereDocumentEnd? { nil }

    public func interruptedAtPrompt() -> Int32 { 130 }
}

/// What running one command line did.
public struct LabResult: Equatable, Sendable {
    /// The exit status of the line, as `$?` shows it afterwards.
    public var status: Int32
    /// The argv of every simple command run, in order.
    public var commands: [[String]]
    /// Whether the lab's shell is gone (`exec` ran a program in its place), which ends the session.
    public var shellEnded = false

    public init(status: Int32, commands: [[String]], shellEnded: Bool = false) {
        self.status = status
        self.commands = commands
        self.shellEnded = shellEnded
    }
}

/// Makes a fresh lab for a world (such as `tk8s`), as sessions and the replayer need them.
public typealias LabFactory = (_ world: String) throws -> any Lab
