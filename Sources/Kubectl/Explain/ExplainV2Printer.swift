import KubeAPI

/// `kubectl explain --output=plaintext-openapiv2`: the older explain layout, which reads the
/// OpenAPI v2 view of a schema (kubectl's `explain` package, not the v3 templates).
///
/// In that view a type with fields is an `Object`, a type without any (`FieldsV1`) is a map of
/// anything (`map[string]`), and value types such as `Quantity`, `IntOrString` and `Time` are
/// plain strings.
struct ExplainV2Printer {
    let schema: APISchema
    let recursive: Bool

    /// A schema node as kube-openapi's `proto` package models it.
    indirect enum Node {
        case kind(String)
        case array(Node, description: String)
        case map(Node, description: String)
        case primitive(String, description: String)
        case arbitrary(description: String)
        case reference(String, Node, description: String)

        var description: String {
            switch self {
            case .kind: return ""
            case .array(_, let text), .map(_, let text), .primitive(_, let text), .arbitrary(let text),
                .reference(_, _, let text):
                return text
            }
        }
    }

    /// The node a field of this type stands on, with the field's own description.
    func node(_ type: APISchema.FieldType, description: String) -> Node {
        switch type {
        case .list(let inner): return .array(node(inner, description: ""), description: description)
        case .map(let inner): return .map(node(inner, description: ""), description: description)
        case .primitive("Object"): return .map(.arbitrary(description: ""), description: description)
        case .primitive(let name): return .primitive(name, description: description)
        case .named(let name): return .reference(name, definition(name), description: description)
        }
    }

    /// The definition a type name refers to.
    func definition(_ name: String) -> Node {
        guard let type = schema.types[name] else { return .arbitrary(description: "") }
        if type.isObject {
            return type.fields.isEmpty
                ? .map(.arbitrary(description: type.description), description: type.description) : .kind(name)
        }
        return .primitive(type.shownAs ?? "string", description: type.description)
    }

    /// Prints `path` inside `kind`, or kubectl's error for a field that does not exist.
    func print(kind: APISchema.TypeDefinition, apiVersion: String, path: [String], to io: IOStreams) throws(KubectlFailure) {
        let leaf = try lookup(path[...], in: definition(kind.name))
        var printer = ModelPrinter(owner: self, name: path.last ?? "", kind: kind.displayName, apiVersion: apiVersion)
        printer.visit(leaf)
        io.out(printer.writer.out)
    }

    /// kubectl's `fieldLookup`: through references, lists and maps; a primitive ends the walk early.
    private func lookup(_ path: ArraySlice<String>, in node: Node) throws(KubectlFailure) -> Node {
        switch node {
        case .primitive, .arbitrary: return node
        case _ where path.isEmpty: return node
        case .array(let inner, _), .map(let inner, _), .reference(_, let inner, _): return try lookup(path, in: inner)
        case .kind(let name):
            guard let field = schema.types[name]?.fields.first(where: { $0.name == path.first }) else {
                throw .error("field \(GoValueFormat.quote(path.first ?? "")) does not exist")
            }
            return try lookup(path.dropFirst(), in: self.node(field.type, description: field.description))
        }
    }

    /// kubectl's `GetTypeName`: `Object`, `[]Object`, `map[string]string`, `integer`.
    func typeName(_ node: Node) -> String {
        switch node {
        case .kind: return "Object"
        case .array(let inner, _): return "[]" + typeName(inner)
        case .map(let inner, _): return "map[string]" + typeName(inner)
        case .primitive(let name, _): return name
        case .arbitrary: return ""
        case .reference(_, let inner, _): return typeName(inner)
        }
    }

    func fields(of name: String) -> [(APISchema.Field, Node)] {
        (schema.types[name]?.fields ?? []).map { ($0, node($0.type, description: $0.description)) }
    }
}

extension ExplainV2Printer {
    /// kubectl's `modelPrinter`: gathers descriptions and the type on the way down, then prints
    /// the header, the description and the fields of where it ends.
    struct ModelPrinter {
        let owner: ExplainV2Printer
        let name: String
        let kind: String
        let apiVersion: String
        var writer = ExplainFormatter()
        private var descriptions: [String] = []
        private var type = ""

        init(owner: ExplainV2Printer, name: String, kind: String, apiVersion: String) {
            self.owner = owner
            self.name = name
            self.kind = kind
            self.apiVersion = apiVersion
        }

        mutating func visit(_ node: Node) {
            switch node {
            case .reference(_, let inner, let text):
                descriptions.append(text)
                visit(inner)
            case .array(let inner, let text), .map(let inner, let text):
                descriptions.append(text)
                if type.isEmpty { type = owner.typeName(node) }
                visit(inner)
            case .kind(let typeName):
                header()
                if type.isEmpty { type = "Object" }
                if !name.isEmpty { writer.write("RESOURCE: \(name) <\(type)>\n") }
                describe(owner.schema.types[typeName]?.description ?? "")
                writer.write("\nFIELDS:")
                var fields = writer.indented(3)
                if owner.recursive {
                    var visited: Set<String> = []
                    owner.recursiveFields(of: node, into: &fields, visited: &visited)
                } else {
                    owner.regularFields(of: typeName, into: &fields)
                }
                writer.append(fields)
            case .primitive(let primitive, let text):
                header()
                if type.isEmpty { type = primitive }
                writer.write("FIELD:    \(name) <\(type)>\n")
                describe(text)
            case .arbitrary(let text):
                header()
                describe(text)
            }
        }

        private mutating func header() {
            writer.write("KIND:     \(kind)")
            writer.write("VERSION:  \(apiVersion)\n")
        }

        /// The gathered descriptions one after another, a blank line between, or `<empty>`.
        private mutating func describe(_ own: String) {
            writer.write("DESCRIPTION:")
            var body = writer.indented(5)
            var empty = true
            for (offset, text) in (descriptions + [own]).enumerated() where !text.isEmpty {
                empty = false
                if offset != 0 { body.write("") }
                body.writeWrapped(text)
            }
            if empty { body.writeWrapped("<empty>") }
            writer.append(body)
        }
    }

    /// Each field with its type and required mark, then its description two columns further in.
    func regularFields(of typeName: String, into writer: inout ExplainFormatter) {
        for (field, node) in fields(of: typeName) {
            writer.write("\(field.name)\t<\(self.typeName(node))>\(field.required ? " -required-" : "")")
            var description = writer.indented(2)
            description.writeWrapped(field.description)
            writer.append(description)
            writer.write("")
        }
    }

    /// Every field with its type, its own fields three columns further in; a type already being
    /// listed further up is not listed again.
    func recursiveFields(of node: Node, into writer: inout ExplainFormatter, visited: inout Set<String>) {
        switch node {
        case .array(let inner, _), .map(let inner, _): recursiveFields(of: inner, into: &writer, visited: &visited)
        case .primitive, .arbitrary: return
        case .reference(let name, let inner, _):
            guard !visited.contains(name) else { return }
            visited.insert(name)
            recursiveFields(of: inner, into: &writer, visited: &visited)
            visited.remove(name)
        case .kind(let typeName):
            for (field, fieldNode) in fields(of: typeName) {
                writer.write("\(field.name)\t<\(self.typeName(fieldNode))>")
                var inner = writer.indented(3)
                recursiveFields(of: fieldNode, into: &inner, visited: &visited)
                writer.append(inner)
            }
        }
    }
}
