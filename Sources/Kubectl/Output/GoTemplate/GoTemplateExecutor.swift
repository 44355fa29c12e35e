import KubeAPI
import OrderedCollections

/// Runs a parsed Go template over a value as Go 1.23's `text/template` does: fields of maps,
/// variables, pipelines, `if`/`with`/`range` with `break` and `continue`, and its error texts
/// (`template: output:1:2: executing "output" at <.foo>: map has no entry for key "foo"`).
struct GoTemplateExecutor {
    /// Why execution stopped: an error (its whole text), or a `break`/`continue` unwinding a range.
    enum Interrupt: Error {
        case failure(String)
        case breakLoop
        case continueLoop
    }

    let name: String
    let text: String
    /// `missingkey=error` (`--allow-missing-template-keys=false`).
    let missingKeyError: Bool
    /// Which tool's functions the template may call besides Go's builtins.
    var functionSet = GoTemplateFunctionSet.kubectl
    /// Templates the text defined, and the one running (Go names it in errors).
    var definitions: [String: [GoTemplateNode]] = [:]
    private var current: String
    private var depth = 0
    private(set) var output = ""
    private var vars: [(name: String, value: GoValue)] = []
    private var node: GoTemplateNode?

    init(name: String, text: String, missingKeyError: Bool) {
        self.name = name
        self.text = text
        self.missingKeyError = missingKeyError
        current = name
    }

    /// Runs `nodes` with `data` as dot and `$`; the text printed so far stays in `output` on failure.
    mutating func execute(_ nodes: [GoTemplateNode], data: GoValue) throws(Interrupt) {
        vars = [("$", data)]
        try walk(data, .list(nodes))
    }

    // MARK: Errors

    func failure(_ message: String) -> Interrupt {
        guard let node else { return .failure("template: \(name): \(message)") }
        let bytes = Array(text.utf8)
        let pos = min(node.pos, bytes.count)
        let before = bytes[..<pos]
        let line = 1 + before.count { $0 == UInt8(ascii: "\n") }
        let column = before.lastIndex(of: UInt8(ascii: "\n")).map { pos - ($0 + 1) } ?? pos
        return .failure(
            "template: \(name):\(line):\(column): executing \(GoValueFormat.quote(current)) at <\(node.description)>: \(message)")
    }

    mutating func at(_ node: GoTemplateNode) { self.node = node }

    // MARK: Walking

    private mutating func walk(_ dot: GoValue, _ node: GoTemplateNode) throws(Interrupt) {
        at(node)
        switch node {
        case .action(_, let pipe):
            let value = try evalPipeline(dot, pipe)
            if pipe.declarations.isEmpty {
                at(node)
                output += value.isValid ? GoFormat.sprint([value]) : "<no value>"
            }
        case .breakNode: throw .breakLoop
        case .continueNode: throw .continueLoop
        case .ifNode(_, let pipe, let list, let elseList):
            try walkIfOrWith(isWith: false, dot, pipe, list, elseList)
        case .withNode(_, let pipe, let list, let elseList):
            try walkIfOrWith(isWith: true, dot, pipe, list, elseList)
        case .list(let nodes):
            for child in nodes { try walk(dot, child) }
        case .rangeNode(_, let pipe, let list, let elseList):
            try walkRange(dot, pipe, list, elseList)
        case .template(_, let templateName, let pipe):
            guard let body = definitions[templateName] else {
                throw failure("template \(GoValueFormat.quote(templateName)) not defined")
            }
            if depth >= Self.maximumDepth { throw failure("exceeded maximum template depth (100000)") }
            let value = try pipe.map { pipe throws(Interrupt) in try evalPipeline(dot, pipe) } ?? .invalid
            let saved = (vars, current)
            vars = [("$", value)]
            current = templateName
            depth += 1
            defer {
                (vars, current) = saved
                depth -= 1
            }
            try walk(value, .list(body))
        case .text(let text):
            output += text
        default:
            throw failure("unknown node: \(node.description)")
        }
    }

    private mutating func walkIfOrWith(
        isWith: Bool, _ dot: GoValue, _ pipe: GoTemplateNode.Pipe, _ list: [GoTemplateNode],
        _ elseList: [GoTemplateNode]?
    ) throws(Interrupt) {
        let mark = vars.count
        defer { vars.removeLast(vars.count - mark) }
        let value = try evalPipeline(dot, pipe)
        guard let truth = value.truth else { throw failure("if/with can't use \(GoFormat.sprint([value]))") }
        if truth {
            try walk(isWith ? value : dot, .list(list))
        } else if let elseList {
            try walk(dot, .list(elseList))
        }
    }

