import Kubectl

/// `declare` (and `typeset`): variables with attributes, set or printed back.
///
/// It sets variables with attributes (`-i` integer, `-r` read-only, `-x` exported, `-a`
/// indexed array, `-A` associative, `-l`/`-u` lower/upper case, `-n` a name reference; `+i`, `+x`,
/// ... take them away), or prints them back as
/// `declare` lines (`-p`), the functions (`-f`, `-F`) or, with no operands, every variable
/// that has the attributes asked for. Inside a function it makes the variables local unless
/// given `-g`.
struct DeclareBuiltin: ShellCommand {
    let name: String

    func run(_ context: CommandContext) -> Int32 {
        guard let (on, off, operands) = parse(context) else { return 2 }
        let session = context.session
        if on.contains("f") || on.contains("F") { return functions(context, operands, namesOnly: on.contains("F")) }
        if operands.isEmpty {
            let wanted = on.subtracting(["p", "g"])
            guard !wanted.isEmpty || on.contains("p") else {
                context.io.out(SetBuiltin.listing(session))
                return 0
            }
            for variable in variables(session) where wanted.allSatisfy({ has(session, variable, $0) }) {
                context.io.out(declaration(session, variable))
            }
            return 0
        }
        if on.contains("p") {
            var status: Int32 = 0
            for operand in operands {
                guard isSet(session, operand) else {
                    context.io.err("bash: \(name): \(operand): not found\n")
                    status = 1
                    continue
                }
                context.io.out(declaration(session, operand))
            }
            return status
        }
        var status: Int32 = 0
        let offset = context.arguments.count - operands.count
        for (index, operand) in operands.enumerated() {
            let items = context.arrayValues[offset + index]
            if !declare(operand, items: items, on: on, off: off, context) { status = 1 }
        }
        return status
    }

    /// Sets one `NAME[=VALUE]` (`NAME+=VALUE` appends; `items` are the elements of
    /// `NAME=(...)`) with the attributes given; false after saying why it could not.
    private func declare(
        _ operand: String, items: [ArrayItem]?, on: Set<Character>, off: Set<Character>, _ context: CommandContext
    ) -> Bool {
        let session = context.session
        var variable = String(operand.prefix { $0 != "=" })
        let appends = operand.contains("=") && variable.hasSuffix("+")
        if appends { variable.removeLast() }
        guard ReadBuiltin.isIdentifier(variable) else {
            context.io.err("bash: \(name): `\(operand)': not a valid identifier\n")
            return false
        }
        if session.isReadonly(variable), operand.contains("=") || off.contains("r") {
            context.io.err("bash: \(name): \(variable): readonly variable\n")
            return false
        }
        let reference = on.contains("n") && operand.contains("=") ? String(operand.dropFirst(variable.count + 1)) : nil
        if let reference, let refusal = session.referenceRefusal(variable, target: reference) {
            context.io.err("bash: \(name): \(refusal)\n")
            return false
        }
        if session.functionDepth > 0, !on.contains("g") { session.makeLocal(variable) }
        if let refusal = arrayConversion(session, variable, on: on) {
            context.io.err("bash: \(name): \(variable): \(refusal)\n")
            return false
        }
        var attributes = session.attributes[variable] ?? []
        attributes.formUnion(on.intersection(["a", "A", "i", "n", "r", "l", "u"]))
        attributes.subtract(off)
        // -l and -u undo each other; given together, neither holds.
        if on.contains("l") { attributes.remove("u") }
        if on.contains("u") { attributes.remove("l") }
        if on.isSuperset(of: ["l", "u"]) { attributes.subtract(["l", "u"]) }
        session.attributes[variable] = attributes
        if on.contains("x") { session.exported.insert(variable) }
        if off.contains("x") { session.exported.remove(variable) }
        if on.contains("a"), session.arrays[variable] == nil, let scalar = session.environment[variable] {
            session.arrays[variable] = [0: scalar]
            session.environment[variable] = nil
        }
        if on.contains("A"), let scalar = session.environment[variable] {
            session.setAssociative(variable, "0", scalar)
        }
        guard operand.contains("=") else { return true }
        if let reference {
            session.environment[variable] = reference
            return true
        }
        if let items {
            do {
                try session.assignArray(variable, items, appends: appends)
            } catch {
                context.io.err("bash: \(name): \(error.message)\n")
                return false
            }
            return true
        }
        var value = String(operand.dropFirst(variable.count + (appends ? 2 : 1)))
        if appends, let old = session.element(variable, 0) {
            value = attributes.contains("i") ? "\(old)+(\(value))" : old + value
        }
        if attributes.contains("i") {
            do {
                value = try session.integerValue(value)
            } catch {
                context.io.err("bash: \(name): \(error.message)\n")
                return false
            }
        }
        if session.isAssociative(variable) {
            session.setAssociative(variable, "0", value)
        } else if session.isArray(variable) {
            session.setElement(variable, 0, value)
        } else {
            session.setVariable(variable, value)
        }
        return true
    }

