import Cluster
import KubeAPI

/// `kubectl top pod [NAME]`: each pod's usage (or each container's, with --containers).
enum TopPod {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        // Complete takes one NAME at most, naming the command's use line otherwise.
        guard flags.positionals.count <= 1 else { throw .validation("pod [NAME | -l label]", verb: "top pod") }
        let sortBy = try Top.sortBy(flags)
        let name = flags.positionals.first
        let query = try SelectorQuery(flags)
        if name != nil, !query.labelText.isEmpty { throw .error("only one of NAME or selector can be provided") }
        let label = try query.parsedLabel()
        let allNamespaces = flags.bool("all-namespaces")
        let cluster = try context.cluster
        context.logDiscovery(timeout: false)
        guard cluster.isMetricsAPIRegistered else { throw .error(Top.metricsUnavailable) }
        let namespace = allNamespaces ? nil : context.namespace
        var metrics = cluster.podMetrics(namespace: namespace).filter { label.matches($0.labels) }
        try Top.requestMetrics(
            .podMetrics, namespace: namespace, name: name, query: query,
            found: name.map { name in metrics.contains { $0.name == name } } ?? true, context: context)
        if let name {
            guard let pod = metrics.first(where: { $0.name == name }) else {
                throw KubectlFailure(
                    "Error from server (NotFound): podmetrics.metrics.k8s.io \"\(context.namespace)/\(name)\" not found")
            }
            metrics = [pod]
        }
        if metrics.isEmpty {
            try explainEmpty(cluster, context, query: query, allNamespaces: allNamespaces)
            context.io.err(allNamespaces ? "No resources found\n" : "No resources found in \(context.namespace) namespace.\n")
            return 0
        }
        context.io.out(table(metrics, flags: flags, sortBy: sortBy, allNamespaces: allNamespaces))
        return 0
    }

    /// Why no pod has metrics: a pod older than the metrics delay should have them; younger
    /// ones are not scraped yet. No pods at all is not an error.
    private static func explainEmpty(_ cluster: Cluster, _ context: VerbContext, query: SelectorQuery, allNamespaces: Bool)
        throws(KubectlFailure)
    {
        let pods: [KubeObject]
        do {
            // The core clientset's list, which sends the selectors and no limit.
            let namespace = allNamespaces ? nil : context.namespace
            pods = try context.send(query.request(.pods, namespace: namespace, accept: ServerRequest.MediaTypes.protobuf)) {
                () throws(APIError) in try query.list(cluster, .pods, namespace: namespace)
            }
        } catch {
            throw .server(error)
        }
        guard !pods.isEmpty else { return }
        for pod in pods {
            let created = pod[path: "metadata.creationTimestamp"].string.flatMap(Timestamp.init(rfc3339:)) ?? cluster.now
            let age = cluster.now.milliseconds(since: created)
            if age > metricsCreationDelayMilliseconds {
                throw .error("Metrics not available for pod \(pod.namespace ?? "")/\(pod.name), age: \(GoDuration.format(milliseconds: age))")
            }
        }
        throw .error("metrics not available yet")
    }

    private static func table(_ metrics: [PodMetrics], flags: ParsedFlags, sortBy: String?, allNamespaces: Bool) -> String {
        let containers = flags.bool("containers")
        func total(_ pod: PodMetrics) -> ResourceUsage {
            pod.containers.reduce(ResourceUsage(cpuMillicores: 0, memoryBytes: 0)) {
                ResourceUsage(cpuMillicores: $0.cpuMillicores + $1.usage.cpuMillicores, memoryBytes: $0.memoryBytes + $1.usage.memoryBytes)
            }
        }
        func before(_ a: ResourceUsage, _ b: ResourceUsage) -> Bool {
            sortBy == "cpu" ? a.cpuMillicores > b.cpuMillicores : a.memoryBytes > b.memoryBytes
        }
        var pods = metrics.sorted { allNamespaces && $0.namespace != $1.namespace ? $0.namespace < $1.namespace : $0.name < $1.name }
        if sortBy != nil { pods = TopNode.stableSorted(pods) { before(total($0), total($1)) } }
        var rows: [[String]] = []
        if !flags.bool("no-headers") {
            rows.append((allNamespaces ? ["NAMESPACE"] : []) + (containers ? ["POD"] : []) + ["NAME", "CPU(cores)", "MEMORY(bytes)"])
        }
        for pod in pods {
            let prefix = allNamespaces ? [pod.namespace] : []
            if containers {
                var list = pod.containers.sorted { $0.name < $1.name }
                if sortBy != nil { list = TopNode.stableSorted(list) { before($0.usage, $1.usage) } }
                for container in list { rows.append(prefix + [pod.name, container.name] + Top.cells(container.usage)) }
            } else {
                rows.append(prefix + [pod.name] + Top.cells(total(pod)))
            }
        }
        if flags.bool("sum") {
            let width = 3 + (allNamespaces ? 1 : 0) + (containers ? 1 : 0)
            let sum = pods.map(total).reduce(ResourceUsage(cpuMillicores: 0, memoryBytes: 0)) {
                ResourceUsage(cpuMillicores: $0.cpuMillicores + $1.cpuMillicores, memoryBytes: $0.memoryBytes + $1.memoryBytes)
            }
            rows.append(Array(repeating: "", count: width - 2) + ["________", "________"])
            rows.append(Array(repeating: "", count: width - 3) + [""] + Top.cells(sum))
        }
        return Top.table(rows)
    }

    /// How old a pod must be before missing metrics are an error rather than "not yet".
    static let metricsCreationDelayMilliseconds: Int64 = 2 * 60 * 1000
}
