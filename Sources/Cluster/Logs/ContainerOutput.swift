import KubeAPI

/// What one run of a container writes to its stdout and stderr: its image's entrypoint script's
/// lines, then the image's own startup lines when its program runs, or what its command prints
/// (read in `context`, built only then).
enum ContainerOutput {
    /// The lines a run of `container` that started at `start` has written by `until`.
    static func entries(
        of container: JSONValue, image: ImageCatalog.Image, start: Timestamp, until: Timestamp,
        facts: LogTemplate.Facts, env: [String: String], context: () -> ScriptContext
    ) -> [LogEntry] {
        let started = image.startedArgv(
            command: container["command"].array.compactMap(\.string), args: container["args"].array.compactMap(\.string))
        // The entrypoint script's own lines come first, then its process's.
        let (argv, prelude) = image.execed(started)
        let printed = LogTemplate.render(prelude, start: start, facts: facts).filter { $0.time <= until }
        guard image.runsOwnProgram(argv) else {
            return printed + ScriptOutput.run(argv, start: start, until: until, context: context()).entries
        }
        let lacking = image.needsEnv.map { $0.isDisjoint(with: env.keys) } ?? false
        let templates = lacking ? image.logsWithoutEnv : image.logs
        return printed + LogTemplate.render(templates, start: start, facts: facts).filter { $0.time <= until }
    }

    /// The environment a container's command sees, as far as the log reader needs it: the
    /// variables with literal values, and `HOSTNAME` (the pod's host name, set by the runtime).
    static func environment(of container: JSONValue, in pod: KubeObject) -> [String: String] {
        var env = ["HOSTNAME": pod[path: "spec.hostname"].string ?? pod.name]
        for variable in container["env"].array {
            guard let name = variable["name"].string else { continue }
            env[name] = variable["value"].string ?? ""
        }
        return env
    }
}
