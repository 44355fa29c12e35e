import Cluster
import KubeAPI

/// `kubectl api-versions`: every group/version the apiserver serves, sorted.
enum APIVersions {
    static let verb = Verb(name: "api-versions", flags: [], help: KubectlHelp.apiVersions) { context throws(KubectlFailure) in
        guard context.flags.positionals.isEmpty else {
            throw .validation("unexpected arguments: [\(context.flags.positionals.joined(separator: " "))]", verb: "api-versions")
        }
        let versions: [String]
        do {
            versions = try context.cluster.servedGroupVersions
            context.logDiscovery()
        } catch {
            let request = ServerRequest.groupList.error(context.connectionFailure ?? .refused, server: context.server)
            throw .error("couldn't get available api versions from server: \(request)")
        }
        context.io.out(versions.map { $0 + "\n" }.joined())
        return 0
    }
}

extension KubectlHelp {
    static let apiVersions = """
        List the API groups and versions the cluster serves, as group/version (the core group is
        plain v1). A manifest's apiVersion must be one of them.

        Examples:
          kubectl api-versions

        Usage:
          kubectl api-versions [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
