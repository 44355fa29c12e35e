import KubeAPI

/// Renders a kind's schema as `kubectl explain` prints it (the OpenAPI v3 plaintext template):
/// the GROUP/KIND/VERSION header, then the requested field's DESCRIPTION and FIELDS.
struct ExplainPrinter {
    let schema: APISchema
    let recursive: Bool

    /// What a step of the walk stands on: the kind itself, or one of its fields.
    private struct Node {
        var type: APISchema.FieldType
        var field: APISchema.Field?
    }

    /// Prints the explanation of `path` inside `kind`; a field that does not exist is kubectl's
    /// error naming the last element of the path, after the header it has already printed.
    func print(kind: APISchema.TypeDefinition, group: String, version: String, path: [String], to io: IOStreams)
        throws(KubectlFailure)
    {
        var header = group.isEmpty ? "" : "GROUP:      \(group)\n"
        header += "KIND:       \(kind.displayName)\nVERSION:    \(version)\n\n"
        var out = ""
        guard walk(path[...], from: Node(type: .named(kind.name), field: nil), into: &out, isRoot: true) else {
            io.out(header)
            throw .error("field \"\(path.last ?? "")\" does not exist")
        }
        io.out(header + out + "\n")
    }

    /// Follows `path` down from `node` (through lists and maps), printing the FIELD line of its
    /// last element and then the description and fields of where it ends; false if it leads nowhere.
    private func walk(_ path: ArraySlice<String>, from node: Node, into out: inout String, isRoot: Bool = false) -> Bool {
        guard let name = path.first else {
            out += "DESCRIPTION:\n"
            let descriptions = descriptionChain(node)
            let text = descriptions.isEmpty ? "<empty>" : descriptions.map { $0 + "\n" }.joined()
            out += WordWrap.indent(WordWrap.wrap(text, limit: 76), by: 4) + "\n"
            let fields = fieldList(node.type, level: 1, history: [], isRoot: isRoot)
            if !fields.isEmpty { out += "FIELDS:\n" + fields }
            return true
        }
        switch node.type {
        case .list(let inner), .map(let inner):
            return walk(path, from: Node(type: inner, field: nil), into: &out)
        case .named(let typeKey):
            guard let type = schema.types[typeKey], let field = type.fields.first(where: { $0.name == name }) else {
                return false
            }
            if path.count == 1 {
                out += "FIELD: \(name) <\(typeName(of: field.type))>\n"
                if !field.enumValues.isEmpty {
                    out += "ENUM:" + field.enumValues.map { "\n    " + Self.enumText($0) }.joined()
                }
                out += "\n\n"
            }
            return walk(path.dropFirst(), from: Node(type: field.type, field: field), into: &out)
        case .primitive:
            return false
        }
    }

    /// The descriptions kubectl shows for a node: the field's own, then its type's.
    private func descriptionChain(_ node: Node) -> [String] {
        var chain: [String] = []
        if let text = node.field?.description, !text.isEmpty { chain.append(text) }
        var type = node.type
        while true {
            switch type {
            case .list(let inner), .map(let inner):
                type = inner
                continue
            case .named(let name):
                if let text = schema.types[name]?.description, !text.isEmpty { chain.append(text) }
            case .primitive:
                break
            }
            return chain
        }
    }

    /// The FIELDS list of a type at an indent level: each field with its type, required mark and
    /// enum, then its description, or (recursive) its own fields one level deeper. A type already
    /// being listed further up is not listed again.
    private func fieldList(_ type: APISchema.FieldType, level: Int, history: Set<String>, isRoot: Bool = false) -> String {
        switch type {
        case .list(let inner), .map(let inner):
            return fieldList(inner, level: level, history: history)
        case .primitive:
            return ""
        case .named(let name):
            guard let definition = schema.types[name], !history.contains(name) else { return "" }
            let inner = isRoot ? history : history.union([name])
            var out = ""
            for field in definition.fields {
                out += fieldLine(field, level: level)
                if recursive { out += fieldList(field.type, level: level + 1, history: inner) }
            }
            return out
        }
    }

    private func fieldLine(_ field: APISchema.Field, level: Int) -> String {
        let indent = level * 2
        var out = String(repeating: " ", count: indent) + field.name + "\t<" + typeName(of: field.type) + ">"
        if field.required { out += " -required-" }
        if !field.enumValues.isEmpty {
            let shown = field.enumValues.prefix(4).map(Self.enumText).joined(separator: ", ")
            out += "\n" + String(repeating: " ", count: indent) + "enum: " + shown
            if field.enumValues.count > 4 { out += ", ...." }
        }
        out += "\n"
        if !recursive {
            let text = field.description.isEmpty ? "<no description>" : field.description
            out += WordWrap.indent(WordWrap.wrap(text, limit: 78 - indent), by: indent + 2) + "\n\n"
        }
        return out
    }

    /// The type as kubectl guesses it from the schema: `string`, `[]Container`, `map[string]Quantity`.
    private func typeName(of type: APISchema.FieldType) -> String {
        switch type {
        case .list(let inner): "[]" + typeName(of: inner)
        case .map(let inner): "map[string]" + typeName(of: inner)
        case .primitive(let name): name
        case .named(let name): schema.types[name].map { $0.shownAs ?? $0.displayName } ?? name
        }
    }

    /// An enum value as kubectl shows it: the empty string as `""`.
    private static func enumText(_ value: String) -> String { value.isEmpty ? "\"\"" : value }
}
