import Cluster
import KubeAPI

/// `kubectl top node [NAME]`: each node's usage, and its share of what the node can give pods.
enum TopNode {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        // Complete takes one NAME at most, naming the command's use line otherwise.
        guard flags.positionals.count <= 1 else { throw .validation("node [NAME | -l label]", verb: "top node") }
        let sortBy = try Top.sortBy(flags)
        let name = flags.positionals.first
        let query = try SelectorQuery(flags)
        if name != nil, !query.labelText.isEmpty { throw .error("only one of NAME or --selector can be provided") }
        let label = try query.parsedLabel()
        let cluster = try context.cluster
        context.logDiscovery(timeout: false)
        guard cluster.isMetricsAPIRegistered else { throw .error(Top.metricsUnavailable) }
        // The metrics first, then the nodes, as kubectl asks for them.
        let nodes = cluster.list(.nodes, selector: label)
        var metrics = cluster.nodeMetrics().filter { metric in nodes.contains { $0.name == metric.name } }
        try Top.requestMetrics(
            .nodeMetrics, namespace: nil, name: name, query: query,
            found: name.map { name in metrics.contains { $0.name == name } } ?? true, context: context)
        if let name {
            guard let metric = metrics.first(where: { $0.name == name }) else {
                throw KubectlFailure("Error from server (NotFound): nodemetrics.metrics.k8s.io \"\(name)\" not found")
            }
            metrics = [metric]
        }
        guard !metrics.isEmpty else { throw .error("metrics not available yet") }
        let read =
            name.map { ServerRequest.get(.nodes, namespace: nil, name: $0, accept: ServerRequest.MediaTypes.protobuf) }
            ?? query.request(.nodes, namespace: nil, accept: ServerRequest.MediaTypes.protobuf)
        do throws(APIError) {
            try context.send(read) { () throws(APIError) in
                try cluster.authorize(AccessRequest(verb: name == nil ? "list" : "get", .nodes, namespace: nil, name: name ?? ""), as: context.user)
            }
        } catch {
            throw .server(error)
        }
        metrics.sort { $0.name < $1.name }
        if let sortBy {
            metrics = stableSorted(metrics) { a, b in
                sortBy == "cpu" ? a.usage.cpuMillicores > b.usage.cpuMillicores : a.usage.memoryBytes > b.usage.memoryBytes
            }
        }
        let capacityField = flags.bool("show-capacity") ? "capacity" : "allocatable"
        var rows: [[String]] = flags.bool("no-headers") ? [] : [["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"]]
        for metric in metrics {
            let node = nodes.first { $0.name == metric.name }
            let cpu = milliValue(node?[path: "status.\(capacityField).cpu"].string)
            let memory = milliValue(node?[path: "status.\(capacityField).memory"].string)
            let cells = Top.cells(metric.usage)
            rows.append([
                metric.name, cells[0], percent(metric.usage.cpuMillicores, of: cpu), cells[1],
                percent(metric.usage.memoryBytes * 1000, of: memory),
            ])
        }
        // Nodes the metrics API has nothing for (not ready) are listed as unknown.
        if name == nil {
            for node in nodes where !metrics.contains(where: { $0.name == node.name }) {
                rows.append([node.name] + Array(repeating: "<unknown>", count: 4))
            }
        }
        context.io.out(Top.table(rows))
        return 0
    }

    /// Go's `int64(float64(used) / float64(available) * 100)`, with a `%`.
    static func percent(_ used: Int64, of available: Int64) -> String {
        guard available > 0 else { return "0%" }
        return "\(Int64(Double(used) / Double(available) * 100))%"
    }

    /// A quantity's value in thousandths (`4` is 4000), as kubectl compares usage with it.
    static func milliValue(_ text: String?) -> Int64 { text.flatMap(Quantity.init)?.milliValue ?? 0 }

    static func stableSorted<T>(_ items: [T], by before: (T, T) -> Bool) -> [T] {
        items.enumerated().sorted { a, b in
            before(a.element, b.element) || (!before(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
    }
}
