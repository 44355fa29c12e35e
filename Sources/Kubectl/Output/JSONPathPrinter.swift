import OrderedCollections
import Foundation
import KubeAPI

/// `-o jsonpath=TEMPLATE`: literal text with `{...}` expressions such as `{.spec.nodeName}`,
/// `{.items[*].metadata.name}` and `{range .items[*]}...{end}`; no trailing newline is added.
enum JSONPathPrinter {
    static func print(_ template: String, _ document: JSONValue) throws(KubectlFailure) -> String {
        var parts = try tokens(template)[...]
        return try render(&parts, data: [document], stopAtEnd: false)
    }

    private enum Token: Equatable {
        case text(String)
        case expression(String)
    }

    private static func tokens(_ template: String) throws(KubectlFailure) -> [Token] {
        var result: [Token] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { result.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .error("error parsing jsonpath \(template), unclosed action")
            }
            result.append(.expression(String(rest[rest.index(after: open)..<close]).trimmingSpaces))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }

    private static func render(_ parts: inout ArraySlice<Token>, data: [JSONValue], stopAtEnd: Bool) throws(KubectlFailure) -> String {
        var out = ""
        while let token = parts.first {
            parts = parts.dropFirst()
            switch token {
            case .text(let text):
                out += text
            case .expression("end"):
                if stopAtEnd { return out }
            case .expression(let expr) where expr.hasPrefix("range "):
                let items = data.flatMap { evaluate(String(expr.dropFirst(6)).trimmingSpaces, $0) }
                let body = parts
                var consumed = parts
                for item in items {
                    var copy = body
                    out += try render(&copy, data: [item], stopAtEnd: true)
                    consumed = copy
                }
                if items.isEmpty { _ = try render(&consumed, data: [], stopAtEnd: true) }
                parts = consumed
            case .expression(let expr) where expr.hasPrefix("\""):
                out += unquote(expr)
            case .expression(let expr):
                out += data.flatMap { evaluate(expr, $0) }.map(text).joined(separator: " ")
            }
        }
        return out
    }

    static func evaluate(_ path: String, _ root: JSONValue) -> [JSONValue] {
        var current = [root]
        var rest = Substring(path)
        if rest.hasPrefix("$") { rest = rest.dropFirst() }
        while !rest.isEmpty {
            if rest.hasPrefix(".") {
                rest = rest.dropFirst()
                let name = rest.prefix { $0 != "." && $0 != "[" }
                rest = rest.dropFirst(name.count)
                if !name.isEmpty { current = current.map { $0[String(name)] }.filter { !$0.isNull } }
            } else if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { return [] }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
                if inside == "*" {
                    current = current.flatMap { value -> [JSONValue] in
                        if case .object(let m) = value { return Array(m.values) }
                        return value.array
                    }
                } else if let index = Int(inside) {
                    current = current.map { v in index >= 0 ? v[index] : v[v.array.count + index] }.filter { !$0.isNull }
                } else {
                    return []
                }
            } else {
                return []
            }
        }
        return current
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return s
        case .object, .array: return JSONPrinter.compact(value)
        default: return YAMLPrinter.scalar(value, indent: 0)
        }
    }

    private static func unquote(_ literal: String) -> String {
        String(literal.dropFirst().dropLast()).replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
    }
}

extension JSONPrinter {
    /// Compact JSON (`{"a":1}`), as jsonpath prints collections.
    static func compact(_ value: JSONValue) -> String {
        switch value {
        case .array(let items): return "[" + items.map(compact).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { quote($0.key) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        default: return print(value)
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
