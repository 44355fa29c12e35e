import KubeAPI

/// The multi-line fields most describers share: labels, annotations, taints, tolerations.
extension DescribeWriter {
    /// `Name:` and `Namespace:`, the first lines of most descriptions.
    mutating func identity(_ object: KubeObject) {
        field(0, "Name", object.name)
        field(0, "Namespace", object.namespace ?? "")
    }

    /// Name, labels and annotations, as cluster-scoped objects (and some others) begin.
    mutating func unscopedHeader(_ object: KubeObject) {
        field(0, "Name", object.name)
        labels("Labels", object.labels)
        annotations("Annotations", object.annotations)
    }

    /// Name, namespace, labels and annotations, with one more field before the labels if given.
    mutating func header(_ object: KubeObject, then extra: (title: String, value: String)? = nil) {
        identity(object)
        if let extra { field(0, extra.title, extra.value) }
        labels("Labels", object.labels)
        annotations("Annotations", object.annotations)
    }

    /// `printLabelsMultilineWithIndent`: sorted `k=v` lines, the 2nd and later under the first value.
    mutating func labels(_ title: String, _ labels: [String: String], indent: String = "", inner: String = "\t") {
        write(0, "\(indent)\(title):\(inner)")
        guard !labels.isEmpty else { return line("<none>") }
        // The indents are two writes, each indented again under a nested writer.
        for (index, key) in labels.keys.sorted().enumerated() {
            if index != 0 {
                write(0, indent)
                write(0, inner)
            }
            write(0, "\(key)=\(labels[key] ?? "")\n")
        }
    }

    /// `printAnnotationsMultiline`: sorted `k: v`, long or multi-line values on their own lines;
    /// the last-applied-configuration annotation is left out.
    mutating func annotations(_ title: String, _ annotations: [String: String]) {
        write(0, "\(title):\t")
        let keys = annotations.keys.filter { $0 != Self.lastApplied }.sorted()
        guard !keys.isEmpty else { return line("<none>") }
        for (index, key) in keys.enumerated() {
            if index != 0 { write(0, "\t") }
            var value = annotations[key] ?? ""
            if value.hasSuffix("\n") { value.removeLast() }
            if value.utf8.count + key.utf8.count + 2 > Self.maxAnnotationLength || value.contains("\n") {
                write(0, "\(key):\n")
                for part in value.split(separator: "\n", omittingEmptySubsequences: false) {
                    write(0, "\t  \(Self.shortened(String(part), Self.maxAnnotationLength - 2))\n")
                }
            } else {
                write(0, "\(key): \(value)\n")
            }
        }
    }

    /// `printTaintsMultilineWithIndent`: `key=value:Effect`, sorted by effect then key.
    mutating func taints(_ title: String, _ taints: [JSONValue]) {
        write(0, "\(title):\t")
        let sorted = taints.map { taint -> (sortKey: String, text: String) in
            let key = taint["key"].string ?? ""
            let value = taint["value"].string ?? ""
            let effect = taint["effect"].string ?? ""
            return ("\(effect),\(key)", (value.isEmpty ? key : "\(key)=\(value)") + ":\(effect)")
        }.sorted { $0.sortKey < $1.sortKey }
        list(sorted.map(\.text), indent: "\t")
    }

    /// `printTolerationsMultilineWithIndent`: `key=value:Effect op=Exists for Ns`, sorted by key.
    mutating func tolerations(_ title: String, _ tolerations: [JSONValue], indent: String = "") {
        write(0, "\(indent)\(title):\t")
        let sorted = tolerations.enumerated().sorted { a, b in
            let (x, y) = (a.element["key"].string ?? "", b.element["key"].string ?? "")
            return x != y ? x < y : a.offset < b.offset
        }
        list(sorted.map { Self.toleration($0.element) }, indent: indent + "\t")
    }

    /// Items one per line, the first after the title already written; `<none>` when empty.
    mutating func list(_ items: [String], indent: String) {
        guard !items.isEmpty else { return line("<none>") }
        for (index, item) in items.enumerated() {
            if index != 0 { write(0, indent) }
            write(0, item + "\n")
        }
    }

    private static func toleration(_ toleration: JSONValue) -> String {
        let key = toleration["key"].string ?? ""
        let value = toleration["value"].string ?? ""
        let effect = toleration["effect"].string ?? ""
        var text = key
        if !value.isEmpty { text += "=\(value)" }
        if !effect.isEmpty { text += ":\(effect)" }
        if toleration["operator"].string == "Exists" && value.isEmpty {
            text += key.isEmpty && effect.isEmpty ? "op=Exists" : " op=Exists"
        }
        if let seconds = toleration["tolerationSeconds"].int { text += " for \(seconds)s" }
        return text
    }

    private static func shortened(_ text: String, _ length: Int) -> String {
        text.utf8.count > length ? String(decoding: text.utf8.prefix(length), as: UTF8.self) + "..." : text
    }

    static let lastApplied = "kubectl.kubernetes.io/last-applied-configuration"
    static let maxAnnotationLength = 140
}
