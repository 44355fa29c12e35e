import KubeAPI

/// One of a container's probes, with the API's defaults for fields left out.
struct ProbeSpec: Equatable {
    /// Which probe: the word the kubelet's events start with.
    enum Kind: String, CaseIterable {
        case startup = "Startup"
        case readiness = "Readiness"
        case liveness = "Liveness"

        /// The container field that holds it.
        var field: String {
            switch self {
            case .startup: "startupProbe"
            case .readiness: "readinessProbe"
            case .liveness: "livenessProbe"
            }
        }

        var step: KubeletStep {
            switch self {
            case .startup: .startupProbe
            case .readiness: .readinessProbe
            case .liveness: .livenessProbe
            }
        }
    }

    /// What the probe does.
    enum Action: Equatable {
        case httpGet(port: Int, path: String, scheme: String)
        case tcpSocket(port: Int)
        case exec([String])
        case grpc(port: Int)
    }

    var kind: Kind
    var action: Action
    var initialDelaySeconds = 0
    var periodSeconds = 10
    var timeoutSeconds = 1
    var successThreshold = 1
    var failureThreshold = 3
    var terminationGracePeriodSeconds: Int?

    /// The container's probe of `kind`, or nil when it has none (or one the kubelet cannot run).
    init?(_ kind: Kind, of container: JSONValue) {
        let probe = container[kind.field]
        guard !probe.isNull else { return nil }
        func port(_ value: JSONValue) -> Int {
            if let number = value.int { return number }
            let name = value.string ?? ""
            return container["ports"].array.first { $0["name"].string == name }?["containerPort"].int ?? Int(name) ?? 0
        }
        if !probe["httpGet"].isNull {
            let http = probe["httpGet"]
            action = .httpGet(
                port: port(http["port"]), path: http["path"].string ?? "/", scheme: http["scheme"].string ?? "HTTP")
        } else if !probe["tcpSocket"].isNull {
            action = .tcpSocket(port: port(probe["tcpSocket"]["port"]))
        } else if !probe["exec"].isNull {
            action = .exec(probe["exec"]["command"].array.compactMap(\.string))
        } else if !probe["grpc"].isNull {
            action = .grpc(port: probe["grpc"]["port"].int ?? 0)
        } else {
            return nil
        }
        self.kind = kind
        initialDelaySeconds = probe["initialDelaySeconds"].int ?? 0
        periodSeconds = max(1, probe["periodSeconds"].int ?? 10)
        timeoutSeconds = max(1, probe["timeoutSeconds"].int ?? 1)
        successThreshold = max(1, probe["successThreshold"].int ?? 1)
        failureThreshold = max(1, probe["failureThreshold"].int ?? 3)
        terminationGracePeriodSeconds = probe["terminationGracePeriodSeconds"].int
    }
}

extension JSONValue {
    /// The probes a container spec declares.
    var probes: [ProbeSpec] { ProbeSpec.Kind.allCases.compactMap { ProbeSpec($0, of: self) } }
}
