import KubeAPI

/// How a container's own command ends when the log reader can follow it to its end: after the
/// time its `sleep`s take, with the status of the last command it ran (`cat x && echo ok ||
/// echo failed` ends with `echo`'s 0, `cat x && echo ok` with `cat`'s 1), as the shell exits.
extension Cluster {
    /// The end of the run of `container` that started at `start`; nil when its command is the
    /// image's own program, its standard input is kept open, or the reader cannot follow it
    /// within a day (a server, an endless loop), so the catalog's rules decide.
    func scriptExit(of container: JSONValue, in pod: KubeObject, startedAt start: Timestamp) -> ContainerRun? {
        guard container["stdin"].bool != true else { return nil }
        let process = containerArgv(of: expandingCommand(of: container, in: pod))
        guard !process.ownProgram else { return nil }
        let output = ScriptOutput.end(
            of: process.argv, start: start, until: start.adding(seconds: Self.scriptExitHorizonSeconds),
            context: scriptContext(of: container, in: pod))
        guard output.ended else { return nil }
        return .exits(afterMilliseconds: output.elapsedMilliseconds, code: output.status)
    }

    /// How far ahead a command is read for its end.
    static let scriptExitHorizonSeconds: Int64 = 86_400
}
