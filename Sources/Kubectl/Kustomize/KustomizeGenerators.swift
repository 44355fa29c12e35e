import OrderedCollections
import KubeAPI

/// `configMapGenerator` and `secretGenerator`: ConfigMaps and Secrets made from literals, files
/// and env files, as kustomize's generators make them.
struct KustomizeGenerators {
    var files: KustomizeFiles
    /// The kustomization's directory, which the sources' paths are relative to.
    var directory: String

    /// The object one generator entry makes.
    func make(_ args: Kustomization.GeneratorArgs, secret: Bool, global: Kustomization.GeneratorOptions?) throws(KustomizeError) -> KustomizeResource {
        let pairs = try load(args)
        var data: OrderedDictionaryJSON = [:]
        for (key, value) in pairs {
            guard data[key] == nil else {
                throw KustomizeError("configmap \(args.name) illegally repeats the key `\(key)`")
            }
            data[key] = .string(secret ? Base64.encode(value) : value)
        }
        var object: JSONValue = ["apiVersion": "v1", "kind": .string(secret ? "Secret" : "ConfigMap")]
        var metadata: JSONValue = ["name": .string(args.name)]
        if let namespace = args.namespace, !namespace.isEmpty { metadata["namespace"] = .string(namespace) }
        let options = Self.merged(args.options, global)
        if !options.labels.isEmpty { metadata["labels"] = .object(.init(uniqueKeysWithValues: options.labels.map { ($0.0, JSONValue.string($0.1)) })) }
        if !options.annotations.isEmpty {
            metadata["annotations"] = .object(.init(uniqueKeysWithValues: options.annotations.map { ($0.0, JSONValue.string($0.1)) }))
        }
        object["metadata"] = metadata
        if secret { object["type"] = .string(args.type.isEmpty ? "Opaque" : args.type) }
        if !data.isEmpty { object["data"] = .object(data) }
        if options.immutable { object["immutable"] = true }
        var resource = KustomizeResource(object)
        resource.needsHash = !options.disableNameSuffixHash
        return resource
    }

    /// A generator's own options over the kustomization's: maps joined, flags either way on.
    static func merged(_ local: Kustomization.GeneratorOptions?, _ global: Kustomization.GeneratorOptions?) -> Kustomization.GeneratorOptions {
        var options = local ?? .init()
        guard let global else { return options }
        for (key, value) in global.labels where !options.labels.contains(where: { $0.0 == key }) { options.labels.append((key, value)) }
        for (key, value) in global.annotations where !options.annotations.contains(where: { $0.0 == key }) {
            options.annotations.append((key, value))
        }
        options.disableNameSuffixHash = options.disableNameSuffixHash || global.disableNameSuffixHash
        options.immutable = options.immutable || global.immutable
        return options
    }

    /// The key-value pairs of a generator, or kustomize's failure to load them.
    private func load(_ args: Kustomization.GeneratorArgs) throws(KustomizeError) -> [(String, String)] {
        do {
            return try loadPairs(args)
        } catch {
            throw error.prefixed("loading KV pairs")
        }
    }

    /// A source file the generator names, or the failure to find it.
    private func sourceText(_ path: String) throws(KustomizeError) -> String {
        let full = files.absolute(path, in: directory)
        guard let text = files.readFile(full) else {
            throw KustomizeError("evalsymlink failure on '\(full)' : lstat \(full): no such file or directory")
        }
        return text
    }

    /// The key-value pairs: env files first, then literals, then files.
    private func loadPairs(_ args: Kustomization.GeneratorArgs) throws(KustomizeError) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for path in args.envs {
            do {
                pairs += try Self.envPairs(try sourceText(path))
            } catch {
                throw error.prefixed("env source files: [\(args.envs.joined(separator: " "))]")
            }
        }
        for literal in args.literals {
            guard let equals = literal.firstIndex(of: "="), equals != literal.startIndex else {
                throw KustomizeError(
                    "literal sources [\(args.literals.joined(separator: " "))]: invalid literal source \(literal), expected key=value")
            }
            pairs.append((String(literal[..<equals]), Self.unquoted(String(literal[literal.index(after: equals)...]))))
        }
        for source in args.files {
            let key: String, path: String
            if let equals = source.firstIndex(of: "=") {
                key = String(source[..<equals])
                path = String(source[source.index(after: equals)...])
            } else {
                path = source
                key = String(source.split(separator: "/").last ?? "")
            }
            do {
                pairs.append((key, try sourceText(path)))
            } catch {
                throw error.prefixed("file sources: [\(args.files.joined(separator: " "))]")
            }
        }
        return pairs
    }

    /// The pairs of an env file: `KEY=value` lines; blank lines and `#` comments skipped.
    static func envPairs(_ text: String) throws(KustomizeError) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            if index == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            line = line.drop(while: { $0.isWhitespace })
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0])
            guard isEnvVarName(key) else {
                throw KustomizeError(
                    "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnv1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')")
            }
            pairs.append((key, parts.count == 2 ? String(parts[1]) : ""))
        }
        return pairs
    }

    private static func isEnvVarName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-._".unicodeScalars.contains($0) }
    }

    /// A literal's value without one pair of matching quotes around it.
    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" else { return text }
        return String(text.dropFirst().dropLast())
    }
}

typealias OrderedDictionaryJSON = OrderedDictionary<String, JSONValue>
