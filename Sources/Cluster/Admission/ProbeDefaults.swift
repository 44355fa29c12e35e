import KubeAPI

/// `SetDefaults_Probe` and `SetDefaults_HTTPGetAction`: the fields a stored probe always has.
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
            if !probe["httpGet"].isNull {
                if probe["httpGet"]["path"].isNull { probe["httpGet"]["path"] = "/" }
                if probe["httpGet"]["scheme"].isNull { probe["httpGet"]["scheme"] = "HTTP" }
            }
            c[field] = probe
        }
        return c
    }
}
