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
        if let invalid = error.details, !invalid.kind.isEmpty {
            details = Self.details(of: invalid, message: error.message)
        } else {
            if !name.isEmpty { details["name"] = .string(name) }
            if !group.isEmpty { details["group"] = .string(group) }
            if !resource.isEmpty { details["kind"] = .string(resource) }
        }
        var status: JSONValue = ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure"]
        if !error.message.isEmpty { status["message"] = .string(error.message) }
        if !error.reason.isEmpty { status["reason"] = .string(error.reason) }
        if detailed { status["details"] = details }
        status["code"] = .int(error.code)
        return status
    }

    /// `NewInvalid`'s details: the object's name, its kind's group and kind (read back from the
    /// message, which starts with them), and each cause with the reason its message starts with.
    private static func details(of invalid: InvalidDetails, message: String) -> JSONValue {
        var details: JSONValue = [:]
        if !invalid.name.isEmpty { details["name"] = .string(invalid.name) }
        let qualified = message.prefix { $0 != " " }
        if qualified.hasPrefix(invalid.kind + ".") { details["group"] = .string(String(qualified.dropFirst(invalid.kind.count + 1))) }
        details["kind"] = .string(invalid.kind)
        details["causes"] = .array(
            invalid.causes.map { cause in
                let reason = causeReasons.first { cause.message.hasPrefix($0.key + ":") }?.value ?? "FieldValueInvalid"
                var entry: JSONValue = ["reason": .string(reason), "message": .string(cause.message)]
                if !cause.field.isEmpty { entry["field"] = .string(cause.field) }
                return entry
            })
        return details
    }

    /// `field.ErrorType`s by the words their messages start with.
    private static let causeReasons: [String: String] = [
        "Required value": "FieldValueRequired", "Invalid value": "FieldValueInvalid", "Unsupported value": "FieldValueNotSupported",
        "Forbidden": "FieldValueForbidden", "Duplicate value": "FieldValueDuplicate", "Too long": "FieldValueTooLong",
        "Too many": "FieldValueTooMany", "Not found": "FieldValueNotFound", "Internal error": "InternalError",
    ]
}
