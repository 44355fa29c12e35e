import KubeAPI

/// `kubectl config set PROPERTY VALUE` and `config unset PROPERTY`: one value of the kubeconfig,
/// named by a dotted path through client-go's internal `Config` type (`clusters.NAME.server`,
/// `contexts.NAME.namespace`, `current-context`). A map key runs up to the first part that names
/// a field of the entry, so keys may hold dots. Errors are worded as the reflection-driven
/// original words them, down to its dumps of Go values.
enum ConfigProperty {
    /// Where a path leads.
    enum Target {
        /// `kind` and `apiVersion`: accepted, and written back as `Config` and `v1` regardless.
        case ignored
        case currentContext
        /// `preferences` itself.
        case preferences
        case colors
        /// An `extensions` map of opaque objects.
        case extensions
        case section(KubeconfigSection)
        case entry(KubeconfigSection, String)
        case field(KubeconfigSection, String, KubeconfigSection.Field)
    }

    static func set(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let arguments = context.flags.positionals
        guard arguments.count == 2 else {
            throw Config.unexpectedArgs(context, help: KubectlHelp.subcommandHelp(["config", "set"]) ?? "")
        }
        let (path, value) = (arguments[0], arguments[1])
        if value.isEmpty { throw .error("you cannot use set to unset a property") }
        if path.isEmpty { throw .error("you must specify a property") }
        try set(try target(of: path), to: value, raw: context.flags.bool("set-raw-bytes"), in: context.kubeconfig)
        context.io.out("Property \(GoSyntax.quoted(path)) set.\n")
        return 0
    }

    static func unset(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let arguments = context.flags.positionals
        guard arguments.count == 1, let path = arguments.first else {
            throw Config.unexpectedArgs(context, help: KubectlHelp.subcommandHelp(["config", "unset"]) ?? "")
        }
        if path.isEmpty { throw .error("you must specify a property") }
        try unset(try target(of: path), in: context.kubeconfig)
        context.io.out("Property \(GoSyntax.quoted(path)) unset.\n")
        return 0
    }

    /// The path's target, or the navigation parser's complaint.
    static func target(of path: String) throws(KubectlFailure) -> Target {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let rest = parts.dropFirst()
        let tooDeep = KubectlFailure.error("unable to parse one or more field values of \(path)")
        func leaf(_ target: Target) throws(KubectlFailure) -> Target {
            guard rest.isEmpty else { throw tooDeep }
            return target
        }
        switch parts[0] {
        case "kind", "apiVersion": return try leaf(.ignored)
        case "current-context": return try leaf(.currentContext)
        case "extensions": return try opaque(rest.isEmpty)
        case "preferences":
            guard let field = rest.first else { return .preferences }
            switch field {
            case "colors":
                guard rest.count == 1 else { throw tooDeep }
                return .colors
            case "extensions": return try opaque(rest.count == 1)
            default: throw .error("unable to parse \(path) after [{preferences \(preferencesType)}] at api.Preferences")
            }
        default:
            guard let section = KubeconfigSection.allCases.first(where: { $0.name == parts[0] }) else {
                throw .error("unable to parse \(path) after [] at api.Config")
            }
            guard !rest.isEmpty else { return .section(section) }
            // The key is the first part and every later one up to the first naming an entry field.
            guard let fieldIndex = rest.dropFirst().firstIndex(where: { section.field(settable: $0) != nil }),
                let field = section.field(settable: rest[fieldIndex])
            else { return .entry(section, rest.joined(separator: ".")) }
            let key = rest[rest.startIndex..<fieldIndex].joined(separator: ".")
            let deeper = fieldIndex < rest.endIndex - 1
            switch field.kind {
            case .stringsMap where deeper: throw .error("string is not of type struct")
            case .document where field.name == "extensions": return try opaque(!deeper, .field(section, key, field))
            default:
                if deeper { throw tooDeep }
                return .field(section, key, field)
            }
        }
    }

    /// Sets the target's value, creating the entry on the way.
    private static func set(_ target: Target, to value: String, raw: Bool, in config: Kubeconfig) throws(KubectlFailure) {
        switch target {
        case .ignored: break
        case .currentContext: config.currentContext = value
        case .colors: config.colors = try parseBool(value)
        case .preferences:
            throw .error("unable to locate path config.navigationStep{stepValue:\"\", stepType:reflect.Type(nil)} under {\(config.colors) map[]}")
        case .extensions: throw .error("can't set a map to a value: map[]")
        case .section(let section), .entry(let section, _):
            throw .error("can't set a map to a value: \(goMap(config.entries(section).map(\.name)))")
        case .field(let section, let key, let field):
            var entry = config.entries(section).first { $0.name == key } ?? Kubeconfig.Entry(name: key)
            switch field.kind {
            case .string: entry.fields[field.name] = .string(value)
            case .bool: entry.fields[field.name] = .bool(try parseBool(value))
            case .bytes:
                if raw {
                    entry.fields[field.name] = .bytes(Array(value.utf8))
                } else {
                    switch Base64.decodeStrictly(value) {
                    case .success(let bytes): entry.fields[field.name] = .bytes(bytes)
                    case .failure(let problem): throw .error("error decoding input value: \(problem.message)")
                    }
                }
            case .strings: throw .error("unrecognized slice type. string")
            case .stringsMap: throw .error("can't set a map to a value: map[]")
            case .document:
                if field.name == "extensions" { throw .error("can't set a map to a value: map[]") }
                throw KubectlFailure("panic: unrecognized type: <nil>", exitCode: 2)
            }
            config.put(entry, in: section)
        }
    }

    /// Clears the target: a field to its zero value, an entry or a whole section away.
    private static func unset(_ target: Target, in config: Kubeconfig) throws(KubectlFailure) {
        switch target {
        case .ignored, .extensions: break
        case .currentContext: config.currentContext = ""
        case .colors, .preferences: config.colors = false
        case .section(let section): config.setEntries([], in: section)
        case .entry(let section, let key): config.setEntries(config.entries(section).filter { $0.name != key }, in: section)
        case .field(let section, let key, let field):
            guard var entry = config.entries(section).first(where: { $0.name == key }) else {
                throw .error("current map key `\(key)` is invalid")
            }
            entry.fields[field.name] = nil
            config.put(entry, in: section)
        }
    }

    /// `strconv.ParseBool` behind client-go's `toBool`: empty is false.
    private static func parseBool(_ text: String) throws(KubectlFailure) -> Bool {
        switch text {
        case "", "0", "f", "F", "false", "FALSE", "False": return false
        case "1", "t", "T", "true", "TRUE", "True": return true
        default: throw .error("strconv.ParseBool: parsing \(GoSyntax.quoted(text)): invalid syntax")
        }
    }

    /// How `%v` prints a map of pointers: keys sorted, each with an address (stand-ins here).
    private static func goMap(_ keys: [String]) -> String {
        let pairs = keys.sorted().enumerated().map { index, key in "\(key):0xc000\(String(0x706f00 + index * 0x80, radix: 16))" }
        return "map[" + pairs.joined(separator: " ") + "]"
    }

    /// An `extensions` map: its own path names it; a key inside it is where the original panics.
    private static func opaque(_ whole: Bool, _ target: Target = .extensions) throws(KubectlFailure) -> Target {
        guard whole else { throw KubectlFailure("panic: reflect: Elem of invalid type runtime.Object", exitCode: 2) }
        return target
    }

    /// How `%v` shows the navigation step's type for `preferences` in the real binary.
    private static let preferencesType = "0x2038880"
}
