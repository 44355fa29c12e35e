import Cluster
import KubeAPI

/// How the apiserver decodes a write's JSON body into the resource's type: the kind and version
/// are read first (`encoding/json` into a small struct), default to the URL's, and must be ones
/// the resource's internal type converts from; then the object is decoded as `?fieldValidation`
/// says: unknown and repeated fields warned about (`Warn`, the default), refused (`Strict`) or
/// dropped without a word (`Ignore`).
extension APIServerWrite {
    /// `otherVersions` are the group's other versions the handler also accepts (`AcceptsGroupVersion`).
    func decode(_ body: String, as type: ResourceType, otherVersions: Set<String> = []) throws(APIError) -> (KubeObject, [String]) {
        if let syntax = GoJSONSyntax.error(in: body) {
            throw unrecognized(type, "couldn't get version/kind; json parse error: " + syntax, body: body)
        }
        let value = (try? YAMLDecoding.documents(body).first) ?? .null
        var kind = "", apiVersion = ""
        switch value {
        case .object:
            for key in ["apiVersion", "kind"] {
                let field = value[key]
                guard !field.isNull else { continue }
                guard let text = field.string else {
                    throw unrecognized(
                        type, "couldn't get version/kind; json parse error: json: cannot unmarshal "
                            + "\(Self.goKind(field)) into Go struct field .\(key) of type string", body: body)
                }
                if key == "kind" { kind = text } else { apiVersion = text }
            }
        case .null: break
        default:
            throw unrecognized(
                type, "couldn't get version/kind; json parse error: json: cannot unmarshal \(Self.goKind(value)) into Go value of type "
                    + "struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }",
                body: body)
        }
        if kind.isEmpty { kind = type.kind }
        if apiVersion.isEmpty { apiVersion = type.apiVersion }
        let version = String(apiVersion.split(separator: "/").last ?? "")
        let group = apiVersion.contains("/") ? String(apiVersion.prefix { $0 != "/" }) : ""
        let known = cluster.resourceType(apiVersion: apiVersion, kind: kind) != nil
        let notRegistered = "no kind \(GoSyntax.quoted(kind)) is registered for version \(GoSyntax.quoted(apiVersion)) in scheme \"pkg/api/legacyscheme/scheme.go:30\""
        if kind != type.kind || group != type.group {
            let cause = known
                ? "converting (\(version).\(kind)) to (\(Self.internalPackage(type)).\(type.kind)): unknown conversion"
                : notRegistered
            throw APIServerWrite.badRequest("\(kind) in version \(GoSyntax.quoted(version)) cannot be handled as a \(type.kind): \(cause)")
        }
        if apiVersion != type.apiVersion && !otherVersions.contains(apiVersion) {
            // A built-in kind in a version its scheme never had does not decode.
            let custom = cluster.customResourceTypes.contains { $0.kind == type.kind && $0.group == type.group }
            if !known && !custom && !SchemeVersions.registersUnserved(group: group, version: version) {
                throw APIServerWrite.badRequest("\(kind) in version \(GoSyntax.quoted(version)) cannot be handled as a \(type.kind): \(notRegistered)")
            }
            throw APIServerWrite.badRequest(
                "the API version in the data (\(apiVersion)) does not match the expected API version (\(type.apiVersion))")
        }
        var object = KubeObject(value.isNull ? [:] : value)
        object.value["apiVersion"] = .string(apiVersion)
        object.value["kind"] = .string(kind)
        let validation = options.validation
        guard validation != .ignore else {
            return (try cluster.decodeFields(of: object, as: type, validation: .ignore).object, [])
        }
        // A built-in kind's struct reports unknown and repeated keys as met; a custom resource is
        // decoded into a map, which reports repeats only, and pruned of unknown fields after.
        let schema = cluster.settings.schema
        let definition = Self.isCustom(type, in: cluster) ? nil : schema.kind(type.kind, groupVersion: type.apiVersion)
        // A YAML body's own repeats are found first, by go-yaml, as one error.
        let yaml = repeatedYAMLKeys.isEmpty ? [] : ["yaml: unmarshal errors:\n  " + repeatedYAMLKeys.joined(separator: "\n  ")]
        let repeated = definition == nil ? GoStrictFields.errors(in: body, decodingAs: .any) : []
        let decoded = try cluster.decodeFields(
            of: object, as: type, validation: validation, patchErrors: yaml + repeated,
            bodyErrors: definition.map { GoStrictFields.errors(in: body, decodingAs: schema.strictTarget($0)) })
        return (decoded.object, decoded.warnings)
    }

    /// `transformDecodeError` for a body whose kind could not be read: the type it had to be,
    /// and the first 30 bytes, as text for what looks like a JSON object and in hex otherwise.
    private func unrecognized(_ type: ResourceType, _ cause: String, body: String) -> APIError {
        let bytes = Array(body.utf8)
        let head = bytes.prefix(30)
        var summary: String
        if bytes.isEmpty {
            summary = "<empty>"
        } else if bytes.first == UInt8(ascii: "{") {
            summary = String(decoding: head, as: UTF8.self)
        } else {
            summary = head.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
        if bytes.count > 30 { summary += " ..." }
        return APIServerWrite.badRequest(
            "the object provided is unrecognized (must be of type \(type.kind)): \(cause) (\(summary))")
    }

    /// The Go package of a kind's internal type, which the conversion error names.
    private static func internalPackage(_ type: ResourceType) -> String {
        if type.group.isEmpty || type.group == "events.k8s.io" { return "core" }
        return String(type.group.prefix { $0 != "." })
    }

    /// How encoding/json names a JSON value it cannot put in a Go field.
    private static func goKind(_ value: JSONValue) -> String {
        switch value {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .bool: "bool"
        default: "number"
        }
    }
}

/// The `DeleteOptions` of a DELETE: its body when it has one, else its query (an Eviction
/// carries them as `deleteOptions`): a grace period, a propagation policy and a dry run.
struct DeleteOptionsBody {
    var gracePeriodSeconds: Int?
    var propagationPolicy: DeletionPropagation = .background
    var dryRun = false
    /// The options as given, which `ValidateDeleteOptions` checks.
    private var given = WriteOptions()

    /// Decoded from `body`, or from the query's options when the body is empty; then checked.
    init(_ body: String, query: WriteOptions) throws(APIError) {
        if body.allSatisfy(\.isWhitespace) {
            self.init(query)
        } else if let syntax = GoJSONSyntax.error(in: body) {
            throw APIError(reason: "", message: "couldn't get version/kind; json parse error: " + syntax, code: 500)
        } else {
            self.init((try? YAMLDecoding.documents(body).first) ?? .null)
        }
        try given.validate(.delete)
    }

    init(_ value: JSONValue) {
        var given = WriteOptions(
            dryRun: value["dryRun"].array.map { $0.string ?? "" }, propagationPolicy: value["propagationPolicy"].string)
        given.gracePeriodSeconds = value["gracePeriodSeconds"].int
        self.init(given)
    }

    private init(_ given: WriteOptions) {
        self.given = given
        dryRun = given.isDryRun
        gracePeriodSeconds = given.gracePeriodSeconds
        propagationPolicy = Self.policy(given.propagationPolicy)
    }

    private static func policy(_ name: String?) -> DeletionPropagation {
        switch name {
        case "Foreground": .foreground
        case "Orphan": .orphan
        default: .background
        }
    }
}
