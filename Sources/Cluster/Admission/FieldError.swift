import KubeAPI

/// Causes of an `Invalid` refusal, worded as `field.Error.ErrorBody` words each error type.
enum FieldError {
    typealias Cause = InvalidDetails.Cause

    static func required(_ path: String, _ detail: String = "") -> Cause {
        Cause(field: path, message: detail.isEmpty ? "Required value" : "Required value: \(detail)")
    }

    /// `Invalid value: <value>: <detail>`, the value already printed as Go prints it.
    static func invalid(_ path: String, _ value: String, _ detail: String) -> Cause {
        Cause(field: path, message: "Invalid value: \(value): \(detail)")
    }

    static func notSupported(_ path: String, _ value: String, _ supported: [String]) -> Cause {
        let list = supported.map(GoSyntax.quoted).joined(separator: ", ")
        return Cause(field: path, message: "Unsupported value: \(GoSyntax.quoted(value)): supported values: \(list)")
    }

    static func forbidden(_ path: String, _ detail: String) -> Cause {
        Cause(field: path, message: "Forbidden: \(detail)")
    }

    static func duplicate(_ path: String, _ value: String) -> Cause {
        Cause(field: path, message: "Duplicate value: \(GoSyntax.quoted(value))")
    }

    /// `ValidateNonnegativeField`.
    static func nonNegative(_ path: String, _ value: Int?) -> [Cause] {
        guard let value, value < 0 else { return [] }
        return [invalid(path, String(value), "must be greater than or equal to 0")]
    }
}
