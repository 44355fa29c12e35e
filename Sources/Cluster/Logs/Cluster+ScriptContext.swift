import KubeAPI

/// What a container's command runs with, for its log and the files it writes.
extension Cluster {
    /// The context of `container` in `pod`: the process environment as the runtime orders it,
    /// the image's `sh` and userland, and its files, the projected volumes as mounted now.
    func scriptContext(of container: JSONValue, in pod: KubeObject) -> ScriptContext {
        let name = container["name"].string ?? ""
        let environ = processEnviron(of: pod, container: name, hostname: Self.containerHostname(of: pod))
        // The variables of a container started before the simulation began, taken from its spec.
        let variables = Dictionary(uniqueKeysWithValues: environ.map { ($0.key, $0.value) })
            .merging(ContainerOutput.environment(of: container, in: pod)) { resolved, _ in resolved }
        var context = ScriptContext(environ: environ.map { ($0.key, $0.value) }, variables: variables)
        let directory = container["workingDir"].string ?? "/"
        if case .found(let image) = runtime.images.lookup(container["image"].string ?? "") {
            context.userland = image.userland
            context.sh =
                switch image.shell {
                case "busybox": .ash
                case "bash": .bash
                case "dash": .dash
                default: image.userland == .busybox ? .ash : .dash
                }
            for file in image.files { context.imageFiles[file.path] = file.content }
            let tag = ImageReference(container["image"].string ?? "").tag
            for build in image.busyboxBuilds where build.tags.contains(tag) {
                context.programs.formUnion(build.applets)
                context.programs.formUnion(build.programs.keys)
            }
        }
        context.files = ContainerFileView(
            mounts: projectedMounts(of: container, in: pod), imageFiles: context.imageFiles, directory: directory)
        return context
    }
}
