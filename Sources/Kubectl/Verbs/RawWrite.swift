import Cluster
import KubeAPI

/// `kubectl create|replace|delete --raw URI`: one POST, PUT or DELETE of the path, the file's
/// bytes (or stdin's, for `-`) sent as they are as a JSON body, and the answer's body printed as
/// it came (`pkg/rawhttp`). Nothing else of the command applies: no dry run, no printer.
enum RawWrite {
    /// The checks of `--raw` create, replace and delete share, in their order; `exactlyOneFile`
    /// is false for delete, whose file (the DeleteOptions) may be left out, and only create
    /// refuses a selector.
    static func check(_ raw: String, context: VerbContext, exactlyOneFile: Bool, refusingSelector: Bool = false) throws(KubectlFailure) {
        let flags = context.flags
        let files = flags.strings("filename")
        if files.count > 1 || (exactlyOneFile && files.count != 1) { throw .error("--raw can only use a single local file or stdin") }
        if let file = files.first, file.hasPrefix("http://") || file.hasPrefix("https://") {
            throw .error("--raw cannot read from a url")
        }
        if flags.bool("recursive") { throw .error("--raw and --recursive are mutually exclusive") }
        if refusingSelector, !(flags.string("selector") ?? "").isEmpty { throw .error("--raw and --selector (-l) are mutually exclusive") }
        if !(flags.string("output") ?? "").isEmpty { throw .error("--raw and --output are mutually exclusive") }
        try checkURI(raw)
    }

    /// `url.ParseRequestURI`: a path from the root.
    static func checkURI(_ raw: String) throws(KubectlFailure) {
        guard raw.hasPrefix("/") else { throw .error("--raw must be a valid URL path: parse \(GoSyntax.quoted(raw)): invalid URI for request") }
    }

    static func send(_ method: String, raw: String, context: VerbContext) throws(KubectlFailure) -> Int32 {
        var body = ""
        if let file = context.flags.strings("filename").first {
            if file == "-" {
                body = context.io.input
            } else {
                guard let contents = context.readFile?(file) else { throw .error("open \(file): no such file or directory") }
                body = contents
            }
        }
        let cluster = try context.cluster
        let path = String(raw.prefix { $0 != "?" })
        let query = String(raw.dropFirst(path.count).dropFirst())
        do throws(APIStatus) {
            let answer = try APIServerWrite(cluster: cluster, user: context.user).send(method, path: path, query: query, body: body)
            answer.warnings.forEach(context.printServerWarning)
            context.io.out(answer.body)
        } catch {
            throw .server(error.error)
        }
        return 0
    }
}
