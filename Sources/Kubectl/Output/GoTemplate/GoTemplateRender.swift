import KubeAPI

/// Go's text/template over a JSON document, for tools other than kubectl that print through it
/// (`podman inspect --format`). The template is named `name` in messages.
public enum GoTemplateRender {
    /// The output, or the message Go's parser or executor gives (`template: NAME:1: ...`).
    public static func render(
        _ template: String, name: String, data: JSONValue, functions: GoTemplateFunctionSet = .kubectl
    ) -> Result<String, GoTemplateError> {
        let parsed: GoTemplateParser.Parsed
        do {
            parsed = try GoTemplateParser.parse(template, name: name, functions: Set(GoTemplateExecutor.functions(functions).keys))
        } catch {
            return .failure(GoTemplateError(message: error.message, output: ""))
        }
        var executor = GoTemplateExecutor(name: name, text: template, missingKeyError: false)
        executor.functionSet = functions
        executor.definitions = parsed.definitions
        do {
            try executor.execute(parsed.root, data: .of(data))
            return .success(executor.output)
        } catch {
            switch error {
            case .failure(let text): return .failure(GoTemplateError(message: text, output: executor.output))
            case .breakLoop, .continueLoop:
                return .failure(GoTemplateError(message: "template: \(name): unexpected break or continue", output: executor.output))
            }
        }
    }
}

/// A template that failed: Go's message, and what it wrote before failing.
public struct GoTemplateError: Error {
    public let message: String
    public let output: String
}
