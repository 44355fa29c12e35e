import Cluster
import KubeAPI

/// `kubectl set image TYPE/NAME CONTAINER=IMAGE...`: changes container images in a pod template.
enum SetImage {
    static let flags: [FlagSpec] = [
        FlagSpec("all", nil, .bool), FlagSpec("selector", "l"), FlagSpec.dryRun, FlagSpec("output", "o"),
        FlagSpec("local", nil, .bool), ChangeCause.flag, FlagSpec("field-manager"),
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let dryRun = try context.dryRun()
        try ObjectOutput.checkFormat(context.flags.string("output"), context: context)
        let arguments = context.flags.positionals
        let resources = arguments.filter { !$0.contains("=") }
        let images = arguments.filter { $0.contains("=") }.map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(noResources) }
        if let problem = SetVerb.localProblem(context, resources: resources) { throw problem }
        let local = context.flags.bool("local")
        let targets = try RolloutTarget.resolveAll(
            resources, context: context, verb: "set image",
            allowed: [.pods, .deployments, .replicaSets, .statefulSets, .daemonSets, .jobs, .cronJobs, .replicationControllers],
            local: local, listing: false
        ) { type, name in
            "\(type.plural)/\(name) the object is not a pod or does not have a pod template: *v1.\(type.kind)"
        }
        let printer = CommandPrinter()
        // set takes every object before changing any: one it could not fetch stops it.
        try targets.requireAllFetched()
        // Validate, after Complete fetched the objects, asks for an image.
        guard !images.isEmpty else { throw .error(needImage) }
        try targets.forEachGathering(worded: true, order: .fetchesFirst) { target throws(KubectlFailure) in
            try update(target, images: images, dryRun: dryRun, local: local, printer: printer, context: context)
        }
        return 0
    }

    /// Sets the images of one object's containers, printing it when it changed.
    private static func update(
        _ target: RolloutTarget, images: [(String, String)], dryRun: DryRun, local: Bool, printer: CommandPrinter,
        context: VerbContext
    ) throws(KubectlFailure) {
        var updated = target.object
        var failures: [String] = []
        let specPath = SetVerb.podSpecPath(target.type) ?? "spec.template.spec"
        for (name, image) in images {
            var found = false
            for list in ["initContainers", "containers"] {
                let path = "\(specPath).\(list)"
                updated[path: path] = .array(
                    updated[path: path].array.map { container in
                        guard name == "*" || container["name"].string == name else { return container }
                        found = true
                        var changed = container
                        changed["image"] = .string(image)
                        return changed
                    })
                if updated[path: path].array.isEmpty { updated[path: path] = target.object[path: path] }
            }
            if !found { failures.append("error: unable to find container named \"\(name)\"") }
        }
        ChangeCause(context).record(&updated)
        if updated != target.object {
            let written =
                dryRun == .none && !local
                ? try target.write(
                    updated, failure: "failed to patch image update to pod template: ", manager: "kubectl-set", context: context) : updated
            _ = try ObjectOutput.print(
                written, type: target.type, operation: "image updated", output: context.flags.string("output"),
                dryRun: dryRun, context: context, fetched: true, decoded: true, printer: printer)
        }
        guard failures.isEmpty else {
            throw KubectlFailure(failures.count == 1 ? failures[0] : "[\(failures.joined(separator: ", "))]")
        }
    }

    static let noResources = """
        You must provide one or more resources by argument or filename.
        Example resource specifications include:
           '-f rsrc.yaml'
           '--filename=rsrc.json'
           '<resource> <name>'
           '<resource>'
        """
    static let needImage = "at least one image update is required"
}
