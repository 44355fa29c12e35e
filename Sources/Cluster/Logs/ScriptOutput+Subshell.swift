/// Subshells in a container's script: `( ... )` and each `$(...)` run as a copy of the shell,
/// so the variables, functions, options and positional parameters they change, and an `exit`,
/// `return`, `break` or `continue` in them, end with them; their status is their last command's.
extension ScriptOutput {
    /// Runs `work` in a subshell of the running shell.
    mutating func inSubshell(_ work: (inout ScriptOutput) -> Void) {
        let saved = (variables, exported, positional, errexit, nounset, functions)
        let outer = (replacesShell, line, output, errors)
        subshells += 1
        work(&self)
        subshells -= 1
        (variables, exported, positional, errexit, nounset, functions) = saved
        (replacesShell, line, output, errors) = outer
        returning = false
        loopControl = nil
        leaveSubshell()
    }

    /// Runs `( BODY )`. bash runs it outside the loops around it (a `break` there is outside any
    /// loop); dash and ash inside them, where a `break` ends the subshell.
    mutating func runSubshell(_ body: [ScriptSyntax.Statement]) {
        let loops = loopDepth
        inSubshell { sub in
            if sub.shell == .bash { sub.loopDepth = 0 }
            sub.run(body, tail: true)
        }
        loopDepth = loops
    }
}
