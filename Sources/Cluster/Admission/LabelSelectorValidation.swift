import KubeAPI

/// `ValidateLabelSelector` (apimachinery's `meta/v1/validation`): each `matchLabels` key a
/// qualified name and each value a label value; each requirement's operator known, its values
/// present for `In`/`NotIn` and absent for `Exists`/`DoesNotExist`, its key a qualified name
/// and (unless invalid values are let through) each value a label value.
enum LabelSelectorValidation {
    typealias Cause = InvalidDetails.Cause

    static func causes(_ selector: JSONValue, path: String, allowInvalidValues: Bool = false) -> [Cause] {
        guard !selector.isNull else { return [] }
        var causes: [Cause] = []
        for (key, value) in selector["matchLabels"].stringMap.sorted(by: { $0.key < $1.key }) {
            causes += NameValidation.qualifiedName(key).map {
                FieldError.invalid("\(path).matchLabels", GoSyntax.quoted(key), $0)
            }
            causes += NameValidation.labelValue(value).map {
                FieldError.invalid("\(path).matchLabels", GoSyntax.quoted(value), $0)
            }
        }
        for (index, requirement) in selector["matchExpressions"].array.enumerated() {
            causes += self.requirement(requirement, path: "\(path).matchExpressions[\(index)]", allowInvalidValues)
        }
        return causes
    }

    /// `ValidateLabelSelectorRequirement`.
    private static func requirement(_ requirement: JSONValue, path: String, _ allowInvalidValues: Bool) -> [Cause] {
        var causes: [Cause] = []
        let values = requirement["values"].array
        let operatorName = requirement["operator"].string ?? ""
        switch operatorName {
        case "In", "NotIn":
            if values.isEmpty {
                causes.append(FieldError.required("\(path).values", "must be specified when `operator` is 'In' or 'NotIn'"))
            }
        case "Exists", "DoesNotExist":
            if !values.isEmpty {
                causes.append(
                    FieldError.forbidden(
                        "\(path).values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
            }
        default:
            causes.append(FieldError.invalid("\(path).operator", GoSyntax.quoted(operatorName), "not a valid selector operator"))
        }
        let key = requirement["key"].string ?? ""
        causes += NameValidation.qualifiedName(key).map { FieldError.invalid("\(path).key", GoSyntax.quoted(key), $0) }
        if !allowInvalidValues {
            for (index, value) in values.enumerated() {
                let text = value.string ?? ""
                causes += NameValidation.labelValue(text).map {
                    FieldError.invalid("\(path).values[\(index)]", GoSyntax.quoted(text), $0)
                }
            }
        }
        return causes
    }
}
