import KubeAPI

@testable import Cluster

/// A container's `sh -c` script read in a small world: `PATH` and `HOSTNAME` in its environment,
/// busybox's userland, and one mounted file, `/etc/config/x`.
enum ScriptRun {
    static let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    /// The run of `argv` (by default `sh -c SCRIPT`, then `extra`) under `sh`.
    static func run(_ script: String, _ sh: ScriptContext.Shell = .ash, argv0: String = "sh", extra: [String] = [])
        -> ScriptOutput
    {
        let environ = [("PATH", "/bin"), ("HOSTNAME", "web")]
        let config = ProjectedMount(
            mountPath: "/etc/config", volume: "c", subPath: "",
            versions: [.init(shown: start, files: [ProjectedFile(path: "x", content: "hello from x\n", mode: 0o644)])])
        let context = ScriptContext(
            environ: environ, variables: Dictionary(uniqueKeysWithValues: environ), sh: sh, userland: .busybox,
            files: ContainerFileView(mounts: [config], imageFiles: [:], directory: "/"))
        return ScriptOutput.run(
            [argv0, "-c", script] + extra, start: start, until: start.adding(seconds: 600), context: context)
    }

    /// The lines the script logs, stdout and stderr together.
    static func lines(_ script: String, _ sh: ScriptContext.Shell = .ash, extra: [String] = []) -> [String] {
        run(script, sh, extra: extra).entries.map(\.text)
    }

    /// How `sh -c SCRIPT` (dash, knowing only `HOSTNAME`) ends within a day, read only for its end.
    static func end(_ script: String) -> ScriptOutput {
        ScriptOutput.end(
            of: ["sh", "-c", script], start: start, until: start.adding(seconds: 86_400),
            context: .variables(["HOSTNAME": "web"]))
    }

    /// The three shells a container's `sh` may be.
    static let shells: [ScriptContext.Shell] = [.ash, .dash, .bash]
}
