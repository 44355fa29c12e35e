import Cluster
import KubeAPI

/// `kubectl edit TYPE NAME`: the lab has no text editor, so it says so and shows the same
/// change done with `get -o yaml` + `apply`, or with `patch`, for the object named.
enum Edit {
    static let verb = Verb(name: "edit", flags: flags, help: KubectlHelp.edit) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("output", "o"), FlagSpec("save-config", nil, .bool),
        FlagSpec("windows-line-endings", nil, .bool), FlagSpec("subresource"), FlagSpec.validate,
        FlagSpec("field-manager"), ChangeCause.flag, FlagSpec("output-patch", nil, .bool),
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let resources = context.flags.positionals
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        var first: (ResourceType, KubeObject)?
        try ResourceRequest.forEachTarget(resources, context) { type, object in
            if first == nil { first = (type, object) }
        }
        guard let (type, object) = first else { return 0 }
        let target = "\(type.singular) \(object.name)"
        let namespace = context.explicitNamespace ? " -n \(context.namespace)" : ""
        let file = "\(object.name).yaml"
        let example =
            object[path: "spec.replicas"].int.map { #"{"spec":{"replicas":\#($0 + 1)}}"# }
            ?? #"{"metadata":{"labels":{"reviewed":"yes"}}}"#
        context.io.err(
            """
            error: kubectl edit opens the object in a text editor, and this lab has none.
            Make the same change with a manifest instead:
              kubectl get \(target)\(namespace) -o yaml > \(file)
              cat > \(file) <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
              kubectl apply -f \(file)
            or change a few fields in place:
              kubectl patch \(target)\(namespace) -p '\(example)'

            """)
        return 1
    }
}
