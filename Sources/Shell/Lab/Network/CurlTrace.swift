/// The lines `-v` writes about names and connections, worded as the image's curl words them.
///
/// curl 8.12 names the addresses a host name resolved to, ends the connected line with the HTTP
/// version it uses, says when the request is sent off and when it closes or shuts down
/// connection `#N`, and names the local end of a failed connect. curl 7 ends the connected
/// line with `(#N)` and closes `connection N`. (curl 8.12.1's lib/hostip.c, cf-socket.c,
/// url.c, request.c, conncache.c; curl 7.88.1's url.c.)
struct CurlTrace {
    /// curl 8.12's wording; otherwise curl 7's.
    let modern: Bool

    /// How far a failed transfer got, which decides how curl lets go of its connection.
    enum Stage {
        /// Before any connection (a URL curl cannot use).
        case none
        /// Looking up the name: curl 8.12 shuts the new connection down.
        case resolving
        /// Connecting, or on the connection: closed at once.
        case connection
        /// Every address refused at once: closed as `connection` is.
        case refused
        /// After the response, the connection already left intact (too many redirects).
        case done
    }

    /// `Host web:80 was resolved.` with the addresses by family; nothing for a numeric host.
    func resolved(_ host: String, port: Int, _ addresses: [String]) -> String {
        guard modern, !IPv4Text.isAddress(host), !host.hasPrefix("[") else { return "" }
        func list(_ family: [String]) -> String { family.isEmpty ? "(none)" : family.joined(separator: ", ") }
        let ipv6 = addresses.filter { $0.contains(":") }
        let ipv4 = addresses.filter { !$0.contains(":") }
        return "* Host \(host):\(port) was resolved.\n* IPv6: \(list(ipv6))\n* IPv4: \(list(ipv4))\n"
    }

    func trying(_ address: String, port: Int) -> String {
        address.contains(":") ? "*   Trying [\(address)]:\(port)...\n" : "*   Trying \(address):\(port)...\n"
    }

    /// One address refused or unreachable; curl 8.12 names the local address and port too.
    func connectFailed(_ address: String, port: Int, local: (address: String, port: Int), _ error: String) -> String {
        modern
            ? "* connect to \(address) port \(port) from \(local.address) port \(local.port) failed: \(error)\n"
            : "* connect to \(address) port \(port) failed: \(error)\n"
    }

    /// curl 8.12 gives up on an address when the connect time is up and moves on to the next.
    func connectTimedOut(_ address: String, milliseconds: Int64) -> String {
        guard modern else { return "" }
        return "* \(address.contains(":") ? "ipv6" : "ipv4") connect timeout after \(milliseconds)ms, move on!\n"
    }

    func connected(_ host: String, _ address: String, port: Int, id: Int) -> String {
        modern
            ? "* Connected to \(host) (\(address)) port \(port)\n* using HTTP/1.x\n"
            : "* Connected to \(host) (\(address)) port \(port) (#\(id))\n"
    }

    func reusing(_ host: String, id: Int) -> String {
        modern
            ? "* Re-using existing connection with host \(host)\n"
            : "* Re-using existing connection #\(id) with host \(host)\n"
    }

    /// What curl says once the request has gone out without a body.
    var requestSent: String { modern ? "* Request completely sent off\n" : "" }

    func leftIntact(_ host: String, id: Int) -> String { "* Connection #\(id) to host \(host) left intact\n" }

    /// How a connection ends when a transfer fails at `stage`, or one the server closes.
    func closing(_ id: Int, at stage: Stage) -> String {
        guard modern else { return stage == .done ? "" : "* Closing connection \(id)\n" }
        switch stage {
        case .none, .done: return ""
        case .resolving: return "* shutting down connection #\(id)\n"
        case .connection, .refused: return "* closing connection #\(id)\n"
        }
    }

    /// A connection the server ends after its response (`Connection: close`).
    func closedByServer(_ id: Int) -> String {
        modern ? "* shutting down connection #\(id)\n" : "* Closing connection \(id)\n"
    }

    static let ignoringBody = "* Ignoring the response-body\n"
}
