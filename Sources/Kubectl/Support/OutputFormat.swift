import Cluster
import KubeAPI

/// An `-o` output format and how `get` prints objects in it.
enum OutputFormat: Equatable {
    case table, wide, name, json, yaml
    case jsonpath(String)
    case jsonpathAsJSON(String)
    case jsonpathFile(String)
    case customColumns(String)
    case customColumnsFile(String)
    case goTemplate(String)
    case goTemplateFile(String)

    /// The format `-o` names; `template` is `--template`, which gives the template and jsonpath
    /// formats their argument (then `-o go-template=...` no longer splits) and alone means `go-template`.
    static func parse(_ text: String, template: String = "") throws(KubectlFailure) -> OutputFormat {
        let named = text.isEmpty && !template.isEmpty ? "go-template" : text
        let (format, argument) = template.isEmpty || named.hasPrefix("custom-columns") ? split(named) : (named, template)
        switch format {
        case "": return .table
        case "wide": return .wide
        case "name": return .name
        case "json": return .json
        case "yaml": return .yaml
        case "jsonpath": return .jsonpath(argument)
        case "jsonpath-as-json": return .jsonpathAsJSON(argument)
        case "jsonpath-file": return .jsonpathFile(argument)
        case "custom-columns": return .customColumns(argument)
        case "custom-columns-file": return .customColumnsFile(argument)
        case "go-template", "template": return .goTemplate(argument)
        case "go-template-file", "templatefile": return .goTemplateFile(argument)
        default:
            throw .error(
                "unable to match a printer suitable for the output format \"\(text)\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml")
        }
    }

    /// `jsonpath={.a}` -> (`jsonpath`, `{.a}`); formats without an argument keep all their text.
    private static func split(_ text: String) -> (String, String) {
        guard let equals = text.firstIndex(of: "=") else { return (text, "") }
        let format = String(text[..<equals])
        guard Self.formatsWithArgument.contains(format)
        else { return (text, "") }
        return (format, String(text[text.index(after: equals)...]))
    }

    /// `--template` and `--allow-missing-template-keys`, which every verb with `-o` takes.
    /// The printing flags kubectl's `PrintFlags` add beside `-o`; `--show-managed-fields` keeps
    /// `metadata.managedFields` in the objects printed.
    static let templateFlags: [FlagSpec] = [
        FlagSpec("template"), FlagSpec("allow-missing-template-keys", nil, .bool), showManagedFields,
    ]
    static let showManagedFields = FlagSpec("show-managed-fields", nil, .bool)

    private static let formatsWithArgument: Set = [
        "jsonpath", "jsonpath-as-json", "jsonpath-file", "custom-columns", "custom-columns-file", "go-template",
        "go-template-file", "template", "templatefile",
    ]

    /// What a writing verb can print: everything but tables and custom columns.
    var printsWrittenObjects: Bool {
        switch self {
        case .table, .name, .json, .yaml, .jsonpath, .jsonpathAsJSON, .goTemplate, .goTemplateFile: return true
        case .wide, .jsonpathFile, .customColumns, .customColumnsFile: return false
        }
    }

    /// kubectl's human-readable printers: server tables, decorated on the client.
    var isHumanReadable: Bool { self == .table || self == .wide }

    /// Only the human-readable printers tell the user when nothing matched.
    var reportsEmptyResult: Bool { isHumanReadable }

