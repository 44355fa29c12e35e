import Cluster
import Kubectl

/// `nc [-z] [-v] [-w SEC] HOST PORT`, in busybox's or OpenBSD's wording: a TCP connect through
/// the connectivity model, reported on stderr with -v. Nothing is sent (standard input is empty).
struct NcCommand: ShellCommand {
    let client: NetworkClient
    /// `busybox` or `openbsd`.
    let flavour: String

    func run(_ context: CommandContext) -> Int32 {
        var verbose = false
        var wait: Int64?
        var operands: [String] = []
        var words = Array(context.arguments.dropFirst())[...]
        while let word = words.popFirst() {
            if word == "-w" {
                wait = words.popFirst().flatMap { Int64($0) }
            } else if word.hasPrefix("-"), word.count > 1 {
                for letter in word.dropFirst() {
                    switch letter {
                    case "v": verbose = true
                    case "z", "n", "u": break
                    case "w": wait = words.popFirst().flatMap { Int64($0) }
                    default:
                        context.io.err(flavour == "openbsd" ? "nc: invalid option -- '\(letter)'\n" : "nc: unrecognized option '\(word)'\n")
                        return 1
                    }
                }
            } else {
                operands.append(word)
            }
        }
        guard operands.count == 2, let port = Int(operands[1]) else {
            context.io.err(flavour == "openbsd" ? "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n" : "nc: bad port spec\n")
            return 1
        }
        let host = operands[0]
        guard case .addresses(_, let addresses) = client.resolve(host), let address = addresses.first else {
            context.io.err(flavour == "openbsd" ? "nc: getaddrinfo for host \"\(host)\" port \(port): Name does not resolve\n" : "nc: bad address '\(host)'\n")
            return 1
        }
        let failure: String
        switch client.connect(address, port) {
        case .connected:
            if verbose {
                context.io.err(flavour == "openbsd"
                    ? "Connection to \(host) \(port) port [tcp/\(Self.services[port] ?? "*")] succeeded!\n"
                    : "\(host) (\(address):\(port)) open\n")
            }
            return 0
        case .refused: failure = "Connection refused"
        case .unreachable(let ms):
            context.session.sleep(min(ms / 1000, wait ?? .max))
            failure = "No route to host"
        case .dropped:
            context.session.sleep(wait ?? NetworkTimings.synTimeoutMilliseconds / 1000)
            failure = wait == nil ? "Connection timed out" : (flavour == "openbsd" ? "Operation now in progress" : "Connection timed out")
        }
        if flavour == "openbsd" {
            if verbose {
                let verb = failure == "Operation now in progress" ? "timed out" : "failed"
                context.io.err("nc: connect to \(host) port \(port) (tcp) \(verb): \(failure)\n")
            }
        } else {
            context.io.err("nc: \(host) (\(address):\(port)): \(failure)\n")
        }
        return 1
    }

    /// `/etc/services` names openbsd nc prints for well-known ports.
    private static let services = [22: "ssh", 53: "domain", 80: "http", 443: "https", 6379: "redis", 8080: "http-alt"]
}
