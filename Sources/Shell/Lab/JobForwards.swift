import Kubectl

/// The port forwards background jobs hold: a `kubectl port-forward ... &` keeps its listeners
/// for as long as its job runs, and says `Handling connection for PORT` on the terminal for each
/// connection it accepts, as kubectl does. A forward opened in the foreground stays open for the
/// session, as if its kubectl ran in another terminal, and its words show there, not here.
final class JobForwards {
    private let forwards: PortForwards
    private var held: [PortForwards.Forward] = []
    /// The shell whose terminal the jobs write to.
    private weak var shell: ShellSession?

    init(forwards: PortForwards) {
        self.forwards = forwards
    }

    /// Runs a job's command; the forwards it opened become the job's, closed when it ends
    /// (kubectl closes them and exits 0 on SIGINT).
    func hold(_ run: () -> Int32, terminal shell: ShellSession) -> (status: Int32, hold: JobHold?) {
        self.shell = shell
        let before = forwards.forwards
        let status = run()
        let opened = forwards.forwards.filter { !before.contains($0) }
        guard !opened.isEmpty else { return (status, nil) }
        held += opened
        return (status, JobHold(release: { [weak self] in self?.close(opened) }, endsOnInterrupt: true))
    }

    private func close(_ opened: [PortForwards.Forward]) {
        forwards.remove(opened)
        held.removeAll { opened.contains($0) }
    }

    /// A connection reached `forward`: its job says so, when a job holds it.
    func announce(_ forward: PortForwards.Forward) {
        guard held.contains(forward), let terminal = shell?.jobTerminal else { return }
        terminal.write("Handling connection for \(forward.localPort)\n", to: .stdout)
    }
}
