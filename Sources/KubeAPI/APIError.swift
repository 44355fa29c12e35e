/// A failed API call, as a `metav1.Status` describes it.
public struct APIError: Error, Sendable, Equatable {
    /// `NotFound`, `AlreadyExists`, `Invalid`, `Forbidden`, `BadRequest`, `Conflict`, ...
    public var reason: String
    public var message: String
    public var code: Int
    /// `status.details` of an `Invalid` error: the kind and name refused, and each field's cause.
    public var details: InvalidDetails?

    public init(reason: String, message: String, code: Int, details: InvalidDetails? = nil) {
        self.reason = reason
        self.message = message
        self.code = code
        self.details = details
    }

    public static func notFound(_ type: ResourceType, _ name: String) -> APIError {
        APIError(reason: "NotFound", message: "\(type.qualifiedPlural) \"\(name)\" not found", code: 404)
    }

    public static func alreadyExists(_ type: ResourceType, _ name: String) -> APIError {
        APIError(reason: "AlreadyExists", message: "\(type.qualifiedPlural) \"\(name)\" already exists", code: 409)
    }

    /// Credentials the authenticator turned away (the 401 the apiserver answers with).
    public static let unauthorized = APIError(reason: "Unauthorized", message: "Unauthorized", code: 401)

    /// A verb the resource does not serve (a `list` of a create-only review), refused by the router.
    public static let methodNotAllowed = APIError(
        reason: "MethodNotAllowed", message: "the server does not allow this method on the requested resource", code: 405)

    /// A write that named a resourceVersion other than the stored one.
    public static func conflict(_ type: ResourceType, _ name: String) -> APIError {
        APIError(
            reason: "Conflict",
            message: "Operation cannot be fulfilled on \(type.qualifiedPlural) \"\(name)\": the object has been modified; please apply your changes to the latest version and try again",
            code: 409)
    }

    /// The line kubectl prints for this error: `Error from server (NotFound): pods "x" not found`.
    public var kubectlMessage: String {
        if let details {
            // A refusal that names nothing and gives no causes is worded by its message.
            if details.kind.isEmpty, details.name.isEmpty, details.causes.isEmpty, !message.isEmpty {
                return "The request is invalid: \(message)"
            }
            return details.kubectlMessage
        }
        if reason == "Unauthorized" { return "error: You must be logged in to the server (\(message))" }
        return reason.isEmpty ? "Error from server: \(message)" : "Error from server (\(reason)): \(message)"
    }
}
