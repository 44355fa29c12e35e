import Cluster
import KubeAPI

/// A list by label and field selectors, as kubectl's resource builder asks for one
/// (`visitBySelector`): both selectors go to the server, and a refused list is reworded to name
/// the resource and the selectors.
struct SelectorQuery {
    var labelText: String
    var label: LabelSelector
    var fieldText: String

    /// Reads `-l`/`--selector` and `--field-selector`; a label selector that does not parse is kubectl's error.
    init(_ flags: ParsedFlags) throws(KubectlFailure) {
        labelText = Self.trimmed(flags.string("selector") ?? "")
        fieldText = Self.trimmed(flags.string("field-selector") ?? "")
        do {
            label = try LabelSelector(parsing: labelText)
        } catch {
            throw .error("unable to parse requirement: \(error.message)")
        }
    }

    var isEmpty: Bool { labelText.isEmpty && fieldText.isEmpty }

    func list(_ cluster: Cluster, _ type: ResourceType, namespace: String?) throws(APIError) -> [KubeObject] {
        do {
            return try cluster.list(type, namespace: namespace, selector: label, fieldSelector: fieldText)
        } catch {
            guard error.reason == "BadRequest" || error.reason == "NotFound" else { throw error }
            var reworded = error
            let resource = Self.quoted("\(type.group)/\(type.version), Resource=\(type.plural)")
            reworded.message =
                isEmpty
                ? "Unable to list \(resource): \(error.message)"
                : "Unable to find \(resource) that match label selector \(Self.quoted(labelText)), "
                    + "field selector \(Self.quoted(fieldText)): \(error.message)"
            throw reworded
        }
    }

    /// Go's `%q` for the plain strings these messages quote.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }

    /// `strings.TrimSpace`, as `LabelSelectorParam` and `FieldSelectorParam` apply it.
    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
