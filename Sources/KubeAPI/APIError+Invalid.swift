/// An `Invalid` (422) refusal as `apierrors.NewInvalid` builds it, and the way kubectl's
/// `checkErr` prints it from the details rather than from the message.
public struct InvalidDetails: Sendable, Equatable {
    /// One field's complaint: `spec.selector` and `Required value`.
    public struct Cause: Sendable, Equatable {
        public var field: String
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }

        /// `field: message`, as both the apiserver and kubectl join them.
        public var text: String { field.isEmpty ? message : "\(field): \(message)" }
    }

    public var kind: String
    public var name: String
    public var causes: [Cause]

    public init(kind: String, name: String, causes: [Cause]) {
        self.kind = kind
        self.name = name
        self.causes = causes
    }

    /// kubectl's text: one cause inline, several on their own `* ` lines (duplicates dropped);
    /// a refusal that names no kind or object (a patch that did not decode) is "The request".
    public var kubectlMessage: String {
        var seen: Set<String> = []
        let lines = causes.map(\.text).filter { seen.insert($0).inserted }
        let subject = kind.isEmpty && name.isEmpty ? "The request" : "The \(kind) \"\(name)\""
        let prefix = "\(subject) is invalid: "
        switch lines.count {
        case 0: return "\(subject) is invalid"
        case 1: return prefix + lines[0]
        default: return prefix + "\n" + lines.map { "* " + $0 }.joined(separator: "\n")
        }
    }
}

extension APIError {
    /// `NewInvalid`: the message names the group-qualified kind and lists the causes, one inline
    /// or several in brackets, as a Go error aggregate prints them.
    public static func invalid(kind: String, group: String, name: String, causes: [InvalidDetails.Cause]) -> APIError {
        let qualified = group.isEmpty ? kind : "\(kind).\(group)"
        var seen: Set<String> = []
        let texts = causes.map(\.text).filter { seen.insert($0).inserted }
        let list = texts.count == 1 ? texts[0] : "[\(texts.joined(separator: ", "))]"
        return APIError(
            reason: "Invalid", message: "\(qualified) \"\(name)\" is invalid: \(list)", code: 422,
            details: InvalidDetails(kind: kind, name: name, causes: causes))
    }
}

extension APIError {
    /// `NewGenericServerResponse` for a 422: the apiserver's answer when a JSON patch does not
    /// apply (a `test` that fails, a path that is not there); json-patch's own words stay on
    /// the server.
    public static let patchNotApplied = APIError(
        reason: "Invalid", message: "the server rejected our request due to an error in our request", code: 422,
        details: InvalidDetails(kind: "", name: "", causes: []))
}
