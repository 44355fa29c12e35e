import Cluster
import KubeAPI
import Kubectl

/// busybox's `ping [-c COUNT] [-W SEC] HOST`: echo requests a second apart; pods and nodes
/// answer, a ClusterIP or a dropped flow does not. Round-trip times are simulation figures
/// (a bridge hop on the same node, a VXLAN hop to another). Without -c it stops after 4, as if
/// interrupted.
struct BusyboxPing: ShellCommand {
    let client: NetworkClient
    /// The build's banner, first line of the usage text.
    var banner = BusyboxBuild.fallbackBanner

    func run(_ context: CommandContext) -> Int32 {
        var count = 4
        var host: String?
        var words = Array(context.arguments.dropFirst())[...]
        while let word = words.popFirst() {
            switch word {
            case "-c":
                guard let value = words.popFirst(), let number = Int(value), number > 0 else {
                    context.io.err("ping: invalid number '\(words.first ?? "")'\n")
                    return 1
                }
                count = number
            case "-W", "-w", "-i", "-s": _ = words.popFirst()
            default:
                if word.hasPrefix("-c"), let number = Int(word.dropFirst(2)) { count = number } else { host = word }
            }
        }
        guard let host else {
            context.io.err(banner + " multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n")
            return 1
        }
        guard case .addresses(_, let addresses) = client.resolve(host), let address = addresses.first else {
            context.io.err("ping: bad address '\(host)'\n")
            return 1
        }
        context.io.out("PING \(host) (\(address)): 56 data bytes\n")
        let answers = client.pingAnswers(address)
        let (ttl, time) = hop(to: address)
        if answers {
            for seq in 0..<count { context.io.out("64 bytes from \(address): seq=\(seq) ttl=\(ttl) time=\(time) ms\n") }
            context.session.sleep(Int64(count - 1))
        } else {
            context.session.sleep(Int64(count))
        }
        let received = answers ? count : 0
        context.io.out("\n--- \(host) ping statistics ---\n")
        context.io.out("\(count) packets transmitted, \(received) packets received, \(answers ? 0 : 100)% packet loss\n")
        if answers { context.io.out("round-trip min/avg/max = \(time)/\(time)/\(time) ms\n") }
        return answers ? 0 : 1
    }

    /// The TTL and round trip to `address`: on the pod's own node the bridge does not route; to
    /// another node's pod both nodes route it once.
    private func hop(to address: String) -> (Int, String) {
        guard case .pod(let pod) = client.origin, let target = client.cluster.runningPod(at: address) else { return (64, "0.082") }
        return target[path: "spec.nodeName"].string == pod[path: "spec.nodeName"].string ? (64, "0.082") : (62, "0.351")
    }
}
