import Cluster
import KubeAPI
import OrderedCollections

/// `kubectl version`: the client's version and kustomize's, then the server's (`/version`).
/// `--client` never reaches the apiserver, so it works while the control plane is down.
enum Version {
    static let verb = Verb(name: "version", flags: flags, help: KubectlHelp.version) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [FlagSpec("client", nil, .bool), FlagSpec("output", "o")]

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        guard context.flags.positionals.isEmpty else {
            throw .error("extra arguments: [\(context.flags.positionals.joined(separator: " "))]")
        }
        let output = context.flags.string("output") ?? ""
        guard ["", "yaml", "json"].contains(output) else { throw .error("--output must be 'yaml' or 'json'") }
        let settings = context.lab.settings
        let client = info(settings.kubernetesVersion, settings.release)
        var server: JSONValue?
        var failure: KubectlFailure?
        if !context.flags.bool("client") {
            // kubectl prints what it knows before it reports that the server did not answer.
            do {
                let cluster = try context.cluster
                context.requestLog?.answered(ServerRequest(method: "GET", path: "/version", query: ["timeout": "32s"]), status: 200)
                server = info(cluster.settings.kubernetesVersion, cluster.settings.release)
            } catch {
                failure = error
            }
        }
        var document: OrderedDictionary<String, JSONValue> = [
            "clientVersion": client, "kustomizeVersion": .string(settings.kustomizeVersion),
        ]
        if let server { document["serverVersion"] = server }
        switch output {
        case "json": context.io.out(JSONPrinter.print(.object(document), unit: "  ") + "\n")
        case "yaml": context.io.out(YAMLPrinter.print(JSONValue.object(document).sortedKeys) + "\n")
        default:
            context.io.out("Client Version: \(client["gitVersion"].string ?? "")\n")
            context.io.out("Kustomize Version: \(settings.kustomizeVersion)\n")
            if let server { context.io.out("Server Version: \(server["gitVersion"].string ?? "")\n") }
        }
        if let failure { throw failure }
        return 0
    }

    /// A binary's `version.Info`, fields in Go's struct order.
    static func info(_ gitVersion: String, _ build: ReleaseBuild) -> JSONValue {
        let numbers = gitVersion.drop { $0 == "v" }.split(separator: ".")
        return [
            "major": .string(numbers.first.map(String.init) ?? ""),
            "minor": .string(numbers.count > 1 ? String(numbers[1]) : ""),
            "gitVersion": .string(gitVersion), "gitCommit": .string(build.gitCommit),
            "gitTreeState": .string(build.gitTreeState), "buildDate": .string(build.buildDate),
            "goVersion": .string(build.goVersion), "compiler": .string(build.compiler),
            "platform": .string(build.platform),
        ]
    }
}

extension KubectlHelp {
    static let version = """
        Show which release kubectl and the cluster's API server are running.

        Examples:
          kubectl version                 # client, kustomize and server versions
          kubectl version --client        # only kubectl's own; needs no cluster
          kubectl version -o json         # everything each binary reports about its build

        Options:
              --client=false     Print only the client's version, without asking the server
          -o, --output=FORMAT    yaml or json instead of the short summary

        Usage:
          kubectl version [flags] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
