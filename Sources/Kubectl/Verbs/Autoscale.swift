import Cluster
import KubeAPI

/// `kubectl autoscale TYPE NAME --max=N [--min=N] [--cpu-percent=N]`: an `autoscaling/v1`
/// HorizontalPodAutoscaler for an object that has a scale subresource.
enum Autoscale {
    static let verb = Verb(name: "autoscale", flags: flags, help: KubectlHelp.autoscale) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("min", nil, .int), FlagSpec("max", nil, .int), FlagSpec("cpu-percent", nil, .int), FlagSpec("name"),
        FlagSpec.dryRun, FlagSpec("output", "o"), FlagSpec("save-config", nil, .bool), FlagSpec("field-manager"),
        ChangeCause.flag,
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    /// What kubectl sends and the apiserver answers: autoscaling/v1, not the stored v2.
    static let v1Type = ResourceType.horizontalPodAutoscalers.inGroup("autoscaling", version: "v1")

    /// The kinds with a `/scale` subresource.
    static let scalable: [ResourceType] = [.deployments, .replicaSets, .statefulSets, .replicationControllers]

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        guard flags.isSet("max") else { throw .error("required flag(s) \"max\" not set") }
        let max = flags.string("max").flatMap { Int($0) } ?? -1
        let min = flags.string("min").flatMap { Int($0) } ?? -1
        let cpu = flags.string("cpu-percent").flatMap { Int($0) } ?? -1
        guard max >= 1 else { throw .error("--max=MAXPODS is required and must be at least 1, max: \(max)") }
        guard max >= min else {
            throw .error("--max=MAXPODS must be larger or equal to --min=MINPODS, max: \(max), min: \(min)")
        }
        let dryRun = try context.dryRun()
        let resources = flags.positionals
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        try ResourceRequest.forEachTarget(resources, context, gathering: true) { type, object throws(KubectlFailure) in
            guard scalable.contains(type) else {
                throw .error(
                    "cannot autoscale a \(type.kind): could not find scale subresource for \(type.group)/\(type.version), Resource=\(type.plural) in discovery information")
            }
            var spec: JSONValue = [
                "scaleTargetRef": ["kind": .string(type.kind), "name": .string(object.name), "apiVersion": .string(type.apiVersion)]
            ]
            if min > 0 { spec["minReplicas"] = .int(min) }
            spec["maxReplicas"] = .int(max)
            if cpu >= 0 { spec["targetCPUUtilizationPercentage"] = .int(cpu) }
            let name = flags.string("name").flatMap { $0.isEmpty ? nil : $0 } ?? object.name
            var hpa = KubeObject([
                "kind": "HorizontalPodAutoscaler", "apiVersion": "autoscaling/v1",
                "metadata": ["name": .string(name), "creationTimestamp": nil], "spec": spec,
                "status": ["currentReplicas": 0, "desiredReplicas": 0],
            ])
            ChangeCause(context).record(&hpa)
            let operation = dryRun == .client ? "created" : "autoscaled"
            _ = try ObjectOutput.create(
                hpa, type: v1Type, operation: operation, context: context, saveConfig: .whenSent,
                manager: "kubectl-autoscale", shaping: ServerRequest.withoutFieldValidation)
        }
        return 0
    }
}
