/// bash's implicit `exec` of `bash -c`'s last command (`should_suppress_fork`,
/// `can_optimize_connection`): the string's last command, when it is a simple command without
/// redirections ending the list or the last of an `&&`/`||` chain, is not forked.
extension CommandList {
    /// The list with its last command marked `replacesShell` when bash would exec it.
    func markingLastCommandReplacingShell() -> CommandList {
        guard var last = items.last, !last.background else { return self }
        var pipeline = last.rest.last?.pipeline ?? last.first
        guard !pipeline.negated, pipeline.timing == nil, pipeline.stages.count == 1,
            case .simple(var command) = pipeline.stages[0], command.redirections.isEmpty
        else { return self }
        command.replacesShell = true
        pipeline.stages[0] = .simple(command)
        if last.rest.isEmpty {
            last.first = pipeline
        } else {
            last.rest[last.rest.count - 1].pipeline = pipeline
        }
        var list = self
        list.items[list.items.count - 1] = last
        return list
    }
}
