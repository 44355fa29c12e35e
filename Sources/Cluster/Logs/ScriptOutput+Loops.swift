/// `while`, `until` and `for` loops in a container's script, and `break [N]` and `continue [N]`,
/// which leave N loops (all there are when N is more) or go on with the Nth's next turn.
///
/// Outside a loop dash and busybox ash let them pass (and bash started as `sh`); bash says so
/// and goes on. A function's
/// body runs outside its caller's loops in dash and bash, inside them in ash (a `break` there
/// leaves the caller's loop). A `$(...)` runs inside them: a `break` there ends the substitution.
/// A count that is not a positive number is an error: dash and ash end with 2; bash's `0` leaves
/// every loop with status 1.
extension ScriptOutput {
    /// A `break` or `continue` on its way out of the loops it names.
    struct LoopControl {
        /// How many loops are still to leave; the last one goes on with its next turn when `continues`.
        var levels: Int
        var continues: Bool
    }

    /// Runs `while CONDITION; do BODY; done`, or with `until` while the condition fails; its
    /// status is the body's last, 0 when the body never ran.
    mutating func runWhile(_ condition: [ScriptSyntax.Word], line: Int, body: [ScriptSyntax.Statement], until: Bool) {
        var bodyStatus = 0
        loopDepth += 1
        defer { loopDepth -= 1 }
        while !stopped, !returning {
            runCondition(condition, line: line)
            if stopped || returning { break }
            if loopControl != nil {
                if nextTurn() { continue } else { break }
            }
            guard (status == 0) != until else { break }
            run(body)
            bodyStatus = status
            if loopControl != nil, !nextTurn() { break }
        }
        if !returning { status = bodyStatus }
    }

    /// Runs `for NAME in WORDS; do BODY; done` over the words' fields.
    mutating func runFor(_ name: String, _ items: [ScriptSyntax.Word], line: Int, body: [ScriptSyntax.Statement]) {
        self.line = line
        status = 0
        loopDepth += 1
        defer { loopDepth -= 1 }
        for item in expandAll(items) where !stopped && !returning {
            variables[name] = item
            run(body)
            if loopControl != nil, !nextTurn() { break }
        }
    }

    /// Takes a `break` or `continue` that reached the running loop: true when the loop goes on
    /// with its next turn, false when it is left (and the control goes on outward).
    private mutating func nextTurn() -> Bool {
        guard let control = loopControl else { return true }
        if control.levels > 1 {
            loopControl?.levels -= 1
            return false
        }
        loopControl = nil
        return control.continues
    }

    /// `break` and `continue` with their arguments; false when this reader does not follow them.
    mutating func loopBuiltin(_ program: String, _ args: [String]) -> Bool {
        let count = args.first
        if shell == .bash {
            guard loopDepth > 0 else {
                // Started as `sh`, in its POSIX mode, bash lets them pass too.
                if !bashPosix { writeError(builtinMessagePrefix(program) + Self.bashOutsideLoop) }
                status = 0
                return true
            }
            guard args.count <= 1 else { return false }
            guard let count else { return leave(levels: 1, continues: program == "continue") }
            guard let levels = Int(count) else { return false }
            guard levels > 0 else {
                writeError(builtinMessagePrefix(program) + count + ": " + Self.bashCountOutOfRange)
                loopControl = LoopControl(levels: loopDepth, continues: false)
                status = 1
                return true
            }
            return leave(levels: levels, continues: program == "continue")
        }
        // dash and ash read the count first, and take no more than one.
        guard let count else { return leave(levels: 1, continues: program == "continue") }
        guard !count.isEmpty, count.allSatisfy({ $0.isASCII && $0.isNumber }), let levels = Int(count), levels > 0 else {
            writeError(builtinMessagePrefix(program) + Self.illegalNumber + count + "\n")
            status = 2
            endShell()
            return true
        }
        return leave(levels: levels, continues: program == "continue")
    }

    /// Leaves `levels` of the loops the command is in (all of them when there are fewer).
    private mutating func leave(levels: Int, continues: Bool) -> Bool {
        status = 0
        if loopDepth > 0 { loopControl = LoopControl(levels: min(levels, loopDepth), continues: continues) }
        return true
    }

    static let bashOutsideLoop = "only meaningful in a `for', `while', or `until' loop\n"
    static let bashCountOutOfRange = "loop count out of range\n"
    static let illegalNumber = "Illegal number: "
}
