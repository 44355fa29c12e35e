import Cluster
import KubeAPI

/// `kubectl create configmap NAME [--from-literal=k=v] [--from-file=[k=]path] [--from-env-file=path]`.
enum CreateConfigMap {
    static let flags: [FlagSpec] = [
        FlagSpec("from-literal", nil, .stringArray), FlagSpec("from-file", nil, .stringArray),
        FlagSpec("from-env-file", nil, .stringArray), FlagSpec("append-hash", nil, .bool),
    ]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create configmap")
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let sources = DataSources(context.flags)
        try sources.validate()
        var data: [String: String] = [:]
        var binaryData: [String: String] = [:]
        // validateNewConfigMap: a valid key, in neither map yet.
        func check(_ key: String) throws(KubectlFailure) {
            let problems = NameValidation.configMapKey(key)
            guard problems.isEmpty else {
                throw .error("\(GoSyntax.quoted(key)) is not a valid key name for a ConfigMap: \(problems.joined(separator: ","))")
            }
            guard data[key] == nil else {
                throw .error("cannot add key \(GoSyntax.quoted(key)), another key by that name already exists in Data for ConfigMap \(GoSyntax.quoted(name))")
            }
            guard binaryData[key] == nil else {
                throw .error("cannot add key \(GoSyntax.quoted(key)), another key by that name already exists in BinaryData for ConfigMap \(GoSyntax.quoted(name))")
            }
        }
        // A file that is not UTF-8 goes to binaryData, as its bytes.
        try sources.entries(
            context, envDirectoryError: "env config file cannot be a directory",
            addBinary: { key, bytes throws(KubectlFailure) in
                try check(key)
                binaryData[key] = Base64.encode(bytes)
            }
        ) { key, value throws(KubectlFailure) in
            try check(key)
            data[key] = value
        }
        var configMap: JSONValue = [
            "kind": "ConfigMap", "apiVersion": "v1", "metadata": ["name": .string(name), "creationTimestamp": nil],
        ]
        if !data.isEmpty { configMap["data"] = .stringMap(data) }
        if !binaryData.isEmpty { configMap["binaryData"] = .stringMap(binaryData) }
        if context.flags.bool("append-hash") { configMap = ContentHash.appendingGeneratorSuffix(to: configMap) }
        return try ObjectOutput.create(KubeObject(configMap), type: .configMaps, context: context) { error in
            .error("failed to create configmap: \(error.message)")
        }
    }
}
