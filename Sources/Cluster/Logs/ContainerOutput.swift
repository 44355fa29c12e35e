import KubeAPI

/// What one run of a container writes to its stdout and stderr: the image's own startup lines
/// when its default program runs, or what its command prints (read in `context`, built only then).
enum ContainerOutput {
    /// The lines a run of `container` that started at `start` has written by `until`.
    static func entries(
        of container: JSONValue, image: ImageCatalog.Image, start: Timestamp, until: Timestamp,
        facts: LogTemplate.Facts, env: [String: String], context: () -> ScriptContext
    ) -> [LogEntry] {
        let command = container["command"].array.compactMap(\.string)
        let args = container["args"].array.compactMap(\.string)
        let argv = command.isEmpty ? args : command + args
        let templates: [LogTemplate]
        if argv.isEmpty {
            let lacking = image.needsEnv.map { $0.isDisjoint(with: env.keys) } ?? false
            templates = lacking ? image.logsWithoutEnv : image.logs
        } else if command.isEmpty, args.first?.hasPrefix("-") == true {
            // Flags for the image's own entrypoint (`coredns -conf /etc/coredns/Corefile`).
            templates = image.logs
        } else {
            return ScriptOutput.run(argv, start: start, until: until, context: context()).entries
        }
        return LogTemplate.render(templates, start: start, facts: facts).filter { $0.time <= until }
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
