import Cluster
import Kubectl

/// `reboot` (as root): the host goes down and comes back `rebootSeconds` later with every node
/// container started again. It prints nothing; the learner is simply back at the prompt of the
/// rebooted host, as after logging in again (a remote session would first have been closed).
struct RebootCommand: ShellCommand {
    let cluster: Cluster
    let host: HostSettings

    func run(_ context: CommandContext) -> Int32 {
        guard context.session.user == "root" else {
            context.io.err(notAuthorized)
            return 1
        }
        cluster.rebootHost(downSeconds: host.rebootSeconds)
        return 0
    }
}

private let notAuthorized = """
    Failed to set wall message, ignoring: Interactive authentication required.
    Call to Reboot failed: Interactive authentication required.

    """
