import KubeAPI

/// What kube-proxy reads from its `config.conf` (a KubeProxyConfiguration) when it starts:
/// the mode and the settings its rules depend on, with kube-proxy's own defaults applied.
public struct KubeProxyConfiguration: Equatable, Sendable {
    /// `iptables`, `ipvs` or `nftables`; an empty mode means iptables on Linux.
    public var mode: String
    /// Traffic from outside this range to a ClusterIP is masqueraded (detectLocalMode ClusterCIDR).
    public var clusterCIDR: String
    /// The bit of the packet mark that asks for masquerading (default 14).
    public var masqueradeBit: Int
    /// The IPVS scheduler (default `rr`).
    public var ipvsScheduler: String

    public init(mode: String, clusterCIDR: String = "", masqueradeBit: Int = 14, ipvsScheduler: String = "rr") {
        self.mode = mode
        self.clusterCIDR = clusterCIDR
        self.masqueradeBit = masqueradeBit
        self.ipvsScheduler = ipvsScheduler
    }

    /// The configuration in `text` (config.conf's YAML), or nil when it is not a readable
    /// KubeProxyConfiguration (kube-proxy then fails to start).
    public init?(yaml text: String) {
        guard let document = try? YAMLDecoding.documents(text).first,
            document["kind"].string == "KubeProxyConfiguration"
        else { return nil }
        let mode = document["mode"].string ?? ""
        guard ["", "iptables", "ipvs", "nftables"].contains(mode) else { return nil }
        self.mode = mode.isEmpty ? "iptables" : mode
        clusterCIDR = document["clusterCIDR"].string ?? ""
        let section = self.mode == "nftables" ? "nftables" : "iptables"
        masqueradeBit = document[section]["masqueradeBit"].int ?? 14
        let scheduler = document["ipvs"]["scheduler"].string ?? ""
        ipvsScheduler = scheduler.isEmpty ? "rr" : scheduler
    }

    /// The masquerade mark as a number (`1 << masqueradeBit`).
    var masqueradeMark: Int { 1 << masqueradeBit }
}
