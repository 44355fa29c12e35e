import Kubectl

/// `clear`: homes the cursor and clears the screen and scrollback, as ncurses' `clear` does on xterm.
struct ClearCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        context.io.out(clearScreen)
        return 0
    }
}

private let clearScreen = "\u{1B}[H\u{1B}[2J\u{1B}[3J"
