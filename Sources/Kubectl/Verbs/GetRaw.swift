import Cluster
import KubeAPI

/// `kubectl get --raw PATH`: a GET of an apiserver path, its body copied out as the server sent
/// it: health checks answer `ok`, `/version` indented JSON, the OpenAPI documents compact JSON
/// without a closing newline, everything else compact JSON with one, typed objects in their Go
/// struct's field order.
enum GetRaw {
    static func run(_ raw: String, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        if !flags.positionals.isEmpty { throw .error("arguments may not be passed when --raw is specified") }
        if flags.bool("watch") || flags.bool("watch-only") || !(flags.string("selector") ?? "").isEmpty {
            throw .error("--raw may not be specified with other flags that filter the server request or alter the output")
        }
        if !(flags.string("output") ?? "").isEmpty { throw .error("--raw and --output are mutually exclusive") }
        guard raw.hasPrefix("/") else { throw .error("--raw must be a valid URL path: parse \(GoSyntax.quoted(raw)): invalid URI for request") }
        let path = String(raw.prefix { $0 != "?" })
        let query = raw.contains("?") ? String(raw.drop { $0 != "?" }.dropFirst()) : ""
        let read = APIServerRead(cluster: try context.cluster, user: context.user)
        do throws(APIStatus) {
            context.io.out(try read.get(path, query: query).encoded(pretty: false))
        } catch {
            throw .server(error.error)
        }
        return 0
    }
}