    /// `-f`: each function as `type` prints it; `-F`: only `declare -f NAME`.
    private func functions(_ context: CommandContext, _ operands: [String], namesOnly: Bool) -> Int32 {
        let session = context.session
        let names = operands.isEmpty ? session.functions.keys.sorted(by: codePointOrder) : operands
        var status: Int32 = 0
        for function in names {
            guard let body = session.functions[function] else {
                status = 1
                continue
            }
            context.io.out(namesOnly ? "declare -f \(function)\n" : ShellPrinter.function(function, body) + "\n")
        }
        return status
    }

    /// The options: those turned on with `-`, those turned off with `+`, and the operands.
    ///
    /// Nil after bash's complaint about an option it does not know.
    private func parse(_ context: CommandContext) -> (Set<Character>, Set<Character>, [String])? {
        var on = Set<Character>()
        var off = Set<Character>()
        var rest = context.arguments.dropFirst()
        while let first = rest.first, first.count > 1, first.hasPrefix("-") || first.hasPrefix("+") {
            rest.removeFirst()
            if first == "--" { break }
            for flag in first.dropFirst() {
                guard "aAfFgilnprux".contains(flag), first.hasPrefix("-") || "ailnrux".contains(flag) else {
                    context.io.err(
                        "bash: \(name): \(first.prefix(1))\(flag): invalid option\n\(name): usage: \(name) [-aAfFgiIlnrtux] [name[=value] ...] or \(name) -p [-aAfFilnrtux] [name ...]\n"
                    )
                    return nil
                }
                if first.hasPrefix("-") { on.insert(flag) } else { off.insert(flag) }
            }
        }
        return (on, off, Array(rest))
    }

    /// Every variable, sorted as bash sorts them: those with a value and those only declared
    /// (or exported) without one.
    private func variables(_ session: ShellSession) -> [String] {
        Set(session.environment.keys).union(session.arrays.keys).union(session.associative.keys)
            .union(session.attributes.keys).union(session.exported)
            .sorted(by: codePointOrder)
    }

    private func isSet(_ session: ShellSession, _ variable: String) -> Bool {
        session.environment[variable] != nil || session.arrays[variable] != nil || session.associative[variable] != nil
            || session.attributes[variable] != nil
            || session.exported.contains(variable)
    }

    /// `export -p` and `declare -x`: each exported variable as a `declare` line.
    static func exportedDeclarations(_ session: ShellSession) -> String {
        let builtin = DeclareBuiltin(name: "declare")
        return builtin.variables(session).filter(session.isExported).map { builtin.declaration(session, $0) }.joined()
    }

    /// Whether `variable` has the attribute an option letter names.
    private func has(_ session: ShellSession, _ variable: String, _ flag: Character) -> Bool {
        switch flag {
        case "a": session.isArray(variable)
        case "A": session.isAssociative(variable)
        case "x": session.isExported(variable)
        default: session.attributes[variable]?.contains(flag) == true
        }
    }

    /// `declare -FLAGS NAME="VALUE"`, an array as `([0]="a" [1]="b")`, a variable without a value
    /// by its name alone.
    private func declaration(_ session: ShellSession, _ variable: String) -> String {
        let head = "declare \(session.declarationFlags(variable)) \(variable)"
        if let value = Self.arrayValue(session, variable) { return head + "=" + value + "\n" }
        guard let value = session.environment[variable] else { return head + "\n" }
        return head + "=" + Self.doubleQuoted(value) + "\n"
    }
}
