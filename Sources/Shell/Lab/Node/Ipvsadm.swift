import Cluster
import Kubectl

/// `ipvsadm -Ln` (and `-L -n`, `--list --numeric`) inside a node container: the IPVS virtual
/// servers kube-proxy keeps in ipvs mode; in the other modes the table is empty.
struct Ipvsadm: ShellCommand {
    let cluster: Cluster
    let node: String

    func run(_ context: CommandContext) -> Int32 {
        let flags = context.arguments.dropFirst().flatMap { argument -> [String] in
            if argument.hasPrefix("--") { return [argument] }
            return argument.dropFirst().map { "-" + String($0) }
        }
        let known: Set<String> = ["-L", "-l", "-n", "--list", "--numeric"]
        if let unknown = flags.first(where: { !known.contains($0) }) {
            context.io.err("ipvsadm: invalid option -- '\(unknown.dropFirst())'\n")
            return 2
        }
        var table = IPVSTable(node: ProxyNode(name: node, ip: "", configuration: KubeProxyConfiguration(mode: ""), serviceCIDR: "", ports: []))
        if let input = cluster.proxyNode(node), input.configuration.mode == "ipvs" { table = IPVSTable(node: input) }
        context.io.out(table.text)
        return 0
    }
}
