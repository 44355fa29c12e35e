import KubeAPI

/// `SetDefaults_Probe` and `SetDefaults_HTTPGetAction`: the fields a stored probe (and a lifecycle
/// hook's HTTP action) always has.
enum ProbeDefaults {
    /// A container whose probes carry their default thresholds, period and timeout.
    static func apply(to container: JSONValue) -> JSONValue {
        var c = container
        for field in ["livenessProbe", "readinessProbe", "startupProbe"] where !c[field].isNull {
            var probe = c[field]
            for (key, value) in [
                ("failureThreshold", 3), ("periodSeconds", 10), ("successThreshold", 1), ("timeoutSeconds", 1),
            ]
            where probe[key].isNull {
                probe[key] = .int(value)
            }
            probe = httpGetDefaults(probe)
            // `GRPCAction.service` is declared `+default=""`.
            if !probe["grpc"].isNull, probe["grpc"]["service"].isNull { probe["grpc"]["service"] = "" }
            c[field] = probe
        }
        for hook in ["postStart", "preStop"] where !c["lifecycle"][hook].isNull {
            c["lifecycle"][hook] = httpGetDefaults(c["lifecycle"][hook])
        }
        return c
    }

    /// `SetDefaults_HTTPGetAction` on a probe's or lifecycle hook's `httpGet`, when it has one.
    private static func httpGetDefaults(_ handler: JSONValue) -> JSONValue {
        var h = handler
        if !h["httpGet"].isNull {
            if h["httpGet"]["path"].isNull { h["httpGet"]["path"] = "/" }
            if h["httpGet"]["scheme"].isNull { h["httpGet"]["scheme"] = "HTTP" }
        }
        return h
    }
}
