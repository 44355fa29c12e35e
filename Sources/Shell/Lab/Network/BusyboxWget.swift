import Cluster
import Kubectl

/// busybox's `wget [-q] [-O FILE] [-T SEC] URL`: fetches over the connectivity model; without a
/// terminal it draws no progress bar, only its status lines on stderr.
struct BusyboxWget: ShellCommand {
    let client: NetworkClient
    /// The build's banner, first line of the usage text.
    var banner = BusyboxBuild.fallbackBanner

    func run(_ context: CommandContext) -> Int32 {
        var quiet = false
        var output: String?
        var timeout: Int64?
        var urls: [String] = []
        var words = Array(context.arguments.dropFirst())[...]
        while let word = words.popFirst() {
            switch word {
            case "-q": quiet = true
            case "-O": output = words.popFirst()
            case "-T": timeout = words.popFirst().flatMap { Int64($0) }
            case "-qO-", "-qO": quiet = true; output = word == "-qO-" ? "-" : words.popFirst()
            default:
                if word.hasPrefix("-O") { output = String(word.dropFirst(2)) }
                else if word.hasPrefix("-T") { timeout = Int64(word.dropFirst(2)) }
                else if word.hasPrefix("-") { return usage(context) }
                else { urls.append(word) }
            }
        }
        guard let url = urls.first else { return usage(context) }
        guard let target = URLTarget(url) else {
            context.io.err("wget: not an http or ftp url: \(url)\n")
            return 1
        }
        guard case .addresses(_, let addresses) = client.resolve(target.host), let address = addresses.first else {
            context.io.err("wget: bad address '\(target.host)'\n")
            return 1
        }
        if !quiet { context.io.err("Connecting to \(target.host) (\(address):\(target.port))\n") }
        let server: ReachedServer
        switch client.connect(address, target.port) {
        case .connected(let reached): server = reached
        case .refused: return fail("can't connect to remote host (\(address)): Connection refused", context)
        case .unreachable(let ms):
            context.session.sleep(min(ms / 1000, timeout ?? .max))
            return fail("can't connect to remote host (\(address)): No route to host", context)
        case .dropped:
            if let timeout {
                context.session.sleep(timeout)
                return fail("download timed out", context)
            }
            context.session.sleep(NetworkTimings.synTimeoutMilliseconds / 1000)
            return fail("can't connect to remote host (\(address)): Connection timed out", context)
        }
        guard let response = client.response(of: server, target: target.target) else {
            return fail("error getting response: Connection reset by peer", context)
        }
        guard (200..<300).contains(response.status) else {
            return fail("server returned error: \(response.statusLine)", context)
        }
        let file = output ?? Self.fileName(target.target)
        if file == "-" {
            if !quiet { context.io.err("writing to stdout\n") }
            context.io.out(response.body)
            if !quiet { context.io.err("written to stdout\n") }
            return 0
        }
        if output == nil, context.session.filesystem.read(context.session.resolve(file)) != nil {
            return fail("can't open '\(file)': File exists", context)
        }
        if !quiet { context.io.err("saving to '\(file)'\n") }
        do {
            try context.session.writeFile(file, response.body)
        } catch {
            return fail("can't open '\(file)': No such file or directory", context)
        }
        if !quiet { context.io.err("'\(file)' saved\n") }
        return 0
    }

    /// The file a download is saved as: the last part of the path, `index.html` for a directory.
    static func fileName(_ target: String) -> String {
        let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return last.isEmpty ? "index.html" : last
    }

    private func fail(_ message: String, _ context: CommandContext) -> Int32 {
        context.io.err("wget: \(message)\n")
        return 1
    }

    private func usage(_ context: CommandContext) -> Int32 {
        context.io.err(banner + """
             multi-call binary.

            Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
            \t[--post-data STR | --post-file FILE] [-Y on/off]
            \t[-P DIR] [-U AGENT] [-T SEC] URL...

            Retrieve files via HTTP or FTP

            """)
        return 1
    }
}
