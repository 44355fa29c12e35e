/// A redirection such as `> file`, `2>&1` or `<<EOF`.
struct Redirection {
    /// The file descriptor written before the operator, if any (`2>`).
    var fd: Int?
    var op: ShellOperator
    /// The word after the operator; for here-documents, the delimiter as written.
    var target: ShellWord
    var hereDocument: HereDocument?
}

/// `NAME=value` written before a command's name.
struct Assignment {
    var name: String
    var value: ShellWord
    /// `NAME[INDEX]=value`: the index expression.
    var index: String? = nil
    /// `NAME=(WORDS)`: the words of an array.
    var elements: [ShellWord]? = nil
    /// `NAME+=...`: the value is added to the end of what is there.
    var appends = false
}

/// A command with its words, prefix assignments and redirections.
struct SimpleCommand {
    var assignments: [Assignment] = []
    var words: [ShellWord] = []
    var redirections: [Redirection] = []
    /// `declare NAME=(WORDS)` and the like: the array words of such an argument, by its index in `words`.
    var arrayArguments: [Int: [ShellWord]] = [:]
    /// The source line the command starts on (where its first token ended), for messages.
    var line = 0
    /// The last command of `bash -c`'s string: a program it runs takes the shell's place, as
    /// after `exec` (`ShellExecutor.runSource`).
    var replacesShell = false
}

/// One stage of a pipeline.
indirect enum Command {
    case simple(SimpleCommand)
    /// `( list )`: runs in a copy of the shell's state.
    case subshell(CommandList, [Redirection])
    /// `if`, `while`, `for`, `case`, `{ }` or `[[ ]]`, with redirections after its end.
    case compound(CompoundCommand, [Redirection])
    /// `NAME() BODY` or `function NAME BODY`: defines a function whose body is a compound command.
    case function(String, Command)
}

/// Commands joined by `|` (or `|&`, which also pipes standard error).
struct Pipeline {
    var negated = false
    /// `time` or `time -p` before it: how long it took is reported on standard error.
    var timing: PipelineTiming?
    /// The commands; none for `time` alone.
    var stages: [Command]
    /// For each `|` between stages, whether it was `|&`.
    var pipesStandardError: [Bool] = []
}

/// The format `time` reports in: bash's own (`$TIMEFORMAT`), or POSIX's with `-p`.
enum PipelineTiming {
    case bash, posix
}

/// Pipelines joined by `&&` and `||`.
struct AndOrList {
    var first: Pipeline
    var rest: [(op: ShellOperator, pipeline: Pipeline)] = []
    /// Ended by `&`: run as a background job.
    var background = false
}

/// And-or lists separated by `;`, `&` or newlines.
struct CommandList {
    var items: [AndOrList] = []
}
