import KubeAPI
import OrderedCollections

extension Kubeconfig {
    /// The document `config view` prints and the file holds, fields in client-go's v1 order and
    /// entries sorted by name; `minify` keeps only what the current context uses. Certificate and
    /// key data show as `DATA+OMITTED`, tokens and passwords as `REDACTED`, unless `raw` (`--raw`,
    /// `--flatten`). `--context` makes another context the current one for a minified view.
    /// With `resolvingFrom` (the working directory), the files entries name are absolute, as
    /// client-go's loader resolves them against the directory of the file each entry came from.
    func document(minify: Bool, raw: Bool = false, context override: String? = nil, resolvingFrom workingDirectory: String? = nil) -> JSONValue {
        let currentContext = override ?? currentContext
        let context = self.context(named: currentContext)
        func shown(_ entries: [Entry], _ keep: (Entry) -> Bool) -> [Entry] {
            (minify ? entries.filter(keep) : entries).sorted { $0.name < $1.name }
        }
        let sections: [(KubeconfigSection, [Entry])] = [
            (.clusters, shown(clusters) { $0.name == context?[string: "cluster"] }),
            (.users, shown(users) { $0.name == context?[string: "user"] }),
            (.contexts, shown(contexts) { $0.name == currentContext }),
        ]
        var config: OrderedDictionary<String, JSONValue> = [
            "kind": "Config", "apiVersion": "v1", "preferences": .object(colors ? ["colors": true] : [:]),
        ]
        for (section, entries) in sections {
            // Go's nil slice: an empty list is written as `null`.
            config[section.name] = entries.isEmpty ? .null : .array(entries.map { entry in
                let entry = workingDirectory.map { resolvingLocalPaths(entry, from: $0) } ?? entry
                return ["name": .string(entry.name), .init(section.entryKey): .object(Self.fields(of: entry, in: section, raw: raw))]
            })
        }
        // `--context` names the current context only of a minified view.
        config["current-context"] = .string(minify ? currentContext : self.currentContext)
        return .object(config)
    }

    /// `ResolveLocalPaths`: a cluster's certificate authority, a user's certificate, key and token
    /// file, made absolute against the directory of the entry's file.
    private func resolvingLocalPaths(_ entry: Entry, from workingDirectory: String) -> Entry {
        let file = entry.origin.isEmpty ? path : entry.origin
        guard !file.isEmpty else { return entry }
        let directory = GoPath.directory(GoPath.absolute(file, from: workingDirectory))
        var resolved = entry
        for field in ["certificate-authority", "client-certificate", "client-key", "tokenFile"] {
            if case .string(let text)? = entry.fields[field], !text.isEmpty {
                resolved.fields[field] = .string(GoPath.absolute(text, from: directory))
            }
        }
        return resolved
    }

    /// An entry's fields as the file writes them: empty ones left out where the type says so.
    private static func fields(of entry: Entry, in section: KubeconfigSection, raw: Bool) -> OrderedDictionary<String, JSONValue> {
        var fields: OrderedDictionary<String, JSONValue> = [:]
        for field in section.fields {
            switch entry.fields[field.name] {
            case .string(let text)? where !text.isEmpty:
                let secret = !raw && (field.name == "token" || field.name == "password")
                fields[field.name] = .string(secret ? redacted : text)
            case .bool(true)?: fields[field.name] = true
            case .bytes(let bytes)? where !bytes.isEmpty: fields[field.name] = .string(raw ? Base64.encode(bytes) : omitted)
            case .strings(let items)? where !items.isEmpty: fields[field.name] = .array(items.map(JSONValue.string))
            case .document(let value)?: fields[field.name] = value
            default:
                if !field.omitEmpty { fields[field.name] = field.kind == .bool ? false : "" }
            }
        }
        return fields
    }

    /// What `config view` prints instead of certificate and key data (`--raw` would show it).
    static let omitted = "DATA+OMITTED"
    /// What it prints instead of a token or a password.
    static let redacted = "REDACTED"
}
