import KubeAPI

extension Kubeconfig {
    /// Why a kubeconfig file could not be read: the text after `error loading config file "PATH": `.
    struct ParseProblem: Error {
        var message: String
    }

    /// Reads a kubeconfig file as client-go's loader does: YAML (or JSON) into the v1 types, the
    /// first document only, unknown fields ignored, a value of the wrong type refused as Go's
    /// encoding/json words it. An empty file is an empty kubeconfig.
    static func parse(_ text: String) throws(ParseProblem) -> Kubeconfig {
        let config = Kubeconfig(clusters: [], users: [], contexts: [], currentContext: "")
        let document: JSONValue
        do {
            document = try YAMLDecoding.documents(text).first ?? .null
        } catch {
            throw ParseProblem(message: "yaml: " + error.message)
        }
        if document.isNull { return config }
        guard case .object = document else {
            throw ParseProblem(message: "couldn't get version/kind; json parse error: json: cannot unmarshal \(document.goJSONKind) into Go value of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }")
        }
        config.currentContext = try string(document["current-context"], field: "Config.current-context")
        let preferences = document["preferences"]
        if !preferences.isNull {
            guard case .object = preferences else { throw mismatch(preferences, field: "Config.preferences", type: "v1.Preferences") }
            config.colors = try bool(preferences["colors"], field: "Preferences.preferences.colors")
        }
        for section in KubeconfigSection.allCases {
            config.setEntries(try entries(document[section.name], section), in: section)
        }
        return config
    }

    /// The entries of one section; the first of several with one name is kept.
    private static func entries(_ list: JSONValue, _ section: KubeconfigSection) throws(ParseProblem) -> [Entry] {
        if list.isNull { return [] }
        let named = "Named" + section.goType
        guard case .array(let items) = list else {
            throw mismatch(list, field: "Config.\(section.name)", type: "[]v1.\(named)")
        }
        var entries: [Entry] = []
        for item in items {
            guard case .object = item else { throw mismatch(item, field: "Config.\(section.name)", type: "v1.\(named)") }
            let name = try string(item["name"], field: "\(named).\(section.name).name")
            var entry = Entry(name: name)
            let body = item[section.entryKey]
            let path = "\(section.name).\(section.entryKey)"
            if !body.isNull {
                guard case .object = body else { throw mismatch(body, field: "\(named).\(path)", type: "v1.\(section.goType)") }
                for field in section.fields {
                    let at = "\(section.goType).\(path).\(field.name)"
                    entry.fields[field.name] = try value(body[field.name], of: field, at: at)
                }
            }
            if !entries.contains(where: { $0.name == name }) { entries.append(entry) }
        }
        return entries
    }

    /// A field's value, nil when absent or null.
    private static func value(_ json: JSONValue, of field: KubeconfigSection.Field, at path: String) throws(ParseProblem) -> Value? {
        if json.isNull { return nil }
        switch field.kind {
        case .string: return .string(try string(json, field: path))
        case .bool: return .bool(try bool(json, field: path))
        case .bytes:
            guard case .string(let text) = json else { throw mismatch(json, field: path, type: "[]uint8") }
            switch Base64.decodeStrictly(text) {
            case .success(let bytes): return .bytes(bytes)
            case .failure(let problem): throw ParseProblem(message: problem.message)
            }
        case .strings:
            guard case .array(let items) = json else { throw mismatch(json, field: path, type: "[]string") }
            var strings: [String] = []
            for item in items { strings.append(try string(item, field: path)) }
            return .strings(strings)
        case .stringsMap, .document: return .document(decoded(json, field: field.name))
        }
    }

    /// A credential plugin's document as client-go's type holds it once decoded, which is how
    /// it is shown and written again.
    private static func decoded(_ json: JSONValue, field: String) -> JSONValue {
        guard case .object = json else { return json }
        switch field {
        case "exec": return ExecPlugin(json).json
        case "auth-provider": return AuthProvider(json).json
        default: return json
        }
    }

    private static func string(_ json: JSONValue, field: String) throws(ParseProblem) -> String {
        if json.isNull { return "" }
        guard case .string(let text) = json else { throw mismatch(json, field: field, type: "string") }
        return text
    }

    private static func bool(_ json: JSONValue, field: String) throws(ParseProblem) -> Bool {
        if json.isNull { return false }
        guard case .bool(let flag) = json else { throw mismatch(json, field: field, type: "bool") }
        return flag
    }

    private static func mismatch(_ json: JSONValue, field: String, type: String) -> ParseProblem {
        ParseProblem(message: "json: cannot unmarshal \(json.goJSONKind) into Go struct field \(field) of type \(type)")
    }
}
