import Cluster
import Kubectl

/// iproute2's `ip addr`, `ip link` and `ip route` inside a node container, over `NodeNetwork`;
/// `-4` keeps IPv4 addresses only, `-br` prints the one-line brief form.
struct NodeIp: ShellCommand {
    let cluster: Cluster
    let node: String

    func run(_ context: CommandContext) -> Int32 {
        var words = Array(context.arguments.dropFirst())
        var family: Int?
        var brief = false
        while let first = words.first, first.hasPrefix("-") {
            switch first {
            case "-4": family = 4
            case "-6": family = 6
            case "-br", "-brief", "--brief": brief = true
            default:
                context.io.err("Option \"\(first)\" is unknown, try \"ip -help\".\n")
                return 255
            }
            words.removeFirst()
        }
        guard let object = words.first else {
            context.io.err(usage)
            return 255
        }
        let network = NodeNetwork(cluster: cluster, node: node, filesystem: context.session.filesystem)
        var rest = Array(words.dropFirst())
        if let verb = rest.first, ["show", "list", "ls", "lst", "sh"].contains(verb) { rest.removeFirst() }
        if rest.first == "dev" {
            rest.removeFirst()
            guard !rest.isEmpty else {
                context.io.err("Command line is not complete. Try option \"help\"\n")
                return 255
            }
        }
        switch object {
        case _ where matches(object, "address", shortest: 1):
            return addresses(network, device: rest.first, family: family, brief: brief, links: false, io: context.io)
        case _ where matches(object, "link", shortest: 1):
            return addresses(network, device: rest.first, family: family, brief: brief, links: true, io: context.io)
        case _ where matches(object, "route", shortest: 1):
            if family != 6 { context.io.out(network.routes.map { $0 + " \n" }.joined()) }
            return 0
        default:
            context.io.err("Object \"\(object)\" is unknown, try \"ip help\".\n")
            return 255
        }
    }

    /// Whether `word` abbreviates `name` (ip takes any prefix down to a shortest one).
    private func matches(_ word: String, _ name: String, shortest: Int) -> Bool {
        word.count >= shortest && name.hasPrefix(word)
    }

    private func addresses(
        _ network: NodeNetwork, device: String?, family: Int?, brief: Bool, links: Bool, io: IOStreams
    ) -> Int32 {
        var interfaces = network.interfaces
        if let device {
            interfaces = interfaces.filter { $0.name == device }
            guard !interfaces.isEmpty else {
                io.err("Device \"\(device)\" does not exist.\n")
                return 1
            }
        }
        var text = ""
        for interface in interfaces {
            let name = interface.name + interface.peer
            if brief {
                if links {
                    text += pad(name, 16) + " " + pad(interface.state, 14) + " " + interface.mac + " " + interface.flags + " \n"
                } else {
                    var line = pad(name, 16) + " " + pad(interface.state, 14) + " "
                    if family != 6, let ipv4 = interface.ipv4 { line += ipv4.address + " " }
                    if family != 4, let ipv6 = interface.ipv6 { line += ipv6.address + " " }
                    text += line + "\n"
                }
                continue
            }
            if !links, family == 4, interface.ipv4 == nil { continue }
            if !links, family == 6, interface.ipv6 == nil { continue }
            text += "\(interface.index): \(name): \(interface.flags) mtu \(interface.mtu) qdisc noqueue state \(interface.state) "
            text += "group default" + (interface.queueLength.map { " qlen \($0)" } ?? " ") + "\n"
            if family == nil || links {
                text += "    link/\(interface.linkType) \(interface.mac) brd \(interface.broadcast)"
                text += (interface.linkNamespace.isEmpty ? "" : " " + interface.linkNamespace) + "\n"
            }
            guard !links else { continue }
            if family != 6, let ipv4 = interface.ipv4 {
                let scope = interface.name == "lo" ? "host" : "global"
                text += "    inet \(ipv4.address)" + (ipv4.broadcast.map { " brd \($0)" } ?? "")
                text += " scope \(scope) \(interface.name)\n       valid_lft forever preferred_lft forever\n"
            }
            if family != 4, let ipv6 = interface.ipv6 {
                let flags = interface.name == "lo" ? "noprefixroute " : ""
                text += "    inet6 \(ipv6.address) scope \(ipv6.scope) \(flags)\n       valid_lft forever preferred_lft forever\n"
            }
        }
        io.out(text)
        return 0
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

private let usage = """
    Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
    where  OBJECT := { address | link | route }
           OPTIONS := { -4 | -6 | -br[ief] }

    """
