import Kubectl

/// `unset`: removes variables, functions (`-f`) and array elements (`unset 'NAME[INDEX]'`).
struct UnsetBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["f", "v", "n"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("unset", invalid, usage: usage))
            return 2
        }
        var status: Int32 = 0
        for operand in parsed.operands {
            // A name reference stands for its target, unless `-n` means the reference itself.
            let name = parsed.options.contains("n") ? operand : context.session.referencedName(operand)
            if parsed.options.contains("f") {
                context.session.functions[name] = nil
                context.session.exportedFunctions.remove(name)
                continue
            }
            let base = String(name.prefix { $0 != "[" })
            if context.session.isReadonly(base) {
                context.io.err("bash: unset: \(base): cannot unset: readonly variable\n")
                status = 1
                continue
            }
            if base != name, name.hasSuffix("]") {
                if !unsetElement(base, String(name.dropFirst(base.count + 1).dropLast()), context) { status = 1 }
                continue
            }
            // Without -v, a name that is no variable may be a function.
            let isVariable =
                context.session.environment[name] != nil || context.session.arrays[name] != nil
                || context.session.associative[name] != nil
            if !isVariable && !parsed.options.contains("v") { context.session.functions[name] = nil }
            context.session.environment[name] = nil
            context.session.arrays[name] = nil
            context.session.associative[name] = nil
            context.session.attributes[name] = nil
            context.session.exported.remove(name)
        }
        return status
    }

    /// Removes one element (`[@]` and `[*]`: every element, leaving the array empty); element 0
    /// of a scalar is the scalar. False after bash's complaint about an index before the first.
    private func unsetElement(_ name: String, _ index: String, _ context: CommandContext) -> Bool {
        let session = context.session
        if session.associative[name] != nil {
            session.associative[name]?.remove(index)
            return true
        }
        guard var values = session.arrays[name] else {
            if index == "@" || index == "*" || (try? session.arithmeticValue(index)) == 0 {
                session.environment[name] = nil
            }
            return true
        }
        if index == "@" || index == "*" {
            session.arrays[name] = [:]
            return true
        }
        let position: Int64
        do {
            let given = try session.arithmeticValue(index)
            position = given < 0 ? Int64((values.keys.max() ?? -1) + 1) + given : given
        } catch {
            context.io.err("bash: unset: \(error.message)\n")
            return false
        }
        guard position >= 0 else {
            context.io.err("bash: unset: [\(index)]: bad array subscript\n")
            return false
        }
        if position <= Int64(Int32.max) { values[Int(position)] = nil }
        session.arrays[name] = values
        return true
    }
}

private let usage = "unset [-f] [-v] [-n] [name ...]"
