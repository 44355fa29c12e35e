/// Shell functions in a container's script: a call runs the body with the call's arguments as
/// the positional parameters (`$0` stays the shell's), `return [N]` leaves it with N or the last
/// status, `local` keeps a variable's value for the call, and `unset` removes variables.
/// Calls within calls are bounded (`maxCallDepth`): deeper, the reader stops, as it cannot tell
/// how the real shell would run out of stack.
extension ScriptOutput {
    /// Runs a function's body with `args`.
    mutating func call(_ body: [ScriptSyntax.Statement], _ args: [String]) {
        guard callDepth < Self.maxCallDepth else {
            stopped = true
            return
        }
        let outer = (positional, replacesShell, loopDepth)
        positional = args
        replacesShell = false
        // dash and bash run the body outside the caller's loops; ash inside them.
        if shell != .ash { loopDepth = 0 }
        callDepth += 1
        localFrames.append([:])
        // `$?` in the body starts as the caller's last status (`return` alone may give it back).
        run(body)
        returning = false
        for (name, saved) in localFrames.removeLast() {
            variables[name] = saved.value
            if saved.exported, !exported.contains(name) { exported.append(name) }
            if !saved.exported { exported.removeAll { $0 == name } }
        }
        callDepth -= 1
        (positional, replacesShell, loopDepth) = outer
    }

    /// `return`, `local` and `unset`, run after a command whose status was `previous`; false
    /// when this reader does not follow them.
    mutating func functionBuiltin(_ program: String, _ args: [String], previous: Int) -> Bool {
        switch program {
        case "return":
            guard args.count <= 1 else { return false }
            status = previous
            if let code = args.first {
                guard let number = Int(code) else { return false }
                status = number & 0xff
            }
            guard callDepth > 0 else {
                // dash and ash leave the script as `exit` would; bash refuses and goes on.
                guard shell == .bash else {
                    endShell()
                    return true
                }
                writeError(builtinMessagePrefix("return") + Self.bashReturnOutside)
                status = 1
                return true
            }
            returning = true
        case "local":
            guard callDepth > 0 else {
                writeError(builtinMessagePrefix("local") + (shell == .bash ? Self.bashLocalOutside : Self.localOutside))
                // A special builtin's error ends dash and ash.
                status = shell == .bash ? 1 : 2
                if shell != .bash {
                    endShell()
                }
                return true
            }
            for arg in args {
                let name = String(arg.prefix { $0 != "=" })
                guard Self.isName(name[...]) else { return false }
                if localFrames[localFrames.count - 1][name] == nil {
                    localFrames[localFrames.count - 1][name] = (variables[name], exported.contains(name))
                }
                if arg.contains("=") {
                    assign(arg)
                } else if shell != .dash {
                    // bash and ash start a local variable unset; dash keeps the value it had.
                    variables[name] = nil
                }
            }
            status = 0
        default:
            guard args.allSatisfy({ Self.isName($0[...]) }) else { return false }
            for name in args {
                variables[name] = nil
                exported.removeAll { $0 == name }
            }
            status = 0
        }
        return true
    }

    static let bashReturnOutside = "can only `return' from a function or sourced script\n"
    static let bashLocalOutside = "can only be used in a function\n"
    static let localOutside = "not in a function\n"
}
