import KubeAPI

/// Listing with a field selector, as the apiserver serves `?fieldSelector=`: the text parsed, each
/// field checked against the kind's conversion, and the objects filtered by their selectable fields.
extension Cluster {
    /// A list by both selectors as text (`?labelSelector=&fieldSelector=`): the label selector is
    /// parsed first, as the list options are converted, and refused as a bad request.
    public func list(
        _ type: ResourceType, namespace: String?, labelSelector: String, fieldSelector: String
    ) throws(APIError) -> [KubeObject] {
        let selector: LabelSelector
        do {
            selector = try LabelSelector(parsing: labelSelector)
        } catch {
            throw APIError(reason: "BadRequest", message: error.message, code: 400)
        }
        return try list(type, namespace: namespace, selector: selector, fieldSelector: fieldSelector)
    }

    public func list(
        _ type: ResourceType, namespace: String?, selector: LabelSelector, fieldSelector text: String
    ) throws(APIError) -> [KubeObject] {
        let objects = list(type, namespace: namespace, selector: selector)
        let parsed: FieldSelector
        do {
            parsed = try FieldSelector(parsing: text)
        } catch {
            throw APIError(reason: "BadRequest", message: error.message, code: 400)
        }
        guard !parsed.isEmpty else { return objects }
        var converted = parsed
        for index in converted.requirements.indices {
            switch FieldLabelConversion.convert(converted.requirements[index].field, kind: type.kind, group: type.group)
            {
            case .success(let field): converted.requirements[index].field = field
            case .failure(let refusal): throw APIError(reason: "BadRequest", message: refusal.message, code: 400)
            }
        }
        return objects.filter { converted.matches(SelectableFields.of($0, as: type)) }
    }
}
