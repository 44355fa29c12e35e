/// The one printer kubectl builds for a whole command (`create -f`, `replace`, `annotate`,
/// `scale`, `set env|resources`, `expose`, `wait`): its YAML printer counts what it printed and
/// writes `---` before every object after the first. Verbs that build a printer for each object
/// (`label`, `patch`, `taint`, `rollout pause|resume|restart`, `autoscale`) pass none to
/// `ObjectOutput.print`, so their YAML documents run together as kubectl's do.
final class CommandPrinter {
    private var printedYAML = 0

    init() {}

    /// Called just before an object is printed in `format`.
    func willPrint(_ format: OutputFormat, io: IOStreams) {
        guard format == .yaml else { return }
        if printedYAML > 0 { io.out("---\n") }
        printedYAML += 1
    }
}
