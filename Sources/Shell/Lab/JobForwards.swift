import Kubectl

/// The listeners background jobs hold: a `kubectl port-forward ... &` or `kubectl proxy &` keeps
/// its listeners for as long as its job runs, and what kubectl says of the connections it takes
/// (`Handling connection for PORT`, a proxy's errors) shows on the terminal, as kubectl says it.
/// A listener opened in the foreground stays open for the session, as if its kubectl ran in
/// another terminal, and its words show there, not here.
final class JobForwards {
    private let forwards: PortForwards
    private var held: [PortForwards.Forward] = []
    private var heldProxies: [APIProxy] = []
    /// The shell whose terminal the jobs write to.
    private weak var shell: ShellSession?

    init(forwards: PortForwards) {
        self.forwards = forwards
    }

    /// Runs a job's command; the listeners it opened become the job's, closed when it ends
    /// (kubectl closes them and exits 0 on SIGINT).
    func hold(_ run: () -> Int32, terminal shell: ShellSession) -> (status: Int32, hold: JobHold?) {
        self.shell = shell
        let before = forwards.forwards
        let proxiesBefore = forwards.proxies
        let status = run()
        let opened = forwards.forwards.filter { !before.contains($0) }
        let started = forwards.proxies.filter { proxy in !proxiesBefore.contains { $0 === proxy } }
        guard !opened.isEmpty || !started.isEmpty else { return (status, nil) }
        held += opened
        heldProxies += started
        return (status, JobHold(release: { [weak self] in self?.close(opened, started) }, endsOnInterrupt: true))
    }

    private func close(_ opened: [PortForwards.Forward], _ started: [APIProxy]) {
        forwards.remove(opened)
        forwards.remove(started)
        held.removeAll { opened.contains($0) }
        heldProxies.removeAll { proxy in started.contains { $0 === proxy } }
    }

    /// A connection reached `forward`: its job says so, when a job holds it.
    func announce(_ forward: PortForwards.Forward) {
        guard held.contains(forward) else { return }
        say("Handling connection for \(forward.localPort)", to: .stdout)
    }

    /// `proxy` logged `line` (klog, on standard error) while answering: its job's terminal shows
    /// it, when a job runs it.
    func log(_ line: String, from proxy: APIProxy) {
        guard heldProxies.contains(where: { $0 === proxy }) else { return }
        say(line, to: .stderr)
    }

    private func say(_ line: String, to stream: StandardStream) {
        guard let terminal = shell?.jobTerminal else { return }
        terminal.write(line + "\n", to: stream)
    }
}
