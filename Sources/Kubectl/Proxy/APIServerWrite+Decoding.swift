import Cluster
import KubeAPI

/// How the apiserver decodes a write's JSON body into the resource's type: the kind and version
/// are read first (`encoding/json` into a small struct), default to the URL's, and must be ones
/// the resource's internal type converts from; then the object is decoded, unknown fields
/// warned about.
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
        let decoded = try cluster.decodeFields(of: object, as: type, validation: .warn)
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

/// The `DeleteOptions` a DELETE may carry as its body (or an Eviction its `deleteOptions`): a
/// grace period, a propagation policy and a dry run.
struct DeleteOptionsBody {
    var gracePeriodSeconds: Int?
    var propagationPolicy: DeletionPropagation = .background
    var dryRun = false

    init(_ body: String) throws(APIError) {
        guard !body.allSatisfy(\.isWhitespace) else {
            self.init(JSONValue.null)
            return
        }
        if let syntax = GoJSONSyntax.error(in: body) {
            throw APIError(reason: "", message: "couldn't get version/kind; json parse error: " + syntax, code: 500)
        }
        self.init((try? YAMLDecoding.documents(body).first) ?? .null)
    }

    init(_ value: JSONValue) {
        dryRun = value["dryRun"].array.contains("All")
        gracePeriodSeconds = value["gracePeriodSeconds"].int
        switch value["propagationPolicy"].string {
        case "Foreground": propagationPolicy = .foreground
        case "Orphan": propagationPolicy = .orphan
        default: break
        }
    }
}
