/// Parses a Go template into nodes with Go 1.23's grammar and its error messages
/// (`template: output:1: unclosed action`, `function "x" not defined`, ...).
struct GoTemplateParser {
    /// A template Go refuses; `message` is the whole `template: NAME:LINE: ...` text.
    struct Failure: Error {
        var message: String
    }

    typealias Token = GoTemplateLexer.Token

    private let name: String
    private let functions: Set<String>
    private let tokens: [Token]
    private var index = 0
    /// The furthest token read from the lexer: Go reports its line.
    private var furthest = 0
    private var vars = ["$"]
    private var rangeDepth = 0
    private var actionLine = 0
    /// Templates named by `{{define}}` and `{{block}}`.
    private var definitions: [String: [GoTemplateNode]] = [:]

    /// A parsed template: its top-level nodes and the templates it defines.
    struct Parsed {
        var root: [GoTemplateNode]
        var definitions: [String: [GoTemplateNode]]
    }

    /// Parses `text`, a template called `name` that may call `functions`.
    static func parse(_ text: String, name: String, functions: Set<String>) throws(Failure) -> Parsed {
        var parser = GoTemplateParser(name: name, functions: functions, tokens: GoTemplateLexer.tokens(text))
        let root = try parser.parseTop()
        return Parsed(root: root, definitions: parser.definitions)
    }

    private init(name: String, functions: Set<String>, tokens: [Token]) {
        self.name = name
        self.functions = functions
        self.tokens = tokens
    }

    // MARK: Tokens

    private mutating func next() -> Token {
        let token = tokens[min(index, tokens.count - 1)]
        furthest = max(furthest, index)
        index += 1
        return token
    }

    private mutating func backup() { index -= 1 }

    private mutating func peek() -> Token {
        let token = next()
        backup()
        return token
    }

    private mutating func nextNonSpace() -> Token {
        var token = next()
        while token.kind == .space { token = next() }
        return token
    }

    private mutating func peekNonSpace() -> Token {
        let token = nextNonSpace()
        backup()
        return token
    }

    private func failure(_ message: String) -> Failure {
        let line = tokens[min(furthest, tokens.count - 1)].line
        return Failure(message: "template: \(name):\(line): \(message)")
    }

