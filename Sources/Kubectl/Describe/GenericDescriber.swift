import KubeAPI
import OrderedCollections

/// kubectl's generic describer, for kinds without one of their own: name, namespace, labels,
/// annotations, then every other field with its name turned into words (`apiVersion` ->
/// `API Version`), nested fields indented, then events.
enum GenericDescriber {
    static func describe(_ object: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.header(object)
        content(object.value, level: 0, path: "", into: &w)
        w.events(context.events(for: object), context: context)
        return w.finish()
    }

    private static let skipped: Set<String> = [
        ".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations",
    ]

    /// `printUnstructuredContent`: fields sorted by name.
    private static func content(_ value: JSONValue, level: Int, path: String, into w: inout DescribeWriter) {
        for (field, member) in value.object.sorted(by: { $0.key < $1.key }) {
            let fieldPath = "\(path).\(field)"
            if skipped.contains(fieldPath) { continue }
            switch member {
            case .object:
                w.write(level, "\(label(field)):\n")
                content(member, level: level + 1, path: fieldPath, into: &w)
            case .array(let items):
                w.write(level, "\(label(field)):\n")
                for item in items {
                    if case .object = item {
                        content(item, level: level + 1, path: fieldPath, into: &w)
                    } else {
                        w.write(level + 1, "\(scalar(item))\n")
                    }
                }
            default:
                w.write(level, "\(label(field)):\t\(scalar(member))\n")
            }
        }
    }

    private static func scalar(_ value: JSONValue) -> String { value.isNull ? "<nil>" : value.text }

    /// `smartLabelFor`: camel-case words, title-cased, common acronyms in capitals; a name with
    /// characters other than letters and `-` is kept as it is.
    static func label(_ field: String) -> String {
        guard field.allSatisfy({ $0.isLetter || $0 == "-" }) else { return field }
        let acronyms: Set<String> = ["API", "URL", "UID", "OSB", "GUID"]
        return camelCaseWords(field).filter { $0 != "_" }.map { word in
            acronyms.contains(word.uppercased()) ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// `camelcase.Split`: runs of lower-case, upper-case, digits and others; an upper-case run
    /// followed by lower case gives its last letter to the next word (`HTTPServer` -> HTTP Server).
    static func camelCaseWords(_ text: String) -> [String] {
        func kind(_ c: Character) -> Int { c.isLowercase ? 1 : c.isUppercase ? 2 : c.isNumber ? 3 : 4 }
        var runs: [[Character]] = []
        var lastKind = 0
        for c in text {
            if kind(c) == lastKind { runs[runs.count - 1].append(c) } else { runs.append([c]) }
            lastKind = kind(c)
        }
        for index in runs.indices.dropLast() where kind(runs[index][0]) == 2 && kind(runs[index + 1][0]) == 1 {
            runs[index + 1].insert(runs[index].removeLast(), at: 0)
        }
        return runs.filter { !$0.isEmpty }.map { String($0) }
    }
}
