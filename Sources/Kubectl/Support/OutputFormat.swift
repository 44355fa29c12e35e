import Cluster
import KubeAPI

/// An `-o` output format and how `get` prints objects in it.
enum OutputFormat: Equatable {
    case table, wide, name, json, yaml
    case jsonpath(String)
    case customColumns(String)

    static func parse(_ text: String) throws(KubectlFailure) -> OutputFormat {
        switch text {
        case "": return .table
        case "wide": return .wide
        case "name": return .name
        case "json": return .json
        case "yaml": return .yaml
        default:
            if text.hasPrefix("jsonpath=") { return .jsonpath(String(text.dropFirst("jsonpath=".count))) }
            if text.hasPrefix("custom-columns=") { return .customColumns(String(text.dropFirst("custom-columns=".count))) }
            throw .error(
                "unable to match a printer suitable for the output format \"\(text)\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml")
        }
    }

    /// Human-readable formats tell the user when nothing matched.
    var reportsEmptyResult: Bool {
        switch self {
        case .table, .wide, .name, .customColumns: return true
        default: return false
        }
    }

    /// Prints `results`; `single` is true when exactly one object was asked for by name.
    func print(
        _ results: [(type: ResourceType, objects: [KubeObject])], single: Bool, table: TablePrintOptions,
        context: VerbContext
    ) throws(KubectlFailure) {
        let io = context.io
        let objects = results.flatMap(\.objects)
        switch self {
        case .table, .wide:
            let cluster = try context.cluster
            let groups = results.filter { !$0.objects.isEmpty }.map { ($0.type, cluster.table($0.type, $0.objects)) }
            io.out(TablePrinting.render(groups, options: table))
        case .name:
            for (type, list) in results {
                for object in list { io.out("\(type.qualifiedKind)/\(object.name)\n") }
            }
        case .json:
            io.out(JSONPrinter.print(Self.document(objects, single: single)) + "\n")
        case .yaml:
            io.out(YAMLPrinter.print(Self.document(objects, single: single)))
        case .jsonpath(let template):
            io.out(try JSONPathPrinter.print(template, Self.document(objects, single: single)))
        case .customColumns(let spec):
            io.out(try TablePrinting.customColumns(spec, objects: objects, noHeaders: table.noHeaders))
        }
    }

    /// A single object bare, anything else wrapped in a `List`, keys sorted as the server sends them.
    static func document(_ objects: [KubeObject], single: Bool) -> JSONValue {
        if single, objects.count == 1, let only = objects.first { return only.value.sortedKeys }
        return [
            "apiVersion": "v1", "items": .array(objects.map(\.value.sortedKeys)), "kind": "List",
            "metadata": ["resourceVersion": ""],
        ]
    }
}
