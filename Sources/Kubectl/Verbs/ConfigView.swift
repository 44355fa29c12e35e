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
        if context.flags.bool("minify") { try checkMinifiable(context.kubeconfig, context: shown) }
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

    /// Minifying keeps the context and the cluster and user it names, so each named one must exist
    /// (client-go's MinifyConfig checks them in this order).
    private static func checkMinifiable(_ kubeconfig: Kubeconfig, context shown: String) throws(KubectlFailure) {
        guard let entry = kubeconfig.context(named: shown) else { throw .error("cannot locate context \(shown)") }
        let cluster = entry[string: "cluster"]
        if !cluster.isEmpty, kubeconfig.cluster(named: cluster) == nil {
            throw .error("cannot locate cluster \(cluster)")
        }
        let user = entry[string: "user"]
        if !user.isEmpty, kubeconfig.user(named: user) == nil {
            throw .error("cannot locate user \(user)")
        }
    }
}
