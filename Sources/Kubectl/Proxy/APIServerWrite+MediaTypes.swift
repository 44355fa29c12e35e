import Cluster
import KubeAPI

/// How a write handler reads the request's `Content-Type` before the body: no header is the
/// first type the serializer offers (JSON); anything else must be one it offers, parameters
/// aside, or the request is refused with 415 and the list of what it takes.
extension APIServerWrite {
    /// The body media types the apiserver's serializers decode, in the order they are offered.
    static let bodyMediaTypes = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"]

    /// The body as JSON: a YAML body converted, a JSON one as it came.
    static func negotiatedBody(_ body: String, contentType: String?) throws(APIError) -> String {
        guard let contentType, !contentType.isEmpty else { return body }
        guard bodyMediaTypes.contains(mediaType(contentType)) else { throw unsupportedMediaType(bodyMediaTypes) }
        guard isYAML(contentType), let value = try? YAMLDecoding.documents(body).first else { return body }
        return GoJSON.marshal(value)
    }

    /// Whether a `Content-Type` names the YAML serializer.
    static func isYAML(_ contentType: String?) -> Bool { contentType.map(mediaType) == "application/yaml" }

    /// A `Content-Type`'s media type: parameters and blanks left out, in lower case.
    private static func mediaType(_ contentType: String) -> String {
        String(contentType.prefix { $0 != ";" }.filter { $0 != " " && $0 != "\t" }).lowercased()
    }

    /// `negotiation.NewUnsupportedMediaTypeError`: a Status without details.
    static func unsupportedMediaType(_ accepted: [String]) -> APIError {
        APIError(
            reason: "UnsupportedMediaType",
            message: "the body of the request was in an unknown format - accepted media types include: "
                + accepted.joined(separator: ", "),
            code: 415)
    }

    /// Whether a CustomResourceDefinition serves the type.
    static func isCustom(_ type: ResourceType, in cluster: Cluster) -> Bool {
        cluster.customResourceTypes.contains { $0.kind == type.kind && $0.group == type.group }
    }
}
