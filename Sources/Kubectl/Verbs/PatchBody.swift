import Cluster
import KubeAPI

/// A patch as kubectl's patch sends it, and how the apiserver decodes what it produces.
///
/// kubectl sends JSON-looking text (`{` first) as typed, so a key it repeats reaches the server;
/// other text is converted from YAML, which leaves one of each key, sorted as Go writes a map.
/// kubectl's patch names no field validation, so the apiserver's default (`Warn`) applies: the
/// body's strict errors and the patched object's unknown fields are warnings, the fields dropped.
struct PatchBody {
    let type: String
    let document: JSONValue
    let text: String

    init(type: String, document: JSONValue, typed: String) {
        self.type = type
        self.document = document
        let jsonLooking = typed.drop { $0.isWhitespace }.hasPrefix("{")
        text = jsonLooking ? typed : GoJSON.marshal(document, sortingKeys: true)
    }

    /// `patched`, the object the patch made, as the apiserver decodes it into its kind; the
    /// warnings are printed as kubectl prints them, each once a command.
    func decode(
        _ patched: KubeObject, as resourceType: ResourceType, cluster: Cluster, context: VerbContext
    ) throws(APIError) -> KubeObject {
        let converted = try cluster.decodePatched(patched, as: resourceType, patchType: type, patch: document)
        let bodyErrors = PatchBodyDecoding.strictErrors(patchType: type, body: text)
        let decoded = try cluster.decodeFields(
            of: converted, as: resourceType, validation: .warn, patching: true, patchErrors: bodyErrors)
        decoded.warnings.forEach(context.printServerWarning)
        return decoded.object
    }
}
