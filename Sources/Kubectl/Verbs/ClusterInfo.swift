import Cluster
import KubeAPI

/// `kubectl cluster-info`: where the control plane answers, and a proxy URL for every Service
/// labelled `kubernetes.io/cluster-service=true` in kube-system (or `-n`).
///
/// kubectl 1.32 asks go-colortext for green and yellow, yet printed no escape sequences on a
/// terminal or a pipe when checked, so the lines here are plain too.
enum ClusterInfo {
    static let verb = Verb(
        name: "cluster-info", flags: ClusterInfoDump.flags, help: KubectlHelp.clusterInfo,
        usagePath: { words in words.first == "dump" ? "cluster-info dump" : nil }
    ) { context throws(KubectlFailure) in
        if context.flags.positionals.first == "dump" {
            return try ClusterInfoDump.run(context)
        }
        // The dump's flags belong to the dump alone.
        if let flag = context.flags.setNames.first(where: { name in ClusterInfoDump.flags.contains { $0.long == name } }) {
            throw .usage("unknown flag: --\(flag)", verb: "cluster-info")
        }
        var failure: KubectlFailure?
        do throws(KubectlFailure) {
            try printServices(context)
        } catch {
            failure = error
        }
        context.io.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")
        if let failure { throw failure }
        return 0
    }

    private static func printServices(_ context: VerbContext) throws(KubectlFailure) {
        let cluster = try context.cluster
        let host = context.kubeconfig.server ?? cluster.settings.server
        let namespace = context.explicitNamespace ? context.namespace : "kube-system"
        try context.authorize(AccessRequest(verb: "list", .services, namespace: namespace))
        let selector: LabelSelector
        do { selector = try LabelSelector(parsing: "kubernetes.io/cluster-service=true") } catch { return }
        let services = cluster.list(.services, namespace: namespace, selector: selector)
        printService("Kubernetes control plane", host, context)
        for service in services {
            let name = service.labels["kubernetes.io/name"].flatMap { $0.isEmpty ? nil : $0 } ?? service.name
            printService(name, link(service, host: host), context)
        }
    }

    /// The load balancer's addresses, else the apiserver proxy path of the first port.
    private static func link(_ service: KubeObject, host: String) -> String {
        let ports = service[path: "spec.ports"].array
        if let ingress = service[path: "status.loadBalancer.ingress"].array.first {
            let ip = ingress["ip"].string.flatMap { $0.isEmpty ? nil : $0 } ?? ingress["hostname"].string ?? ""
            return ports.map { "http://\(ip):\($0["port"].int ?? 0) " }.joined()
        }
        var name = service.name
        if let port = ports.first {
            let portName = port["name"].string ?? ""
            let scheme = portName == "https" || port["port"].int == 443 ? "https" : ""
            name = joinSchemeNamePort(scheme, service.name, portName)
        }
        return "\(host)/api/v1/namespaces/\(service.namespace ?? "")/services/\(name)/proxy"
    }

    /// `utilnet.JoinSchemeNamePort`: `scheme:name:port`, `name:port` or `name`.
    private static func joinSchemeNamePort(_ scheme: String, _ name: String, _ port: String) -> String {
        if !scheme.isEmpty { return "\(scheme):\(name):\(port)" }
        return port.isEmpty ? name : "\(name):\(port)"
    }

    private static func printService(_ name: String, _ link: String, _ context: VerbContext) {
        context.io.out("\(name) is running at \(link)\n")
    }
}

extension KubectlHelp {
    static let clusterInfo = """
        Show where the cluster's API server answers, and the proxy address of each add-on Service
        in kube-system labelled kubernetes.io/cluster-service=true (CoreDNS here).

        For more, "kubectl cluster-info dump" prints the nodes, workloads, events and logs.

        Examples:
          kubectl cluster-info

        Usage:
          kubectl cluster-info [flags] [options]

        Use "kubectl cluster-info <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
