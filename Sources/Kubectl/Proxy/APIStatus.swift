import KubeAPI

/// A failed request as the apiserver answers it: a `metav1.Status` whose details name the
/// resource the request was for, when it was for one.
struct APIStatus: Error, Equatable {
    var error: APIError
    /// `details`: the object's name, its group and its resource (Status calls it `kind`).
    var name = ""
    var group = ""
    var resource = ""
    /// Whether the Status has `details` at all: `NewBadRequest` and `NewServiceUnavailable`
    /// leave them out.
    var detailed = true

    /// What the apiserver answers for a path nothing serves.
    static let notFound = APIStatus(
        error: APIError(reason: "NotFound", message: "the server could not find the requested resource", code: 404))

    /// A Status without details (`NewBadRequest`, `NewServiceUnavailable`).
    static func bare(_ reason: String, _ message: String, code: Int) -> APIStatus {
        APIStatus(error: APIError(reason: reason, message: message, code: code), detailed: false)
    }

    /// The Status object, in `metav1.Status`'s field order; empty details are `{}`.
    var json: JSONValue {
        var details: JSONValue = [:]
        if !name.isEmpty { details["name"] = .string(name) }
        if !group.isEmpty { details["group"] = .string(group) }
        if !resource.isEmpty { details["kind"] = .string(resource) }
        var status: JSONValue = ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure"]
        if !error.message.isEmpty { status["message"] = .string(error.message) }
        if !error.reason.isEmpty { status["reason"] = .string(error.reason) }
        if detailed { status["details"] = details }
        status["code"] = .int(error.code)
        return status
    }
}
