import KubeAPI

/// The kubelet's `/metrics/resource`: its resource metrics collector over the same CPU and memory
/// figures `/stats/summary` gives, in Prometheus' text format as client_golang writes it (families
/// by name, each with its `HELP` (the stability level first) and `TYPE`, samples ordered by their
/// label values, numbers as Go's `%g` writes them, CPU and memory stamped with their sample time
/// in milliseconds). Families without samples are left out. The deprecated `scrape_error`
/// (deprecated in 1.29) is hidden in 1.32; swap has no figures here, so its families are absent.
extension Cluster {
    func kubeletResourceMetrics(on node: String) -> String {
        let summary = kubeletSummary(on: node, order: { $0 })
        var samples: [String: [ResourceSample]] = [:]
        func add(_ family: String, _ labels: [String], _ value: Double?, at time: JSONValue = .null) {
            guard let value else { return }
            let stamp = time.string.flatMap(Timestamp.init(rfc3339:)).map(\.milliseconds)
            samples[family, default: []].append(ResourceSample(labelValues: labels, value: value, milliseconds: stamp))
        }
        let nodeStats = summary["node"]
        add("node_cpu_usage_seconds_total", [], Self.seconds(nodeStats[path: "cpu.usageCoreNanoSeconds"]), at: nodeStats[path: "cpu.time"])
        add("node_memory_working_set_bytes", [], nodeStats[path: "memory.workingSetBytes"].int.map(Double.init), at: nodeStats[path: "memory.time"])
        for pod in summary["pods"].array {
            let name = pod[path: "podRef.name"].string ?? "", namespace = pod[path: "podRef.namespace"].string ?? ""
            for container in pod["containers"].array {
                // Labels by name: container, namespace, pod.
                let labels = [container["name"].string ?? "", namespace, name]
                let started = container["startTime"].string.flatMap(Timestamp.init(rfc3339:))
                add("container_start_time_seconds", labels, started.map { Double($0.milliseconds * 1_000_000) / 1e9 })
                add("container_cpu_usage_seconds_total", labels, Self.seconds(container[path: "cpu.usageCoreNanoSeconds"]), at: container[path: "cpu.time"])
                add("container_memory_working_set_bytes", labels, container[path: "memory.workingSetBytes"].int.map(Double.init), at: container[path: "memory.time"])
            }
            add("pod_cpu_usage_seconds_total", [namespace, name], Self.seconds(pod[path: "cpu.usageCoreNanoSeconds"]), at: pod[path: "cpu.time"])
            add("pod_memory_working_set_bytes", [namespace, name], pod[path: "memory.workingSetBytes"].int.map(Double.init), at: pod[path: "memory.time"])
        }
        add("resource_scrape_error", [], 0)
        var text = ""
        for family in Self.resourceMetricFamilies where samples[family.name] != nil {
            text += "# HELP \(family.name) [\(family.stability)] \(family.help)\n# TYPE \(family.name) \(family.type)\n"
            let sorted = (samples[family.name] ?? []).sorted { $0.labelValues.lexicographicallyPrecedes($1.labelValues) }
            for sample in sorted { text += sample.line(family.name, labelNames: family.labels) }
        }
        return text
    }

    /// Core-nanoseconds as seconds.
    private static func seconds(_ value: JSONValue) -> Double? { value.int.map { Double($0) / 1e9 } }

    /// The collector's families in the order the text format writes them (by name), with their
    /// variable labels in name order.
    private static let resourceMetricFamilies: [(name: String, stability: String, type: String, labels: [String], help: String)] = [
        ("container_cpu_usage_seconds_total", "STABLE", "counter", ["container", "namespace", "pod"],
         "Cumulative cpu time consumed by the container in core-seconds"),
        ("container_memory_working_set_bytes", "STABLE", "gauge", ["container", "namespace", "pod"],
         "Current working set of the container in bytes"),
        ("container_start_time_seconds", "STABLE", "gauge", ["container", "namespace", "pod"],
         "Start time of the container since unix epoch in seconds"),
        ("node_cpu_usage_seconds_total", "STABLE", "counter", [], "Cumulative cpu time consumed by the node in core-seconds"),
        ("node_memory_working_set_bytes", "STABLE", "gauge", [], "Current working set of the node in bytes"),
        ("pod_cpu_usage_seconds_total", "STABLE", "counter", ["namespace", "pod"], "Cumulative cpu time consumed by the pod in core-seconds"),
        ("pod_memory_working_set_bytes", "STABLE", "gauge", ["namespace", "pod"], "Current working set of the pod in bytes"),
        ("resource_scrape_error", "STABLE", "gauge", [], "1 if there was an error while getting container metrics, 0 otherwise"),
    ]

    /// What promhttp answers a client that accepts anything: the text format, names escaped with underscores.
    static let prometheusTextType = "text/plain; version=0.0.4; charset=utf-8; escaping=underscores"
}

/// One sample of a resource metric family.
private struct ResourceSample {
    var labelValues: [String]
    var value: Double
    var milliseconds: Int64?

    /// `name{label="value",...} VALUE [TIMESTAMP]`, label values escaped as the text format escapes them.
    func line(_ name: String, labelNames: [String]) -> String {
        var text = name
        if !labelNames.isEmpty {
            let pairs = zip(labelNames, labelValues).map { label, value in
                let escaped = value.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"").replacingOccurrences("\n", "\\n")
                return "\(label)=\"\(escaped)\""
            }
            text += "{" + pairs.joined(separator: ",") + "}"
        }
        text += " " + GoFloat.g(value)
        if let milliseconds { text += " \(milliseconds)" }
        return text + "\n"
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
