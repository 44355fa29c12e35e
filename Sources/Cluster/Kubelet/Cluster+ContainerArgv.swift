import KubeAPI

/// The process a container runs, as its image's ENTRYPOINT and CMD and its own command and args
/// make it (`ImageCatalog.Image.startedArgv`), after the image's entrypoint script.
extension Cluster {
    /// What `container` (its command as the kubelet expanded it) runs: the process's argv,
    /// whether it is the image's own program, and what the entrypoint script printed first. An
    /// image the catalog does not know runs its command and args, flags alone being its own program's.
    func containerArgv(of container: JSONValue) -> (argv: [String], ownProgram: Bool, logs: [LogTemplate]) {
        let command = container["command"].array.compactMap(\.string)
        let args = container["args"].array.compactMap(\.string)
        guard let image = imageFacts(container["image"].string ?? "").entry else {
            let argv = command + args
            return (argv, argv.isEmpty || (command.isEmpty && argv[0].hasPrefix("-")), [])
        }
        let (argv, logs) = image.execed(image.startedArgv(command: command, args: args))
        return (argv, image.runsOwnProgram(argv), logs)
    }
}
