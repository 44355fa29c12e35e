import KubeAPI

/// How the apiserver reads a PATCH body before applying it.
///
/// kubectl's patch names no field validation, so the server's default (`Warn`) applies: the body
/// is first decoded strictly into the Go type its patch type wants (a list of
/// `handlers.jsonPatchOp` for a JSON patch, a map for the others), and a body that does not
/// decode is refused with a 400.
public enum PatchBodyDecoding {
    /// The apiserver's refusal of a body of `patchType` (`json`, `merge`, `strategic`): `text` as
    /// sent and `document` its parse (nil when it did not parse); nil when the body decodes.
    public static func refusal(patchType: String, text: String, document: JSONValue?) -> APIError? {
        let problem: String?
        if let document {
            let goType = patchType == "json" ? "[]handlers.jsonPatchOp" : "map[string]interface {}"
            problem = GoUnmarshal.error(decoding: document, as: goType)
        } else {
            problem = GoJSONSyntax.error(in: text)
        }
        guard let problem else {
            // A merge patch of `null` decodes; json-patch's MergePatch then refuses it.
            if patchType == "merge", document?.isNull == true { return badRequest("Invalid JSON Patch") }
            return nil
        }
        // The strategic patcher passes the decoder's words on as they are; the others say what failed.
        return badRequest(patchType == "strategic" ? problem : "error decoding patch: \(problem)")
    }

    private static func badRequest(_ message: String) -> APIError {
        APIError(reason: "BadRequest", message: message, code: 400)
    }
}
