import Cluster
import KubeAPI
import Kubectl

/// `curl` inside a node container, for the node's own local endpoints: kube-proxy's metrics
/// port answers `/proxyMode` with the mode it runs in, the kubelet's `/healthz` answers `ok`.
/// Nothing else listens, so every other address is refused as curl reports it.
struct NodeCurl: ShellCommand {
    let cluster: Cluster

    func run(_ context: CommandContext) -> Int32 {
        var silent = false
        var showErrors = false
        var urls: [String] = []
        var arguments = context.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            if argument.hasPrefix("--") {
                switch argument {
                case "--silent": silent = true
                case "--show-error": showErrors = true
                default: if Self.longOptionsWithValues.contains(argument) { arguments = arguments.dropFirst() }
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                // Letters up to the first that takes a value; the value is the rest, or the next word.
                let letters = argument.dropFirst().prefix { !Self.lettersWithValues.contains($0) }
                if letters.contains("s") { silent = true }
                if letters.contains("S") { showErrors = true }
                if letters.count == argument.count - 2 { arguments = arguments.dropFirst() }
            } else {
                urls.append(argument)
            }
        }
        guard !urls.isEmpty else {
            context.io.err("curl: try 'curl --help' or 'curl --manual' for more information\n")
            return 2
        }
        var status: Int32 = 0
        for url in urls {
            let target = Target(url)
            if let body = answer(target, node: context.session.hostname) {
                context.io.out(body)
                continue
            }
            status = 7
            if !silent || showErrors {
                context.io.err("curl: (7) Failed to connect to \(target.host) port \(target.port) after 0 ms: Couldn't connect to server\n")
            }
        }
        return status
    }

    /// The options whose value is the next word, which is then no URL.
    private static let lettersWithValues: Set<Character> = ["X", "d", "H", "o", "m", "w", "A", "T", "u", "e"]
    private static let longOptionsWithValues: Set<String> = [
        "--request", "--data", "--data-ascii", "--data-raw", "--data-binary", "--json", "--header", "--output", "--max-time",
        "--connect-timeout", "--write-out", "--user-agent", "--upload-file", "--user", "--referer", "--max-redirs",
    ]

    /// What the node's local endpoints answer, or nil when nothing listens there.
    private func answer(_ target: Target, node: String) -> String? {
        guard ["localhost", "127.0.0.1"].contains(target.host) else { return nil }
        switch target.port {
        case 10249:
            guard let configuration = cluster.kubeProxyConfiguration(on: node) else { return nil }
            return target.path == "/proxyMode" ? configuration.mode : "404 page not found\n"
        case 10248 where !cluster.isKubeletStopped(node):
            return target.path == "/healthz" ? "ok" : "404 page not found\n"
        default:
            return nil
        }
    }

    /// The parts of a URL curl connects to; a URL without a scheme is HTTP.
    struct Target {
        var host: String
        var port: Int
        var path: String

        init(_ url: String) {
            var rest = Substring(url)
            var port = 80
            for (scheme, schemePort) in [("http://", 80), ("https://", 443)] where rest.hasPrefix(scheme) {
                port = schemePort
                rest = rest.dropFirst(scheme.count)
            }
            let authority = rest.prefix { $0 != "/" }
            path = rest.count > authority.count ? String(rest.dropFirst(authority.count)) : "/"
            if let colon = authority.lastIndex(of: ":"), let number = Int(authority[authority.index(after: colon)...]) {
                host = String(authority[..<colon])
                self.port = number
            } else {
                host = String(authority)
                self.port = port
            }
        }
    }
}
