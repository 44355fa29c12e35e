extension GoSchema {
    /// The apiserver's own type for the operations of a JSON patch body, which it decodes strictly
    /// before applying the patch.
    static let patchStructs: [String: String] = [
        "handlers.jsonPatchOp": """
        Op op string
        Path path string
        From from string
        Value value interface{}
        """
    ]
}
