import KubeAPI

/// `kubectl config view`: the kubeconfig as YAML (keys sorted), JSON (field order), jsonpath or a Go template,
/// certificate data left out unless `--raw` or `--flatten` (the lab's kubeconfig embeds its data,
/// so flattening has no file references to inline).
enum ConfigView {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        guard context.flags.positionals.isEmpty else {
            throw .validation("unexpected arguments: [\(context.flags.positionals.joined(separator: " "))]", verb: "config view")
        }
        let raw = context.flags.bool("raw") || context.flags.bool("flatten")
        let shown = context.flags.string("context") ?? context.kubeconfig.currentContext
        if context.flags.bool("minify"), !context.kubeconfig.contexts.contains(where: { $0.name == shown }) {
            throw .error("cannot locate context \(shown)")
        }
        let document = context.kubeconfig.document(
            minify: context.flags.bool("minify"), raw: raw, context: context.flags.string("context"),
            resolvingFrom: context.workingDirectory)
        let output = context.flags.string("output") ?? "yaml"
        let template = context.flags.string("template") ?? ""
        let named = context.flags.string("output") ?? ""
        switch try? OutputFormat.parse(named, template: template) {
        case .goTemplate?, .goTemplateFile?:
            if case .goTemplate(let printer) = try OutputFormat.parse(named, template: template)
                .objectPrinter(context: context, noHeaders: false)
            {
                try printer.print(document.sortedKeys, raw: document, io: context.io)
            }
            return 0
        default: break
        }
        switch output {
        case "yaml": context.io.out(YAMLPrinter.print(document.sortedKeys))
        case "json": context.io.out(JSONPrinter.print(document) + "\n")
        case _ where output.hasPrefix("jsonpath="):
            context.io.out(try JSONPathPrinter.print(String(output.dropFirst("jsonpath=".count)), document.sortedKeys))
        default:
            throw .error(
                "unable to match a printer suitable for the output format \"\(output)\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml")
        }
        return 0
    }
}
