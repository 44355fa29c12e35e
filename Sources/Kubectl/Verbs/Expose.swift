import Cluster
import KubeAPI

/// `kubectl expose TYPE NAME [--port=N] ...`: a Service selecting the pods of a Deployment,
/// ReplicaSet, ReplicationController, pod or Service, its ports read from the object unless given.
enum Expose {
    static let verb = Verb(name: "expose", flags: flags, help: KubectlHelp.expose) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("port"), FlagSpec("target-port"), FlagSpec("name"), FlagSpec("type"), FlagSpec("protocol"),
        FlagSpec("selector"), FlagSpec("labels", "l"), FlagSpec("external-ip"), FlagSpec("cluster-ip"),
        FlagSpec("session-affinity"), FlagSpec("load-balancer-ip"), FlagSpec.dryRun, FlagSpec("output", "o"),
        FlagSpec("field-manager"), FlagSpec("save-config", nil, .bool), ChangeCause.flag,
    ] + ManifestFiles.flags + OutputFormat.templateFlags + Overrides.flags

    static let exposable: [ResourceType] = [.pods, .services, .replicationControllers, .deployments, .replicaSets]

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        _ = try context.dryRun()
        let arguments = context.flags.positionals
        guard !arguments.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        let printer = CommandPrinter()
        try ResourceRequest.forEachTarget(arguments, context, gathering: true, accept: ServerRequest.MediaTypes.any) {
            type, object throws(KubectlFailure) in
            guard exposable.contains(type) else {
                throw .error("cannot expose a \(type.group.isEmpty ? type.kind : "\(type.kind).\(type.group)")")
            }
            let generated = try ServiceFromObject(object, type: type, flags: context.flags).service
            var service = try Overrides.apply(to: generated, as: .services, context: context)
            ChangeCause(context).record(&service)
            _ = try ObjectOutput.create(
                service, type: .services, operation: "exposed", context: context, saveConfig: .whenSent, printer: printer,
                manager: "kubectl-expose", shaping: ServerRequest.unstructuredCreate)
        }
        return 0
    }
}
