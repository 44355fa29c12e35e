import KubeAPI

/// Files the kubelet writes into every pod: its DNS configuration and host names.
extension Cluster {
    /// `/etc/resolv.conf` of a pod, from its dnsPolicy: the cluster DNS Service with the
    /// namespace's search path for ClusterFirst, the node's own file for Default or host network.
    public func resolvConf(of pod: KubeObject) -> String {
        let policy = pod[path: "spec.dnsPolicy"].string ?? "ClusterFirst"
        let hostNetwork = pod[path: "spec.hostNetwork"].bool ?? false
        if policy == "Default" || (policy == "ClusterFirst" && hostNetwork) { return nodeResolvConf }
        if policy == "None" { return customResolvConf(pod[path: "spec.dnsConfig"]) }
        let domain = settings.domain
        let namespace = pod.namespace ?? "default"
        let search = ["\(namespace).svc.\(domain)", "svc.\(domain)", domain] + Self.searchDomains(in: nodeResolvConf)
        return "search \(search.joined(separator: " "))\nnameserver \(settings.dnsServiceIP)\noptions ndots:5\n"
    }

    private func customResolvConf(_ config: JSONValue) -> String {
        var lines: [String] = []
        let search = config["searches"].array.compactMap(\.string)
        if !search.isEmpty { lines.append("search " + search.joined(separator: " ")) }
        lines += config["nameservers"].array.compactMap(\.string).map { "nameserver \($0)" }
        let options = config["options"].array.map { o in
            o["value"].string.map { "\(o["name"].string ?? ""):\($0)" } ?? (o["name"].string ?? "")
        }
        if !options.isEmpty { lines.append("options " + options.joined(separator: " ")) }
        return lines.map { $0 + "\n" }.joined()
    }

    static func searchDomains(in resolvConf: String) -> [String] {
        resolvConf.split(separator: "\n").filter { $0.hasPrefix("search ") }.flatMap { $0.split(separator: " ").dropFirst().map(String.init) }
    }
}
