import KubeAPI
import OrderedCollections

/// A user's `exec` credential plugin, as client-go's v1 `ExecConfig` holds it: read from the
/// file's document and written back in the type's field order, Go's nil lists as `null`.
struct ExecPlugin: Equatable {
    var command: String
    var args: [String]?
    var env: [EnvVar]?
    var apiVersion = ""
    var installHint = ""
    var provideClusterInfo = false
    var interactiveMode = ""

    /// One `name`/`value` pair of the plugin's environment.
    struct EnvVar: Equatable {
        var name: String
        var value: String
    }

    init(command: String) { self.command = command }

    /// The plugin a document describes; fields of another type count as absent.
    init(_ json: JSONValue) {
        command = json["command"].string ?? ""
        args = json["args"].isNull ? nil : json["args"].array.compactMap(\.string)
        env = json["env"].isNull ? nil : json["env"].array.map { EnvVar(name: $0["name"].string ?? "", value: $0["value"].string ?? "") }
        apiVersion = json["apiVersion"].string ?? ""
        installHint = json["installHint"].string ?? ""
        provideClusterInfo = json["provideClusterInfo"].bool ?? false
        interactiveMode = json["interactiveMode"].string ?? ""
    }

    var json: JSONValue {
        var fields: OrderedDictionary<String, JSONValue> = [
            "command": .string(command),
            "args": args.map { .array($0.map(JSONValue.string)) } ?? .null,
            "env": env.map { .array($0.map { ["name": .string($0.name), "value": .string($0.value)] }) } ?? .null,
        ]
        if !apiVersion.isEmpty { fields["apiVersion"] = .string(apiVersion) }
        if !installHint.isEmpty { fields["installHint"] = .string(installHint) }
        fields["provideClusterInfo"] = .bool(provideClusterInfo)
        if !interactiveMode.isEmpty { fields["interactiveMode"] = .string(interactiveMode) }
        return .object(fields)
    }

    /// The interactive modes client-go knows.
    static let interactiveModes = ["IfAvailable", "Never", "Always"]
}

/// A user's `auth-provider`, as client-go's v1 `AuthProviderConfig` holds it: a name and a
/// string map (`null` when the file had none).
struct AuthProvider: Equatable {
    var name: String
    var config: [String: String]?

    init(name: String, config: [String: String]? = nil) {
        self.name = name
        self.config = config
    }

    init(_ json: JSONValue) {
        name = json["name"].string ?? ""
        config = json["config"].isNull ? nil : json["config"].stringMap
    }

    var json: JSONValue {
        ["name": .string(name), "config": config.map(JSONValue.stringMap) ?? .null]
    }
}
