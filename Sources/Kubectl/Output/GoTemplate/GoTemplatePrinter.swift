import KubeAPI

/// `-o go-template=TEMPLATE` (and `template`, `go-template-file`, `templatefile`): cli-runtime's
/// Go template printer.
///
/// The template runs over the object as kubectl decodes it (`map[string]interface {}`, integers
/// as `int64`), with Go's builtins plus `exists` and `base64decode`. Missing keys print
/// `<no value>` unless `--allow-missing-template-keys=false`. A failed run prints what it wrote so
/// far and a debugging block on stdout, then fails with the error.
struct GoTemplatePrinter {
    let template: String
    let parsed: GoTemplateParser.Parsed
    var allowMissingKeys = true

    /// The name Go reports in messages (`template: output:1: ...`).
    static let name = "output"

    /// Parses `template`, refusing it with kubectl's words.
    init(_ template: String, allowMissingKeys: Bool = true) throws(KubectlFailure) {
        guard !template.isEmpty else { throw .error(Self.noTemplate) }
        self.template = template
        self.allowMissingKeys = allowMissingKeys
        do {
            parsed = try GoTemplateParser.parse(
                template, name: Self.name, functions: Set(GoTemplateExecutor.functions.keys))
        } catch {
            throw .error("error parsing template \(template), \(error.message)")
        }
    }

    /// The template's output for `document`. `raw` is the object as kubectl serialised it (for a
    /// client dry run, in struct field order), shown when the template fails.
    func print(_ document: JSONValue, raw: JSONValue? = nil, io: IOStreams) throws(KubectlFailure) {
        var executor = GoTemplateExecutor(name: Self.name, text: template, missingKeyError: !allowMissingKeys)
        executor.definitions = parsed.definitions
        do {
            try executor.execute(parsed.root, data: .of(document))
            io.out(executor.output)
        } catch {
            let message: String
            switch error {
            case .failure(let text): message = text
            case .breakLoop, .continueLoop: message = "template: \(Self.name): unexpected break or continue"
            }
            io.out(executor.output)
            io.out(
                """
                Error executing template: \(message). Printing more information for debugging the template:
                \ttemplate was:
                \t\t\(template)
                \traw data was:
                \t\t\(JSONPrinter.compact(raw ?? document))
                \tobject given to template engine was:
                \t\t\(GoFormat.sprint([.of(document)]))


                """)
            throw .error("error executing template \(GoValueFormat.quote(template)): \(message)")
        }
    }

    static let noTemplate = "template format specified but no template given"
}
