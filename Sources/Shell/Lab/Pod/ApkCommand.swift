import Cluster
import Kubectl

/// Alpine's `apk` (apk-tools 2.14) where the lab gives it no package mirror: `add` and `update`
/// first fetch each repository's index and fail as the network does, then `add` cannot find
/// what it was asked for. Other applets are the lab's honest refusal.
struct ApkCommand: ShellCommand {
    let client: NetworkClient
    /// The release branch the image's repositories name (`3.21` for `/alpine/v3.21/main`).
    let branch: String
    /// How many packages the image has installed, which `update` counts as available.
    let installed: Int

    func run(_ context: CommandContext) -> Int32 {
        let words = Array(context.arguments.dropFirst())
        let noCache = words.contains("--no-cache")
        let operands = words.filter { !$0.hasPrefix("-") }
        guard let applet = operands.first, applet == "add" || applet == "update" else {
            context.io.err("apk: this program is in the image, but not part of this lab yet\n")
            return 1
        }
        var unavailable = 0
        for repository in ["main", "community"] {
            let url = "https://dl-cdn.alpinelinux.org/alpine/v\(branch)/\(repository)"
            // database.c: `fetch URL` (its cache download, or the index itself with --no-cache),
            // then a warning naming the repository; a failed remote one counts twice as unavailable.
            context.io.out("fetch \(url)/x86_64/APKINDEX.tar.gz\n")
            context.io.err("WARNING: \(noCache ? "fetching" : "updating and opening") \(url): \(failure(context))\n")
            unavailable += 2
        }
        if applet == "update" {
            context.io.out("\(unavailable) unavailable, 0 stale; \(installed) distinct packages available\n")
            return Int32(unavailable)
        }
        let packages = Array(operands.dropFirst())
        guard !packages.isEmpty else { return 0 }
        // commit.c's apk_solver_print_errors; each name the solver could not satisfy is an error.
        context.io.err("ERROR: unable to select packages:\n")
        for name in packages { context.io.err("  \(name) (no such package):\n    required by: world[\(name)]\n") }
        return Int32(packages.count)
    }

    /// Why the index could not be fetched (print.c's `apk_error_str` for libfetch's error).
    private func failure(_ context: CommandContext) -> String {
        guard case .addresses(_, let addresses) = client.resolve("dl-cdn.alpinelinux.org"), let address = addresses.first else {
            return "DNS lookup error"
        }
        switch client.connect(address, 443) {
        case .refused: return "could not connect to server (check repositories file)"
        case .unreachable: return "network error (check Internet connection and firewall)"
        case .dropped, .connected: return "operation timed out"
        }
    }
}
