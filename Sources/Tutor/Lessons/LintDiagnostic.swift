/// One problem in a lesson file, printed as `lessons/x.yaml:12: step "endpoints": ...`.
public struct LintDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (or as found under the data folder).
    public var file: String
    /// 1-based line number.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
