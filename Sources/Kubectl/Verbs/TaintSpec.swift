import KubeAPI

/// A taint argument's parse error, worded as kubectl's `parseTaint`.
struct TaintSpecError: Error {
    var message: String
}

/// Taint arguments as `kubectl taint` reads them: `key=value:Effect`, `key:Effect`, and with a
/// trailing `-` (`key:Effect-`, `key-`) a removal.
enum TaintSpec {
    /// Taints to add and taints to remove (`parseTaints`).
    static func parse(_ specs: [String]) throws(TaintSpecError) -> (add: [JSONValue], remove: [JSONValue]) {
        var add: [JSONValue] = []
        var remove: [JSONValue] = []
        for spec in specs {
            if spec.hasSuffix("-") {
                let taint = try parseOne(String(spec.dropLast()))
                var removal: JSONValue = ["key": taint["key"]]
                if !taint["effect"].isNull { removal["effect"] = taint["effect"] }
                remove.append(removal)
                continue
            }
            let taint = try parseOne(spec)
            guard !taint["effect"].isNull else { throw TaintSpecError(message: "invalid taint spec: \(spec)") }
            if add.contains(where: { $0["key"] == taint["key"] && $0["effect"] == taint["effect"] }) {
                let value = taint["value"].string ?? ""
                throw TaintSpecError(message: "duplicated taints with the same key and effect: {\(taint["key"].string ?? "") \(value) \(taint["effect"].string ?? "") <nil>}")
            }
            add.append(taint)
        }
        return (add, remove)
    }

    /// One `key[=value][:Effect]`.
    static func parseOne(_ spec: String) throws(TaintSpecError) -> JSONValue {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var key = parts[0]
        var value: String?
        var effect: String?
        switch parts.count {
        case 1: break
        case 2:
            effect = parts[1]
            guard ["NoSchedule", "PreferNoSchedule", "NoExecute"].contains(parts[1]) else {
                throw TaintSpecError(message: "invalid taint effect: \(parts[1]), unsupported taint effect")
            }
            let keyValue = parts[0].split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard keyValue.count <= 2 else { throw TaintSpecError(message: "invalid taint spec: \(spec)") }
            key = keyValue[0]
            if keyValue.count == 2 { value = keyValue[1] }
        default:
            throw TaintSpecError(message: "invalid taint spec: \(spec)")
        }
        guard isQualifiedName(key) else {
            throw TaintSpecError(message: "invalid taint spec: \(spec), \(qualifiedNameMessage)")
        }
        var taint = JSONValue.emptyObject
        if let effect { taint["effect"] = .string(effect) }
        taint["key"] = .string(key)
        if let value, !value.isEmpty { taint["value"] = .string(value) }
        return taint
    }

    /// `Taint.ToString`: `key=value:Effect`, `key:Effect`, `key`.
    static func describe(_ taint: JSONValue) -> String {
        let key = taint["key"].string ?? ""
        let value = taint["value"].string ?? ""
        let effect = taint["effect"].string ?? ""
        var text = key
        if !value.isEmpty { text += "=\(value)" }
        if !effect.isEmpty || !value.isEmpty { text += ":\(effect)" }
        return text
    }

    /// A label-style key: an optional DNS-subdomain prefix and `/`, then 1-63 alphanumerics, `-`, `_`, `.`.
    private static func isQualifiedName(_ key: String) -> Bool {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.last, !name.isEmpty, name.count <= 63 else { return false }
        let allowed = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".") }
        guard name.allSatisfy(allowed), name.first!.isLetter || name.first!.isNumber,
            name.last!.isLetter || name.last!.isNumber
        else { return false }
        if parts.count == 2 { return !parts[0].isEmpty && parts[0].count <= 253 }
        return true
    }

    private static let qualifiedNameMessage =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
}
