import Cluster

extension ProxyRoundTrip {
    /// The transport's work on a response (a `Location` rewritten, or an HTML page's links;
    /// CORS headers dropped), then the reverse proxy's (hop-by-hop headers dropped), with header
    /// names as Go's header map holds them.
    static func passedOn(_ response: HTTPResponse, links: ProxyLinkRewriter) -> Answer {
        var headers = response.headers.map { line -> (name: String, value: String) in
            let name = line.prefix { $0 != ":" }
            return (canonical(String(name)), String(line.dropFirst(name.count + 1).drop { $0 == " " }))
        }
        var body = response.body
        var lengthKnown = headers.contains { $0.name == "Content-Length" }
        if let location = headers.firstIndex(where: { $0.name == "Location" }), !headers[location].value.isEmpty {
            headers[location].value = links.rewrite(headers[location].value)
        } else if let type = headers.first(where: { $0.name == "Content-Type" })?.value,
            type.prefix(while: { $0 != ";" }).trimmingWhitespace == "text/html",
            headers.first(where: { $0.name == "Content-Encoding" })?.value ?? "" == ""
        {
            body = ProxiedHTML(rewrite: links.rewrite)(body)
            headers.removeAll { $0.name == "Content-Length" }
            lengthKnown = true
        }
        let connectionNamed = headers.filter { $0.name == "Connection" }
            .flatMap { $0.value.split(separator: ",").map { canonical($0.trimmingWhitespace) } }
        let dropped = Set(hopByHop + corsHeaders + connectionNamed)
        headers.removeAll { dropped.contains($0.name) }
        return .response(
            HTTPResponse(status: response.status, headers: headers.map { "\($0.name): \($0.value)" }, body: body), lengthKnown: lengthKnown)
    }

    private static let hopByHop = [
        "Connection", "Proxy-Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Te", "Trailer",
        "Transfer-Encoding", "Upgrade",
    ]
    private static let corsHeaders = [
        "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods",
        "Access-Control-Allow-Origin",
    ]

    /// `textproto.CanonicalMIMEHeaderKey`: each word capitalized, unless the name has a byte a
    /// header name may not.
    static func canonical(_ name: String) -> String {
        let token = "!#$%&'*+-.^_`|~"
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || token.unicodeScalars.contains($0)) })
        else { return name }
        var upper = true
        return String(name.map { character -> Character in
            defer { upper = character == "-" }
            return upper ? Character(character.uppercased()) : Character(character.lowercased())
        })
    }
}

extension StringProtocol {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
