import Kubectl

extension IOStreams {
    /// Whether standard output reaches the terminal rather than a pipe or a file, as `isatty(1)`
    /// tells `ls` whether to lay names out in columns.
    var writesToTerminal: Bool { Self.isTerminal(sink) }

    private static func isTerminal(_ sink: any OutputSink) -> Bool {
        if sink is CaptureSink || sink is PipedSink { return false }
        if let bounded = sink as? BoundedSink { return isTerminal(bounded.base) }
        if let redirected = sink as? RedirectedSink {
            if case .stream = redirected.standardOutput { return isTerminal(redirected.base) }
            return false
        }
        return true
    }
}
