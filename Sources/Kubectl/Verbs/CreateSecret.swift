import Cluster
import KubeAPI

/// `kubectl create secret generic|tls|docker-registry NAME ...`: Secrets whose values are
/// base64-encoded, typed `Opaque` (by the server), `kubernetes.io/tls` or `kubernetes.io/dockerconfigjson`.
enum CreateSecret {
    static let flags: [FlagSpec] = CreateConfigMap.flags + [
        FlagSpec("type"), FlagSpec("cert"), FlagSpec("key"), FlagSpec("docker-username"),
        FlagSpec("docker-password"), FlagSpec("docker-email"), FlagSpec("docker-server"),
    ]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        try Create.dispatch(
            context, arguments, command: "create secret", help: KubectlHelp.createSecret,
            kinds: ["generic", "tls", "docker-registry"]
        ) { kind, rest throws(KubectlFailure) in
            switch kind {
            case "generic": try generic(context, rest)
            case "tls": try tls(context, rest)
            default: try dockerRegistry(context, rest)
            }
        }
    }

    private static func generic(_ context: VerbContext, _ arguments: [String]) throws(KubectlFailure) -> Int32 {
        let command = "create secret generic"
        try Create.checkFlags(
            context.flags, allowed: CreateConfigMap.flags + [FlagSpec("type")], command: command)
        let name = try Create.name(arguments, flags: context.flags, command: command)
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let sources = DataSources(context.flags)
        try sources.validate()
        var data: [String: [UInt8]] = [:]
        try sources.entries(
            context, envDirectoryError: "env secret file cannot be a directory",
            addBinary: { key, bytes throws(KubectlFailure) in try add(key, bytes, to: &data) }
        ) { key, value throws(KubectlFailure) in
            try add(key, Array(value.utf8), to: &data)
        }
        return try create(name: name, data: data, type: context.flags.string("type") ?? "", context: context)
    }

    private static func tls(_ context: VerbContext, _ arguments: [String]) throws(KubectlFailure) -> Int32 {
        let command = "create secret tls"
        try Create.checkFlags(
            context.flags, allowed: [FlagSpec("cert"), FlagSpec("key"), FlagSpec("append-hash")], command: command)
        let name = try Create.name(arguments, flags: context.flags, command: command)
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let certPath = context.flags.string("cert") ?? ""
        let keyPath = context.flags.string("key") ?? ""
        guard !certPath.isEmpty, !keyPath.isEmpty else { throw .error("key and cert must be specified") }
        func read(_ path: String) throws(KubectlFailure) -> String {
            guard let text = context.readFile?(path) else {
                throw .error("Cannot read file \(path), open \(path): no such file or directory")
            }
            return text
        }
        let cert = try read(certPath)
        let key = try read(keyPath)
        // The real client parses the pair with crypto/tls; here only the PEM framing is checked.
        guard PEM.hasBlock(cert) else { throw .error("tls: failed to find any PEM data in certificate input") }
        guard PEM.hasBlock(key) else { throw .error("tls: failed to find any PEM data in key input") }
        return try create(
            name: name, data: ["tls.crt": Self.bytes(of: cert), "tls.key": Self.bytes(of: key)], type: "kubernetes.io/tls",
            context: context)
    }

    private static func dockerRegistry(_ context: VerbContext, _ arguments: [String]) throws(KubectlFailure) -> Int32 {
        let command = "create secret docker-registry"
        let own = ["docker-username", "docker-password", "docker-email", "docker-server", "from-file", "append-hash"]
        try Create.checkFlags(context.flags, allowed: flags.filter { own.contains($0.long) }, command: command)
        let name = try Create.name(arguments, flags: context.flags, command: command)
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let flags = context.flags
        let username = flags.string("docker-username") ?? ""
        let password = flags.string("docker-password") ?? ""
        let email = flags.string("docker-email") ?? ""
        let server = flags.string("docker-server") ?? "https://index.docker.io/v1/"
        var data: [String: [UInt8]] = [:]
        let files = DataSources(flags)
        if files.files.isEmpty {
            guard !username.isEmpty, !password.isEmpty, !server.isEmpty else {
                throw .error("either --from-file or the combination of --docker-username, --docker-password and --docker-server is required")
            }
            var entry: JSONValue = ["username": .string(username), "password": .string(password)]
            if !email.isEmpty { entry["email"] = .string(email) }
            entry["auth"] = .string(Base64.encode("\(username):\(password)"))
            var auths: JSONValue = [:]
            auths[server] = entry
            let config: JSONValue = ["auths": auths]
            data[".dockerconfigjson"] = Array(JSONPrinter.compact(config).utf8)
        } else {
            try files.entries(
                context, envDirectoryError: "env secret file cannot be a directory",
                addBinary: { key, bytes throws(KubectlFailure) in try add(key, bytes, to: &data) }
            ) { key, value throws(KubectlFailure) in
                try add(key, Array(value.utf8), to: &data)
            }
        }
        return try create(name: name, data: data, type: "kubernetes.io/dockerconfigjson", context: context)
    }

    /// Adds one key, refusing bad or repeated keys with the Secret's wording.
    private static func add(_ key: String, _ value: [UInt8], to data: inout [String: [UInt8]]) throws(KubectlFailure) {
        let problems = NameValidation.configMapKey(key)
        guard problems.isEmpty else {
            throw .error("\(GoSyntax.quoted(key)) is not valid key name for a Secret \(problems.joined(separator: ";"))")
        }
        guard data[key] == nil else { throw .error("cannot add key \(key), another key by that name already exists") }
        data[key] = value
    }

    /// A file's bytes as read: the raw bytes of one that is not UTF-8, else its text's.
    private static func bytes(of text: String) -> [UInt8] { FileBytes.binary(text) ?? Array(text.utf8) }

    /// The Secret in struct field order, values base64-encoded.
    private static func create(
        name: String, data: [String: [UInt8]], type: String, context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        var secret: JSONValue = [
            "kind": "Secret", "apiVersion": "v1", "metadata": ["name": .string(name), "creationTimestamp": nil],
        ]
        if !data.isEmpty { secret["data"] = .stringMap(data.mapValues { Base64.encode($0) }) }
        if !type.isEmpty { secret["type"] = .string(type) }
        if context.flags.bool("append-hash") { secret = ContentHash.appendingGeneratorSuffix(to: secret) }
        return try ObjectOutput.create(KubeObject(secret), type: .secrets, context: context) { error in
            .error("failed to create secret \(error.message)")
        }
    }
}
