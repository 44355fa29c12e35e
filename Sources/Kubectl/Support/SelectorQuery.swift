import Cluster
import KubeAPI

/// A list by label and field selectors, as kubectl's resource builder asks for one
/// (`visitBySelector`): both selectors go to the server as text, which parses them, and a refused
/// list is reworded to name the resource and the selectors.
struct SelectorQuery {
    var labelText: String
    var fieldText: String
    /// The label selector, or none when it does not parse (the server then refuses the list).
    var label: LabelSelector
    private var labelProblem: LabelSelector.ParseError?

    /// Reads `-l`/`--selector` and `--field-selector` as text; nothing is refused here.
    init(_ flags: ParsedFlags) throws(KubectlFailure) {
        self.init(label: flags.string("selector") ?? "", field: flags.string("field-selector") ?? "")
    }

    /// Selectors a verb holds as text (`logs -l`, `cordon -l`).
    init(label labels: String, field fields: String = "") {
        labelText = Self.trimmed(labels)
        fieldText = Self.trimmed(fields)
        do {
            label = try LabelSelector(parsing: labelText)
        } catch {
            label = LabelSelector()
            labelProblem = error
        }
    }

    /// The label selector for verbs that parse it themselves (`top`): `labels.Parse`'s error as kubectl's.
    func parsedLabel() throws(KubectlFailure) -> LabelSelector {
        if let labelProblem { throw .error(labelProblem.message) }
        return label
    }

    var isEmpty: Bool { labelText.isEmpty && fieldText.isEmpty }

    func list(_ cluster: Cluster, _ type: ResourceType, namespace: String?) throws(APIError) -> [KubeObject] {
        do {
            return try cluster.list(type, namespace: namespace, labelSelector: labelText, fieldSelector: fieldText)
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
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return text }
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
