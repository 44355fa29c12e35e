import Yams

/// Reads lesson YAML nodes into values, collecting line-numbered diagnostics instead of stopping.
///
/// Every read takes the node it reads, so a problem is reported at the line it is on.
struct LessonReader {
    let file: String
    private(set) var diagnostics: [LintDiagnostic] = []
    /// Prefix naming where the reader is, such as `step "endpoints": `.
    var context = ""

    init(file: String) {
        self.file = file
    }

    mutating func report(_ node: Node?, _ message: String) {
        report(line: node?.mark?.line ?? 1, message)
    }

    mutating func report(line: Int, _ message: String) {
        diagnostics.append(LintDiagnostic(file: file, line: line, message: context + message))
    }

    /// The members of a mapping node; unknown keys are reported with `kind` (`unknown check key`).
    mutating func fields(of node: Node, named name: String, kind: String?, allowed: [String]) -> Fields? {
        guard let mapping = node.mapping else {
            report(node, unexpectedShape(name, "a mapping"))
            return nil
        }
        var fields = Fields(node: node)
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                report(keyNode, "keys should be text")
                continue
            }
            guard allowed.contains(key) else {
                report(keyNode, unknownKey(kind, key))
                continue
            }
            fields.values[key] = value
            fields.keys[key] = keyNode
        }
        return fields
    }

    mutating func required(_ key: String, in fields: Fields) -> Node? {
        if let node = fields[key] { return node }
        report(fields.node, missing(key))
        return nil
    }

    mutating func text(_ node: Node, named name: String) -> String? {
        guard node.scalar != nil, node.null == nil, let text = node.string else {
            report(node, unexpectedShape(name, "text"))
            return nil
        }
        return text
    }

    mutating func integer(_ node: Node, named name: String) -> Int? {
        guard let number = node.int else {
            report(node, unexpectedShape(name, "a whole number"))
            return nil
        }
        return number
    }

    mutating func boolean(_ node: Node, named name: String) -> Bool? {
        guard let flag = node.bool else {
            report(node, unexpectedShape(name, "true or false"))
            return nil
        }
        return flag
    }

    /// A list of texts; a single text is a list of one.
    mutating func texts(_ node: Node, named name: String) -> [String]? {
        if node.scalar != nil { return text(node, named: name).map { [$0] } }
        guard let sequence = node.sequence else {
            report(node, unexpectedShape(name, "text or a list of texts"))
            return nil
        }
        let items = sequence.map { text($0, named: name) }
        return items.contains(nil) ? nil : items.compactMap { $0 }
    }

    /// A text in both languages: `{zh-TW: ..., en: ...}`, or one text for both.
    mutating func localized(_ node: Node, named name: String) -> Localized? {
        if node.scalar != nil { return text(node, named: name).map(Localized.init(both:)) }
        guard let fields = fields(of: node, named: name, kind: "language", allowed: Language.allCases.map(\.rawValue))
        else { return nil }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let textNode = fields[language.rawValue] else {
                report(node, missingLanguage(name, language))
                continue
            }
            texts[language] = text(textNode, named: name).map(Self.trimmed)
        }
        guard let zhTW = texts[.zhTW], let en = texts[.en] else { return nil }
        return Localized(zhTW: zhTW, en: en)
    }

    /// A block scalar's text without its final line break.
    private static func trimmed(_ text: String) -> String {
        var result = text
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}

/// The known members of one mapping, with their key nodes for line numbers.
struct Fields {
    let node: Node
    var values: [String: Node] = [:]
    var keys: [String: Node] = [:]

    init(node: Node) {
        self.node = node
    }

    subscript(key: String) -> Node? { values[key] }
}

private func unknownKey(_ kind: String?, _ key: String) -> String {
    if kind == "language" { return "unknown language \"\(key)\" (write zh-TW and en)" }
    return kind.map { "unknown \($0) key \"\(key)\"" } ?? "unknown key \"\(key)\""
}

private func missing(_ key: String) -> String { "missing \"\(key)\"" }

private func unexpectedShape(_ name: String, _ shape: String) -> String { "\"\(name)\" should be \(shape)" }

private func missingLanguage(_ name: String, _ language: Language) -> String {
    "\"\(name)\" has no \(language.rawValue) text"
}
