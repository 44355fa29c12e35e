import Cluster
import KubeAPI

/// `kubectl get --raw PATH`: a GET of an apiserver path, its body copied out as the server sent
/// it: health checks answer `ok`, `/version` indented JSON, the OpenAPI documents compact JSON
/// without a closing newline, everything else compact JSON with one, typed objects in their Go
/// struct's field order. A proxy subresource's answer is the target's own body.
enum GetRaw {
    static func run(_ raw: String, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        if !flags.positionals.isEmpty { throw .error("arguments may not be passed when --raw is specified") }
        if flags.bool("watch") || flags.bool("watch-only") || !(flags.string("selector") ?? "").isEmpty {
            throw .error("--raw may not be specified with other flags that filter the server request or alter the output")
        }
        if !(flags.string("output") ?? "").isEmpty { throw .error("--raw and --output are mutually exclusive") }
        try RawWrite.checkURI(raw)
        let (path, query) = split(raw)
        let cluster = try context.cluster
        let proxy = ProxyRoundTrip(
            cluster: cluster, user: context.user, host: ServerConnection.authority(of: context.server),
            files: context.executor.map { executor in { executor.files(servedBy: $0) } })
        // The REST client sends the path and query as given.
        let request = ServerRequest(method: "GET", path: raw)
        if let answer = proxy.answer(method: "GET", path: path, query: query) {
            context.requestLog?.answered(request, status: status(of: answer))
            context.io.out(try proxied(answer, proxy, context))
            return 0
        }
        let read = APIServerRead(cluster: cluster, user: context.user)
        do throws(APIStatus) {
            let body = try read.get(path, query: query)
            context.requestLog?.answered(request, status: 200)
            context.io.out(body.encoded(pretty: false))
        } catch {
            context.requestLog?.answered(request, status: error.error.code, failure: error.error)
            throw .server(error.error)
        }
        return 0
    }

    /// The HTTP status a proxied answer came with, as the round tripper logs it.
    private static func status(of answer: ProxyRoundTrip.Answer) -> Int {
        switch answer {
        case .failure(let status): return status.error.code
        case .panicked: return 0
        case .redirect: return 301
        case .response(let response, _): return response.status
        }
    }

    /// The body client-go's `Stream` hands over: a 2xx answer's, after following redirects;
    /// otherwise the error it makes of the Status, or of a body that is not one.
    private static func proxied(
        _ first: ProxyRoundTrip.Answer, _ proxy: ProxyRoundTrip, _ context: VerbContext
    ) throws(KubectlFailure) -> String {
        var answer = first
        for _ in 0..<10 {
            let location: String
            switch answer {
            case .failure(let status): throw .server(status.error)
            case .panicked:
                // Its only request on a new HTTP/2 connection is stream 1.
                throw KubectlFailure("Unable to connect to the server: " + APIServerHTTP.streamReset(id: 1))
            case .redirect(let to): location = to
            case .response(let response, _):
                if (200...206).contains(response.status) { return response.body }
                let header = { (name: String) in
                    response.headers.first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) } ?? ""
                }
                let followed = [301, 302, 303, 307, 308].contains(response.status) && header("Location").hasPrefix("/")
                guard followed else {
                    throw .server(GenericServerResponse.error(code: response.status, contentType: header("Content-Type"), body: response.body))
                }
                location = header("Location")
            }
            let (path, query) = split(location)
            answer = proxy.answer(method: "GET", path: path, query: query) ?? .failure(.notFound)
            context.requestLog?.answered(ServerRequest(method: "GET", path: location), status: status(of: answer))
        }
        throw .error("stopped after 10 redirects")
    }

    private static func split(_ target: String) -> (path: String, query: String) {
        (String(target.prefix { $0 != "?" }), target.contains("?") ? String(target.drop { $0 != "?" }.dropFirst()) : "")
    }
}
