import KubeAPI

/// `DescribeProbe`: a probe's action and timings on one line.
enum ProbeText {
    static func describe(_ probe: JSONValue) -> String {
        let attributes =
            "delay=\(probe["initialDelaySeconds"].int ?? 0)s timeout=\(probe["timeoutSeconds"].int ?? 0)s "
            + "period=\(probe["periodSeconds"].int ?? 0)s #success=\(probe["successThreshold"].int ?? 0) "
            + "#failure=\(probe["failureThreshold"].int ?? 0)"
        if !probe["exec"].isNull {
            return "exec [\(probe["exec"]["command"].array.map(\.text).joined(separator: " "))] \(attributes)"
        }
        if !probe["httpGet"].isNull { return "http-get \(url(probe["httpGet"])) \(attributes)" }
        if !probe["tcpSocket"].isNull {
            return "tcp-socket \(probe["tcpSocket"]["host"].text):\(probe["tcpSocket"]["port"].text) \(attributes)"
        }
        if !probe["grpc"].isNull {
            return "grpc <pod>:\(probe["grpc"]["port"].int ?? 0) \(probe["grpc"]["service"].text) \(attributes)"
        }
        return "unknown \(attributes)"
    }

    /// The URL Go's `url.URL.String()` builds from scheme, host, port and path.
    private static func url(_ action: JSONValue) -> String {
        let host = action["host"].text
        let port = action["port"].isNull ? "0" : action["port"].text
        let hostPort = (host.contains(":") ? "[\(host)]" : host) + ":" + port
        let scheme = action["scheme"].text.lowercased()
        var path = action["path"].text
        if !path.isEmpty && !path.hasPrefix("/") { path = "/" + path }
        return (scheme.isEmpty ? "" : scheme + ":") + "//" + hostPort + path
    }
}

/// `ExtractContainerResourceValue`: a container's request or limit in units of the divisor.
enum ResourceFieldValue {
    static func of(_ reference: JSONValue, container: JSONValue) -> String {
        let resource = reference["resource"].text
        let parts = resource.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["limits", "requests"].contains(parts[0]) else { return "" }
        let amount = container["resources"][parts[0]][parts[1]].quantity ?? .zero
        let divisor = reference["divisor"].quantity ?? Quantity(mantissa: 1, scale: 0, format: .decimalSI)
        if parts[1] == "cpu" {
            let unit = max(1, divisor.milliValue)
            return "\((amount.milliValue + unit - 1) / unit)"
        }
        let unit = max(1, divisor.value)
        return "\((amount.value + unit - 1) / unit)"
    }
}
