/// A node of a parsed Go template, as `text/template/parse` builds them; `description` is the
/// node's `String()`, which execution errors quote after `at <...>`.
indirect enum GoTemplateNode {
    case list([GoTemplateNode])
    case text(String)
    case action(pos: Int, pipe: Pipe)
    case ifNode(pos: Int, pipe: Pipe, list: [GoTemplateNode], elseList: [GoTemplateNode]?)
    case rangeNode(pos: Int, pipe: Pipe, list: [GoTemplateNode], elseList: [GoTemplateNode]?)
    case withNode(pos: Int, pipe: Pipe, list: [GoTemplateNode], elseList: [GoTemplateNode]?)
    case breakNode(pos: Int)
    case continueNode(pos: Int)
    case template(pos: Int, name: String, pipe: Pipe?)
    case end(pos: Int)
    case elseNode(pos: Int)
    // Operands.
    case pipe(Pipe)
    case command(Command)
    case field(pos: Int, names: [String])
    case variable(pos: Int, names: [String])
    case chain(pos: Int, node: GoTemplateNode, fields: [String])
    case identifier(pos: Int, name: String)
    case dot(pos: Int)
    case nilValue(pos: Int)
    case bool(pos: Int, Bool)
    case number(Number)
    case string(pos: Int, quoted: String, text: String)

    /// A pipeline: optional `$x :=` or `$x =` declarations, then commands joined by `|`.
    struct Pipe {
        var pos: Int
        var declarations: [String] = []
        var isAssign = false
        var commands: [Command] = []
    }

    /// A command: a function or value and its arguments.
    struct Command {
        var pos: Int
        var args: [GoTemplateNode] = []
    }

    /// A number literal with what it can be read as (Go's `NumberNode`).
    struct Number {
        var pos: Int
        var text: String
        var int: Int64?
        var float: Double?
        var isChar = false
        /// Too big for int64 but a uint64: Go parses it, then refuses to run it.
        var isUnsigned = false
    }

    var pos: Int {
        switch self {
        case .list, .text: return 0
        case .action(let pos, _), .ifNode(let pos, _, _, _), .rangeNode(let pos, _, _, _), .withNode(let pos, _, _, _),
            .breakNode(let pos), .continueNode(let pos), .template(let pos, _, _), .end(let pos), .elseNode(let pos),
            .field(let pos, _), .variable(let pos, _), .chain(let pos, _, _), .identifier(let pos, _), .dot(let pos),
            .nilValue(let pos), .bool(let pos, _), .string(let pos, _, _):
            return pos
        case .pipe(let pipe): return pipe.pos
        case .command(let command): return command.pos
        case .number(let number): return number.pos
        }
    }

    var description: String {
        switch self {
        case .list(let nodes): return nodes.map(\.description).joined()
        case .text(let text): return text
        case .action(_, let pipe): return "{{\(pipe.description)}}"
        case .ifNode(_, let pipe, let list, let elseList): return Self.control("if", pipe, list, elseList)
        case .rangeNode(_, let pipe, let list, let elseList): return Self.control("range", pipe, list, elseList)
        case .withNode(_, let pipe, let list, let elseList): return Self.control("with", pipe, list, elseList)
        case .breakNode: return "{{break}}"
        case .continueNode: return "{{continue}}"
        case .template(_, let name, let pipe):
            guard let pipe else { return "{{template \(GoValueFormat.quote(name))}}" }
            return "{{template \(GoValueFormat.quote(name)) \(pipe.description)}}"
        case .end: return "{{end}}"
        case .elseNode: return "{{else}}"
        case .pipe(let pipe): return pipe.description
        case .command(let command): return command.description
        case .field(_, let names): return names.map { "." + $0 }.joined()
        case .variable(_, let names): return names.joined(separator: ".")
        case .chain(_, let node, let fields):
            let head: String
            if case .pipe = node { head = "(\(node.description))" } else { head = node.description }
            return head + fields.map { "." + $0 }.joined()
        case .identifier(_, let name): return name
        case .dot: return "."
        case .nilValue: return "nil"
        case .bool(_, let value): return value ? "true" : "false"
        case .number(let number): return number.text
        case .string(_, let quoted, _): return quoted
        }
    }

    private static func control(
        _ name: String, _ pipe: Pipe, _ list: [GoTemplateNode], _ elseList: [GoTemplateNode]?
    ) -> String {
        let body = list.map(\.description).joined()
        guard let elseList else { return "{{\(name) \(pipe.description)}}\(body){{end}}" }
        return "{{\(name) \(pipe.description)}}\(body){{else}}\(elseList.map(\.description).joined()){{end}}"
    }
}

extension GoTemplateNode.Pipe {
    var description: String {
        var text = ""
        if !declarations.isEmpty {
            text = declarations.joined(separator: ", ") + (isAssign ? " = " : " := ")
        }
        return text + commands.map(\.description).joined(separator: " | ")
    }
}

extension GoTemplateNode.Command {
    var description: String {
        args.map { arg in
            if case .pipe = arg { return "(\(arg.description))" }
            return arg.description
        }.joined(separator: " ")
    }
}
