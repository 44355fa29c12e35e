/// A container whose command calls a URL over and over (`while sleep 0.01; do wget -q -O- http://php-apache; done`),
/// read from the command as data: the loop's target and how long each turn waits besides the request.
struct LoadGenerator: Equatable {
    /// The host the URL names, as the program would look it up.
    var host: String
    var port: Int
    /// The time each turn of the loop sleeps, in microseconds.
    var pauseMicroseconds: Int64

    /// The generator a container's command and args describe: a shell script with an endless
    /// `while` loop that runs `wget` or `curl` on a URL; nil for any other command.
    static func of(command: [String], args: [String]) -> LoadGenerator? {
        let argv = command + args
        guard let shell = argv.first.map(ContainerProcess.basename), ["sh", "bash", "ash"].contains(shell),
            argv.count >= 3, argv[1] == "-c"
        else { return nil }
        for statement in ScriptSyntax.parse(argv[2]) {
            guard case .whileLoop(let condition, _, let body, _) = statement else { continue }
            var pause: Int64 = 0
            var url: String?
            for words in [condition] + body.flatMap(simpleWords) {
                let texts = words.map { $0.map(\.text).joined() }
                guard let program = texts.first.map(ContainerProcess.basename) else { continue }
                if program == "sleep", let text = texts.dropFirst().first,
                    let milliseconds = ContainerRun.sleepMilliseconds(text)
                {
                    pause += milliseconds * 1000
                } else if program == "wget" || program == "curl" {
                    url = url ?? texts.dropFirst().first { !$0.hasPrefix("-") && !isFlagValue($0, in: texts) }
                }
            }
            if let url, let target = target(of: url) {
                return LoadGenerator(host: target.host, port: target.port, pauseMicroseconds: pause)
            }
        }
        return nil
    }

    /// The CPU the loop keeps busy on the server, in millicores, when a request costs `cost`
    /// microseconds: each turn waits for its request, so one loop never asks for more than a core.
    func demandMillicores(requestCost cost: Int64) -> Int64 {
        guard cost > 0 else { return 0 }
        return 1000 * cost / (pauseMicroseconds + cost)
    }

    /// The simple commands of a statement, both sides of an and-or list included (`wget ... || true`).
    private static func simpleWords(_ statement: ScriptSyntax.Statement) -> [[ScriptSyntax.Word]] {
        switch statement {
        case .simple(let words, _): [words]
        case .andOr(let left, _, let right): simpleWords(left) + simpleWords(right)
        default: []
        }
    }

    /// Whether `word` is the value of a flag that takes one (`-O -`, `-o /dev/null`).
    private static func isFlagValue(_ word: String, in texts: [String]) -> Bool {
        guard let index = texts.firstIndex(of: word), index > 0 else { return false }
        return ["-O", "-o", "-T", "-U", "-H", "-X", "-d", "--header", "--output"].contains(texts[index - 1])
    }

    /// The host and port of `http://host[:port][/path]` (or without a scheme, as wget allows).
    static func target(of url: String) -> (host: String, port: Int)? {
        var rest = Substring(url)
        var port = 80
        if rest.hasPrefix("http://") {
            rest = rest.dropFirst(7)
        } else if rest.hasPrefix("https://") {
            rest = rest.dropFirst(8)
            port = 443
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        let parts = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty else { return nil }
        if parts.count == 2 {
            guard let number = Int(parts[1]), (1...65535).contains(number) else { return nil }
            port = number
        }
        return (String(host), port)
    }
}
