/// Runs one probe against a simulated container process and reports what the kubelet's prober
/// would: success, or failure with the output its `Unhealthy` event quotes.
struct Prober {
    var podIP: String
    var process: ContainerProcess
    /// Milliseconds since the container started.
    var elapsed: Int64

    /// The probe's outcome: nil on success, else the output after `<Kind> probe failed: `.
    func failure(of action: ProbeSpec.Action, timeoutSeconds: Int) -> String? {
        switch action {
        case .httpGet(let port, let path, let scheme):
            return httpFailure(port: port, path: path, scheme: scheme)
        case .tcpSocket(let port):
            return listens(port) ? nil : "dial tcp \(address(port)): connect: connection refused"
        case .exec(let command):
            return ExecProbe(process: process, elapsed: elapsed).failure(of: command)
        case .grpc(let port):
            if process.server?.grpcPorts.contains(port) == true { return nil }
            return
                "timeout: failed to connect service \"\(address(port))\" within \(timeoutSeconds)s: context deadline exceeded"
        }
    }

    private func httpFailure(port: Int, path: String, scheme: String) -> String? {
        let url = "\(scheme.lowercased())://\(address(port))\(path.hasPrefix("/") ? path : "/" + path)"
        guard listens(port) else { return "Get \"\(url)\": dial tcp \(address(port)): connect: connection refused" }
        guard let status = process.server?.httpStatus(port: port, path: path, after: elapsed) else {
            // A port that does not speak HTTP closes the connection on a request it cannot read.
            return "Get \"\(url)\": EOF"
        }
        if scheme.uppercased() == "HTTPS" { return "Get \"\(url)\": http: server gave HTTP response to HTTPS client" }
        return (200..<400).contains(status) ? nil : "HTTP probe failed with statuscode: \(status)"
    }

    /// Whether the probe's request is one the server reads and answers (an HTTP GET to a port
    /// that speaks HTTP), which a server that logs its requests logs.
    func isAnswered(_ action: ProbeSpec.Action) -> Bool {
        guard case .httpGet(let port, let path, let scheme) = action, scheme.uppercased() == "HTTP", listens(port) else {
            return false
        }
        return process.server?.httpStatus(port: port, path: path, after: elapsed) != nil
    }

    private func listens(_ port: Int) -> Bool { process.server?.tcpPorts.contains(port) ?? false }

    private func address(_ port: Int) -> String { "\(podIP):\(port)" }
}