    private mutating func walkRange(
        _ dot: GoValue, _ pipe: GoTemplateNode.Pipe, _ list: [GoTemplateNode], _ elseList: [GoTemplateNode]?
    ) throws(Interrupt) {
        let outer = vars.count
        defer { vars.removeLast(vars.count - outer) }
        let value = try evalPipeline(dot, pipe).dug
        let mark = vars.count
        var pairs: [(GoValue, GoValue)] = []
        switch value {
        case .invalid: break
        case .json(.array(let items)): pairs = items.enumerated().map { (.int($0.offset), .element($0.element)) }
        case .json(.object(let members)):
            pairs = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
                (.json(.string($0.key)), .element($0.value))
            }
        default:
            throw failure("range can't iterate over \(GoFormat.sprint([value]))")
        }
        if !pairs.isEmpty {
            loop: for (index, element) in pairs {
                if !pipe.declarations.isEmpty {
                    if pipe.isAssign {
                        try setVar(pipe.declarations[0], pipe.declarations.count > 1 ? index : element)
                        if pipe.declarations.count > 1 { try setVar(pipe.declarations[1], element) }
                    } else {
                        vars[vars.count - 1].value = element
                        if pipe.declarations.count > 1 { vars[vars.count - 2].value = index }
                    }
                }
                do {
                    try walk(element, .list(list))
                } catch .breakLoop {
                    vars.removeLast(vars.count - mark)
                    break loop
                } catch .continueLoop {
                } catch {
                    throw error
                }
                vars.removeLast(vars.count - mark)
            }
            return
        }
        if let elseList { try walk(dot, .list(elseList)) }
    }

    /// How deep `{{template}}` calls may nest here (Go allows more, with a deeper stack).
    static let maximumDepth = 1000

    // MARK: Variables

    private mutating func setVar(_ name: String, _ value: GoValue) throws(Interrupt) {
        guard let index = vars.lastIndex(where: { $0.name == name }) else { throw failure("undefined variable: \(name)") }
        vars[index].value = value
    }

    private func varValue(_ name: String) throws(Interrupt) -> GoValue {
        guard let found = vars.last(where: { $0.name == name }) else { throw failure("undefined variable: \(name)") }
        return found.value
    }

    // MARK: Evaluation

    mutating func evalPipeline(_ dot: GoValue, _ pipe: GoTemplateNode.Pipe) throws(Interrupt) -> GoValue {
        at(.pipe(pipe))
        var value: GoValue?
        for command in pipe.commands {
            value = try evalCommand(dot, command, final: value).dug
        }
        let result = value ?? .invalid
        for variable in pipe.declarations {
            if pipe.isAssign { try setVar(variable, result) } else { vars.append((variable, result)) }
        }
        return result
    }

    private mutating func evalCommand(
        _ dot: GoValue, _ command: GoTemplateNode.Command, final: GoValue?
    ) throws(Interrupt) -> GoValue {
        let first = command.args[0]
        switch first {
        case .field(_, let names):
            at(first)
            return try evalFieldChain(dot, dot, names, args: command.args, final: final)
        case .chain:
            return try evalChain(dot, first, args: command.args, final: final)
        case .identifier(_, let name):
            return try evalFunction(dot, first, name, command: .command(command), args: Array(command.args.dropFirst()),
                                    final: final)
        case .pipe(let pipe):
            try notAFunction(command.args, final)
            return try evalPipeline(dot, pipe)
        case .variable(_, let names):
            at(first)
            let value = try varValue(names[0])
            if names.count == 1 {
                try notAFunction(command.args, final)
                return value
            }
            return try evalFieldChain(dot, value, Array(names.dropFirst()), args: command.args, final: final)
        default: break
        }
        at(first)
        try notAFunction(command.args, final)
        switch first {
        case .bool(_, let flag): return .json(.bool(flag))
        case .dot: return dot
        case .nilValue: throw failure("nil is not a command")
        case .number(let number): return try constant(number)
        case .string(_, _, let text): return .json(.string(text))
        default: throw failure("can't evaluate command \(GoValueFormat.quote(first.description))")
        }
    }

    private func notAFunction(_ args: [GoTemplateNode], _ final: GoValue?) throws(Interrupt) {
        if args.count > 1 || final != nil {
            throw failure("can't give argument to non-function \(args[0].description)")
        }
    }

    mutating func constant(_ number: GoTemplateNode.Number) throws(Interrupt) -> GoValue {
        at(.number(number))
        guard let value = GoTemplateLiteral.value(number) else { throw failure("\(number.text) overflows int") }
        return value
    }

    private mutating func evalChain(
        _ dot: GoValue, _ chain: GoTemplateNode, args: [GoTemplateNode], final: GoValue?
    ) throws(Interrupt) -> GoValue {
        at(chain)
        guard case .chain(_, let inner, let fields) = chain else { return .invalid }
        if case .nilValue = inner { throw failure("indirection through explicit nil in \(chain.description)") }
        let receiver: GoValue
        switch inner {
        case .pipe(let pipe): receiver = try evalPipeline(dot, pipe)
        case .identifier(_, let name): receiver = try evalFunction(dot, inner, name, command: inner, args: [], final: nil)
        default: receiver = try evalArgument(dot, .value, inner)
        }
        at(chain)
        return try evalFieldChain(dot, receiver, fields, args: args, final: final)
    }

    private mutating func evalFieldChain(
        _ dot: GoValue, _ receiver: GoValue, _ names: [String], args: [GoTemplateNode], final: GoValue?
    ) throws(Interrupt) -> GoValue {
        var value = receiver
        for (offset, name) in names.enumerated() {
            let last = offset == names.count - 1
            value = try evalField(name, receiver: value, args: last ? args : [], final: last ? final : nil)
        }
        return value
    }

    private func evalField(
        _ name: String, receiver: GoValue, args: [GoTemplateNode], final: GoValue?
    ) throws(Interrupt) -> GoValue {
        guard receiver.isValid else {
            if missingKeyError { throw failure("nil data; no entry for key \(GoValueFormat.quote(name))") }
            return .invalid
        }
        let typeName = receiver.typeName
        if case .element(.null) = receiver { throw failure("nil pointer evaluating \(typeName).\(name)") }
        if case .json(.object(let members)) = receiver.dug {
            if args.count > 1 || final != nil { throw failure("\(name) is not a method but has arguments") }
            if let found = members[name] { return .element(found) }
            if missingKeyError { throw failure("map has no entry for key \(GoValueFormat.quote(name))") }
            return .invalid
        }
        throw failure("can't evaluate field \(name) in type \(typeName)")
    }

    // MARK: Arguments

    /// How a function declares a parameter: `reflect.Value`, `interface {}` or `string`.
    enum Parameter { case value, any, string }

    mutating func evalArgument(_ dot: GoValue, _ parameter: Parameter, _ node: GoTemplateNode) throws(Interrupt) -> GoValue {
        at(node)
        switch node {
        case .dot: return try validate(dot, parameter)
        case .nilValue:
            switch parameter {
            case .any, .value: return .invalid
            case .string: throw failure("cannot assign nil to string")
            }
        case .field(_, let names): return try validate(try evalFieldChain(dot, dot, names, args: [node], final: nil), parameter)
        case .variable(_, let names):
            let value = try varValue(names[0])
            if names.count == 1 { return try validate(value, parameter) }
            return try validate(try evalFieldChain(dot, value, Array(names.dropFirst()), args: [node], final: nil), parameter)
        case .pipe(let pipe): return try validate(try evalPipeline(dot, pipe), parameter)
        case .identifier(_, let name):
            return try validate(try evalFunction(dot, node, name, command: node, args: [], final: nil), parameter)
        case .chain: return try validate(try evalChain(dot, node, args: [node], final: nil), parameter)
        default: break
        }
        if parameter == .string {
            if case .string(_, _, let text) = node { return .json(.string(text)) }
            throw failure("expected string; found \(node.description)")
        }
        switch node {
        case .bool(_, let flag): return .json(.bool(flag))
        case .number(let number): return try constant(number)
        case .string(_, _, let text): return .json(.string(text))
        default: throw failure("can't handle \(node.description) for arg of type interface {}")
        }
    }

    /// Go's `validateType` for the three parameter kinds builtins use.
    func validate(_ value: GoValue, _ parameter: Parameter) throws(Interrupt) -> GoValue {
        switch parameter {
        case .value: return value
        case .any: return value.dug
        case .string:
            switch value {
            case .invalid: throw failure("invalid value; expected string")
            case .json(.string), .element(.string): return value.dug
            case .element(.null): throw failure("wrong type for value; expected string; got interface {}")
            default: throw failure("wrong type for value; expected string; got \(value.dug.typeName)")
            }
        }
    }
}
