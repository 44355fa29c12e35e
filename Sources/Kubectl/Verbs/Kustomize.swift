import KubeAPI

/// `kubectl kustomize [DIR]`: builds a kustomization and prints the objects as YAML documents,
/// or writes them to `-o FILE`. It needs no apiserver.
enum Kustomize {
    static let verb = Verb(name: "kustomize", flags: flags, help: KubectlHelp.kustomize) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("output", "o"), FlagSpec("enable-helm", nil, .bool), FlagSpec("enable-alpha-plugins", nil, .bool),
        FlagSpec("load-restrictor"), FlagSpec("env", "e", .stringArray), FlagSpec("as-current-user", nil, .bool),
        FlagSpec("helm-command"), FlagSpec("helm-api-versions", nil, .stringArray), FlagSpec("helm-kube-version"),
        FlagSpec("helm-debug", nil, .bool), FlagSpec("mount", nil, .stringArray), FlagSpec("network", nil, .bool),
        FlagSpec("network-name"),
    ]

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let arguments = context.flags.positionals
        guard arguments.count <= 1 else { throw .error("specify one path to kustomization.yaml") }
        let objects: [JSONValue]
        do {
            objects = try KustomizeBuild(context).run(arguments.first ?? ".")
        } catch {
            throw .error(error.message)
        }
        let text = objects.map(YAMLPrinter.print).joined(separator: "---\n")
        guard let file = context.flags.string("output"), !file.isEmpty else {
            context.io.out(text)
            return 0
        }
        guard let files = context.localFiles else { throw .error("open \(file): no such file or directory") }
        if let problem = files.create(file, text) { throw .error(problem) }
        return 0
    }
}

extension KubectlHelp {
    static let kustomize = """
        Build the objects a kustomization describes and print them as YAML documents, ready for
        'kubectl apply -f -'. DIR is a directory holding a kustomization.yaml (or kustomization.yml,
        or Kustomization); it defaults to the current directory. Nothing is sent to the cluster.
        The same build runs behind -k DIR in apply, create, delete, describe, diff and replace.

        Examples:
          # Build the kustomization in the current directory
          kubectl kustomize

          # Build an overlay and apply what it makes
          kubectl kustomize overlays/dev | kubectl apply -f -

        Options:
          -o, --output=''   Write the documents to this file instead of standard output
              --load-restrictor='LoadRestrictionsRootOnly'
                            Whether files outside a kustomization's directory may be read

        Usage:
          kubectl kustomize DIR [flags] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
