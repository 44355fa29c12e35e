/// bash's implicit `exec` (`should_suppress_fork`, `can_optimize_connection`,
/// `optimize_subshell_command`): a simple command that is the last thing a shell process does
/// is not forked, so the program takes that process's place.
extension CommandList {
    /// `bash -c`'s string or `$(...)`: its last command, when it is a simple command without
    /// redirections that ends the list, or the last of an `&&`/`||` chain, unless the command
    /// before it was put in the background.
    func markingLastCommandReplacingShell() -> CommandList {
        guard var last = items.last, !last.background else { return self }
        if items.count > 1, items[items.count - 2].background { return self }
        var pipeline = last.rest.last?.pipeline ?? last.first
        guard pipeline.timing == nil, pipeline.stages.count == 1,
            case .simple(let command) = pipeline.stages[0], command.redirections.isEmpty,
            let marked = pipeline.markingCommandReplacingShell()
        else { return self }
        pipeline = marked
        if last.rest.isEmpty {
            last.first = pipeline
        } else {
            last.rest[last.rest.count - 1].pipeline = pipeline
        }
        var list = self
        list.items[list.items.count - 1] = last
        return list
    }

    /// The body of `( ... )`: a lone simple command is exec'd whatever its redirections;
    /// otherwise the last command as for `bash -c`.
    func markingSubshellBodyReplacingShell() -> CommandList {
        guard items.count == 1, items[0].rest.isEmpty, !items[0].background,
            let pipeline = items[0].first.markingCommandReplacingShell()
        else { return markingLastCommandReplacingShell() }
        var list = self
        list.items[0].first = pipeline
        return list
    }
}

extension Pipeline {
    /// The pipeline with its one simple command marked `replacesShell`, or nil when it is not a
    /// lone simple command, or is negated or timed (bash must still see it end).
    func markingCommandReplacingShell() -> Pipeline? {
        guard !negated, timing == nil, stages.count == 1, case .simple(var command) = stages[0] else { return nil }
        command.replacesShell = true
        var pipeline = self
        pipeline.stages[0] = .simple(command)
        return pipeline
    }
}
