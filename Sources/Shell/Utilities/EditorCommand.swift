import Kubectl

/// `vi`, `vim` and `nano`: no full-screen editor runs here, so they explain how to write a file instead.
struct EditorCommand: ShellCommand {
    let name: String

    func run(_ context: CommandContext) -> Int32 {
        let file = context.arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "FILE"
        context.io.err(explanation(name, file))
        return 1
    }
}

private func explanation(_ editor: String, _ file: String) -> String {
    """
    \(editor): this lab has no full-screen editor. Write the file from the shell instead:
      cat > \(file) <<'EOF'
      ...the lines of the file...
      EOF
    (`cat >> \(file)` appends, `echo 'line' >> \(file)` adds one line, `cat \(file)` checks it.)

    """
}
