import Foundation
import KubeAPI
import OrderedCollections

/// `-o jsonpath=TEMPLATE` and `-o jsonpath-as-json=TEMPLATE` (cli-runtime's JSONPath printer).
///
/// Text outside braces is copied; each `{...}` prints what it finds, several values separated
/// by one space, maps and lists as compact JSON, null as `null`; no newline is added. A missing key prints
/// nothing unless `--allow-missing-template-keys=false`, which makes it an error that shows the
/// template and the object, as kubectl does.
struct JSONPathPrinter {
    let template: String
    let nodes: [JSONPathNode]
    var allowMissingKeys = true
    /// `jsonpath-as-json`: each node's values as an indented JSON array.
    var asJSON = false

    /// Parses `template`, refusing it with kubectl's words.
    init(_ template: String, allowMissingKeys: Bool = true, asJSON: Bool = false) throws(KubectlFailure) {
        guard !template.isEmpty else { throw .error(Self.noTemplate) }
        self.template = template
        do {
            nodes = try JSONPathParser.parse(template)
        } catch {
            throw .error("error parsing jsonpath \(template), \(error.message)")
        }
        self.allowMissingKeys = allowMissingKeys
        self.asJSON = asJSON
    }

    /// What the template prints for `document`.
    func print(_ document: JSONValue) throws(KubectlFailure) -> String {
        var evaluator = JSONPathEvaluator(nodes: nodes, allowMissingKeys: allowMissingKeys)
        let results: [[JSONValue]]
        do {
            results = try evaluator.findResults(document)
        } catch {
            throw KubectlFailure(executionFailure(error.message, document))
        }
        return results.map(format).joined()
    }

    /// `print(document)` for a template given as text, with kubectl's defaults.
    static func print(_ template: String, _ document: JSONValue) throws(KubectlFailure) -> String {
        try JSONPathPrinter(template).print(document)
    }

    /// The values of one expression (`.status.phase`, `{.items[*].metadata.name}`), missing keys
    /// allowed; empty when the expression is malformed or fails.
    static func evaluate(_ path: String, _ root: JSONValue) -> [JSONValue] {
        let wrapped = path.hasPrefix("{") ? path : "{" + path + "}"
        guard let nodes = try? JSONPathParser.parse(wrapped), let first = nodes.first, case .list = first else {
            return []
        }
        var evaluator = JSONPathEvaluator(nodes: [first], allowMissingKeys: true)
        return (try? evaluator.findResults(root))?.first ?? []
    }

    private func format(_ values: [JSONValue]) -> String {
        if asJSON { return JSONPrinter.print(.array(values)) + "\n" }
        return values.map { value -> String in
            switch value {
            case .object, .array: return JSONPrinter.compact(value)
            case .null: return "null"
            default: return GoValueFormat.text(value)
            }
        }.joined(separator: " ")
    }

    private func executionFailure(_ message: String, _ document: JSONValue) -> String {
        """
        error: error executing jsonpath \(GoValueFormat.quote(template)): Error executing template: \(message). \
        Printing more information for debugging the template:
        \ttemplate was:
        \t\t\(template)
        \tobject given to jsonpath engine was:
        \t\t\(GoValueFormat.syntax(document))


        """
    }

    static let noTemplate = "template format specified but no template given"
}

extension JSONPrinter {
    /// Compact JSON (`{"a":1}`), as jsonpath prints collections.
    static func compact(_ value: JSONValue) -> String { GoJSON.marshal(value) }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