    private func unexpected(_ token: Token, _ context: String) -> Failure {
        if token.kind == .error {
            var extra = ""
            if actionLine != 0, actionLine != token.line {
                extra = " in action started at \(name):\(actionLine)"
                if token.value.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return failure(token.value + extra)
        }
        return failure("unexpected \(token.described) in \(context)")
    }

    private mutating func expect(_ kind: Token.Kind, _ context: String) throws(Failure) -> Token {
        let token = nextNonSpace()
        guard token.kind == kind else { throw unexpected(token, context) }
        return token
    }

    // MARK: Structure

    private mutating func parseTop() throws(Failure) -> [GoTemplateNode] {
        var root: [GoTemplateNode] = []
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let saved = index
                _ = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                index = saved
            }
            let node = try textOrAction()
            switch node {
            case .end, .elseNode: throw failure("unexpected \(node.description)")
            default: root.append(node)
            }
        }
        return root
    }

    /// `{{define "name"}} ... {{end}}`, the keyword read.
    private mutating func parseDefinition() throws(Failure) {
        let token = nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, "define clause") }
        guard let defined = GoTemplateLiteral.unquote(token.value) else { throw failure("invalid syntax") }
        _ = try expect(.rightDelim, "define clause")
        let list = try nested { parser throws(Failure) in try parser.itemList() }
        guard case .end = list.1 else { throw failure("unexpected \(list.1.description) in define clause") }
        try add(defined, list.0)
    }

    /// Parses a nested template body with its own variables, as Go does with a new tree.
    private mutating func nested<T>(_ body: (inout GoTemplateParser) throws(Failure) -> T) throws(Failure) -> T {
        let (savedVars, savedDepth) = (vars, rangeDepth)
        vars = ["$"]
        rangeDepth = 0
        defer { (vars, rangeDepth) = (savedVars, savedDepth) }
        return try body(&self)
    }

    private mutating func add(_ defined: String, _ list: [GoTemplateNode]) throws(Failure) {
        if let existing = definitions[defined], !Self.isEmpty(existing), !Self.isEmpty(list) {
            throw failure("template: multiple definition of template \(GoValueFormat.quote(defined))")
        }
        if definitions[defined].map(Self.isEmpty) ?? true { definitions[defined] = list }
    }

    private static func isEmpty(_ nodes: [GoTemplateNode]) -> Bool {
        nodes.allSatisfy { node in
            if case .text(let text) = node { return text.allSatisfy(\.isWhitespace) }
            return false
        }
    }

    private mutating func itemList() throws(Failure) -> ([GoTemplateNode], GoTemplateNode) {
        var list: [GoTemplateNode] = []
        while peekNonSpace().kind != .eof {
            let node = try textOrAction()
            switch node {
            case .end, .elseNode: return (list, node)
            default: list.append(node)
            }
        }
        throw failure("unexpected EOF")
    }

    private mutating func textOrAction() throws(Failure) -> GoTemplateNode {
        let token = nextNonSpace()
        switch token.kind {
        case .text: return .text(token.value)
        case .leftDelim:
            actionLine = token.line
            defer { actionLine = 0 }
            return try action()
        default: throw unexpected(token, "input")
        }
    }

    private mutating func action() throws(Failure) -> GoTemplateNode {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return try blockControl()
        case .break: return try loopControl(token, "break")
        case .continue: return try loopControl(token, "continue")
        case .else: return try elseControl()
        case .end: return .end(pos: try expect(.rightDelim, "end").pos)
        case .if: return try control("if")
        case .range: return try control("range")
        case .template: return try templateControl()
        case .with: return try control("with")
        default:
            backup()
            let start = peek()
            return .action(pos: start.pos, pipe: try pipeline("command", end: .rightDelim))
        }
    }

    private mutating func loopControl(_ keyword: Token, _ word: String) throws(Failure) -> GoTemplateNode {
        let token = nextNonSpace()
        guard token.kind == .rightDelim else { throw unexpected(token, "{{\(word)}}") }
        guard rangeDepth > 0 else { throw failure("{{\(word)}} outside {{range}}") }
        return word == "break" ? .breakNode(pos: keyword.pos) : .continueNode(pos: keyword.pos)
    }

    private mutating func elseControl() throws(Failure) -> GoTemplateNode {
        let peeked = peekNonSpace()
        if peeked.kind == .if || peeked.kind == .with { return .elseNode(pos: peeked.pos) }
        return .elseNode(pos: try expect(.rightDelim, "else").pos)
    }

    /// `{{block "name" pipeline}} ... {{end}}`: defines the template and runs it here.
    private mutating func blockControl() throws(Failure) -> GoTemplateNode {
        let token = nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, "block clause") }
        guard let defined = GoTemplateLiteral.unquote(token.value) else { throw failure("invalid syntax") }
        let pipe = try pipeline("block clause", end: .rightDelim)
        let list = try nested { parser throws(Failure) in try parser.itemList() }
        guard case .end = list.1 else { throw failure("unexpected \(list.1.description) in block clause") }
        try add(defined, list.0)
        return .template(pos: token.pos, name: defined, pipe: pipe)
    }

    private mutating func templateControl() throws(Failure) -> GoTemplateNode {
        let token = nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, "template clause") }
        guard let templateName = GoTemplateLiteral.unquote(token.value) else { throw failure("invalid syntax") }
        var pipe: GoTemplateNode.Pipe?
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline("template clause", end: .rightDelim)
        }
        return .template(pos: token.pos, name: templateName, pipe: pipe)
    }

    private mutating func control(_ context: String) throws(Failure) -> GoTemplateNode {
        let depth = vars.count
        defer { vars.removeLast(vars.count - depth) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        let (list, first) = try itemList()
        var next = first
        if context == "range" { rangeDepth -= 1 }
        var elseList: [GoTemplateNode]?
        if case .elseNode = next {
            if context == "if", peek().kind == .if {
                _ = self.next()
                elseList = [try control("if")]
            } else if context == "with", peek().kind == .with {
                _ = self.next()
                elseList = [try control("with")]
            } else {
                (elseList, next) = try itemList()
                guard case .end = next else { throw failure("expected end; found \(next.description)") }
            }
        }
        switch context {
        case "if": return .ifNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
        case "range": return .rangeNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
        default: return .withNode(pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
        }
    }

    // MARK: Pipelines

    private mutating func pipeline(_ context: String, end: Token.Kind) throws(Failure) -> GoTemplateNode.Pipe {
        var pipe = GoTemplateNode.Pipe(pos: peekNonSpace().pos)
        declarations: while true {
            let variable = peekNonSpace()
            guard variable.kind == .variable else { break }
            let saved = index
            _ = nextNonSpace()
            let following = peekNonSpace()
            if following.kind == .assign || following.kind == .declare {
                pipe.isAssign = following.kind == .assign
                _ = nextNonSpace()
                pipe.declarations.append(variable.value)
                vars.append(variable.value)
            } else if following.kind == .char, following.value == "," {
                _ = nextNonSpace()
                pipe.declarations.append(variable.value)
                vars.append(variable.value)
                if context == "range", pipe.declarations.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen: continue declarations
                    default: throw failure("range can only initialize variables")
                    }
                }
                throw failure("too many declarations in \(context)")
            } else {
                // `$x foo` or `$x.a`: the variable is an operand; read it again.
                index = saved
            }
            break
        }
        while true {
            let token = nextNonSpace()
            switch token.kind {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nil, .rawString, .string,
                .variable, .leftParen:
                backup()
                pipe.commands.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    private func checkPipeline(_ pipe: GoTemplateNode.Pipe, _ context: String) throws(Failure) {
        if pipe.commands.isEmpty { throw failure("missing value for \(context)") }
        for (offset, command) in pipe.commands.enumerated().dropFirst() {
            switch command.args.first {
            case .bool?, .dot?, .nilValue?, .number?, .string?:
                throw failure("non executable command in pipeline stage \(offset + 1)")
            default: continue
            }
        }
    }

    private mutating func command() throws(Failure) -> GoTemplateNode.Command {
        var command = GoTemplateNode.Command(pos: peekNonSpace().pos)
        loop: while true {
            _ = peekNonSpace()
            if let operand = try operand() { command.args.append(operand) }
            let token = next()
            switch token.kind {
            case .space: continue loop
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(token, "operand")
            }
            break
        }
        if command.args.isEmpty { throw failure("empty command") }
        return command
    }

    private mutating func operand() throws(Failure) -> GoTemplateNode? {
        guard let node = try term() else { return nil }
        guard peek().kind == .field else { return node }
        let chainPos = peek().pos
        var fields: [String] = []
        while peek().kind == .field { fields.append(String(next().value.dropFirst())) }
        switch node {
        case .field(_, let names): return .field(pos: chainPos, names: names + fields)
        case .variable(_, let names): return .variable(pos: chainPos, names: names + fields)
        case .bool, .string, .number, .nilValue, .dot:
            throw failure("unexpected . after term \(GoValueFormat.quote(node.description))")
        default: return .chain(pos: chainPos, node: node, fields: fields)
        }
    }

    private mutating func term() throws(Failure) -> GoTemplateNode? {
        let token = nextNonSpace()
        switch token.kind {
        case .identifier:
            guard functions.contains(token.value) else {
                throw failure("function \(GoValueFormat.quote(token.value)) not defined")
            }
            return .identifier(pos: token.pos, name: token.value)
        case .dot: return .dot(pos: token.pos)
        case .nil: return .nilValue(pos: token.pos)
        case .variable:
            let names = token.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard vars.contains(names[0]) else { throw failure("undefined variable \(GoValueFormat.quote(names[0]))") }
            return .variable(pos: token.pos, names: names)
        case .field: return .field(pos: token.pos, names: [String(token.value.dropFirst())])
        case .bool: return .bool(pos: token.pos, token.value == "true")
        case .charConstant, .complex, .number:
            do {
                return .number(try GoTemplateLiteral.number(token.value, kind: token.kind, pos: token.pos))
            } catch {
                throw failure(error.message)
            }
        case .leftParen:
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            guard let text = GoTemplateLiteral.unquote(token.value) else { throw failure("invalid syntax") }
            return .string(pos: token.pos, quoted: token.value, text: text)
        default:
            backup()
            return nil
        }
    }
}