    /// The printer for the formats that print objects one by one or as a list (all but tables).
    func objectPrinter(context: VerbContext, noHeaders: Bool) throws(KubectlFailure) -> ObjectPrinter {
        let allowMissing = context.flags.isSet("allow-missing-template-keys")
            ? context.flags.bool("allow-missing-template-keys") : true
        switch self {
        case .table, .wide: return .name
        case .name: return .name
        case .json: return .json
        case .yaml: return .yaml
        case .jsonpath(let template):
            return .jsonpath(try JSONPathPrinter(template, allowMissingKeys: allowMissing))
        case .jsonpathAsJSON(let template):
            return .jsonpath(try JSONPathPrinter(template, allowMissingKeys: allowMissing, asJSON: true))
        case .jsonpathFile(let path):
            guard !path.isEmpty else { throw .error(JSONPathPrinter.noTemplate) }
            guard let contents = context.readFile?(path) else {
                throw .error("error reading --template \(path), open \(path): no such file or directory")
            }
            return .jsonpath(try JSONPathPrinter(contents, allowMissingKeys: allowMissing))
        case .goTemplate(let template):
            return .goTemplate(try GoTemplatePrinter(template, allowMissingKeys: allowMissing))
        case .goTemplateFile(let path):
            guard !path.isEmpty else { throw .error(GoTemplatePrinter.noTemplate) }
            guard let contents = context.readFile?(path) else {
                throw .error("error reading --template \(path), open \(path): no such file or directory")
            }
            return .goTemplate(try GoTemplatePrinter(contents, allowMissingKeys: allowMissing))
        case .customColumns(let spec):
            return .customColumns(try Self.columns { () throws(CustomColumnsPrinter.SpecError) in
                try CustomColumnsPrinter(spec: spec, noHeaders: noHeaders)
            })
        case .customColumnsFile(let path):
            guard !path.isEmpty else { throw .error(CustomColumnsPrinter.emptySpec) }
            guard let contents = context.readFile?(path) else {
                throw .error("error reading template \(path), open \(path): no such file or directory")
            }
            return .customColumns(try Self.columns { () throws(CustomColumnsPrinter.SpecError) in
                try CustomColumnsPrinter(file: contents, noHeaders: noHeaders)
            })
        }
    }

    private static func columns(
        _ build: () throws(CustomColumnsPrinter.SpecError) -> CustomColumnsPrinter
    ) throws(KubectlFailure) -> CustomColumnsPrinter {
        do {
            return try build()
        } catch {
            throw .error(error.message)
        }
    }

    /// A single object bare, anything else wrapped in a `List`, keys sorted as the server sends them.
    static func document(_ objects: [KubeObject], single: Bool) -> JSONValue {
        unsortedDocument(objects, single: single).sortedKeys
    }

    /// The same document sharing the objects as they are, for printers that sort keys as they write.
    static func unsortedDocument(_ objects: [KubeObject], single: Bool) -> JSONValue {
        if single, objects.count == 1, let only = objects.first { return only.value }
        return [
            "apiVersion": "v1", "items": .array(objects.map(\.value)), "kind": "List", "metadata": ["resourceVersion": ""],
        ]
    }
}

/// How `get` prints objects that are not server tables: one document, or one line per object.
enum ObjectPrinter {
    case name, json, yaml
    case jsonpath(JSONPathPrinter)
    case goTemplate(GoTemplatePrinter)
    case customColumns(CustomColumnsPrinter)

    /// Prints `objects` (with their types) as kubectl's generic printers print a list or one object.
    func print(
        _ objects: [(type: ResourceType, object: KubeObject)], single: Bool, io: IOStreams
    ) throws(KubectlFailure) {
        switch self {
        case .name:
            for (type, object) in objects { io.out("\(type.qualifiedKind)/\(object.name)\n") }
        case .json:
            JSONPrinter.write(OutputFormat.unsortedDocument(objects.map(\.object), single: single), sortingKeys: true, to: io)
        case .yaml:
            YAMLPrinter.write(OutputFormat.unsortedDocument(objects.map(\.object), single: single), to: io)
        case .jsonpath(let printer):
            io.out(try printer.print(OutputFormat.document(objects.map(\.object), single: single)))
        case .goTemplate(let printer):
            try printer.print(OutputFormat.document(objects.map(\.object), single: single), io: io)
        case .customColumns(let printer):
            do {
                io.out(try printer.render(objects.map(\.object)))
            } catch {
                io.out(error.printed)
                throw .error(error.message)
            }
        }
    }
}
