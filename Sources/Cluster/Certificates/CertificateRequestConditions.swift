import KubeAPI

/// The rules of a CSR's `status.conditions`: which it has, the timestamps the apiserver fills
/// in, and what an update through the approval subresource may do to them.
public enum CertificateRequestConditions {
    typealias Cause = InvalidDetails.Cause

    /// `extractCSRStatus`, the CONDITION column and describe's Status: Denied over Approved over
    /// Pending (by type, whatever the status), then `,Failed` and `,Issued`.
    public static func summary(of request: KubeObject) -> String {
        let types = Set(request[path: "status.conditions"].array.compactMap { $0["type"].string })
        var status = types.contains("Denied") ? "Denied" : types.contains("Approved") ? "Approved" : "Pending"
        if types.contains("Failed") { status += ",Failed" }
        if !(request[path: "status.certificate"].string ?? "").isEmpty { status += ",Issued" }
        return status
    }

    /// The condition types present (Approved and Denied count whatever their status, as the
    /// controllers read them; Failed only when True).
    static func trueTypes(of request: KubeObject) -> Set<String> {
        Set(
            request[path: "status.conditions"].array.compactMap { condition -> String? in
                guard let type = condition["type"].string else { return nil }
                return type != "Failed" || condition["status"].string == "True" ? type : nil
            })
    }

    /// `populateConditionTimestamps`: a condition without `lastUpdateTime` gets now; without
    /// `lastTransitionTime`, that of an old condition of the same type and status, else now.
    static func withTimestamps(_ conditions: [JSONValue], old: [JSONValue], now: Timestamp) -> [JSONValue] {
        conditions.map { condition in
            var condition = condition
            if (condition["lastUpdateTime"].string ?? "").isEmpty { condition["lastUpdateTime"] = .string(now.rfc3339) }
            if (condition["lastTransitionTime"].string ?? "").isEmpty {
                let earlier = old.first {
                    $0["type"] == condition["type"] && $0["status"] == condition["status"]
                        && !($0["lastTransitionTime"].string ?? "").isEmpty
                }
                condition["lastTransitionTime"] = earlier?["lastTransitionTime"] ?? .string(now.rfc3339)
            }
            return condition
        }
    }

    /// What validation refuses in an approval update's conditions (`validateConditions`, then the
    /// rule that Approved, Denied and Failed conditions stay). Both Approved and Denied, or a type
    /// twice, are tolerated only where the stored request had them already.
    static func approvalProblems(_ conditions: [JSONValue], old: [JSONValue]) -> [Cause] {
        let path = "status.conditions"
        let oldTypes = old.map { $0["type"].string ?? "" }
        let allowBoth = oldTypes.contains("Approved") && oldTypes.contains("Denied")
        let allowDuplicates = Set(oldTypes).count < oldTypes.count
        let allowEmpty = oldTypes.contains("")
        var causes: [Cause] = []
        var seen: Set<String> = []
        var (approved, denied) = (false, false)
        for (index, condition) in conditions.enumerated() {
            let type = condition["type"].string ?? ""
            let status = condition["status"].string ?? ""
            if type.isEmpty, !allowEmpty { causes.append(FieldError.required("\(path)[\(index)].type")) }
            let allowed = ["Approved", "Denied", "Failed"].contains(type) ? ["True"] : ["False", "True", "Unknown"]
            if status.isEmpty {
                causes.append(FieldError.required("\(path)[\(index)].status"))
            } else if !allowed.contains(status) {
                causes.append(FieldError.notSupported("\(path)[\(index)].status", status, allowed))
            }
            if !allowBoth, type == "Approved" || type == "Denied" {
                if type == "Approved" { approved = true } else { denied = true }
                if approved && denied {
                    causes.append(FieldError.invalid("\(path)[\(index)].type", GoSyntax.quoted(type), exclusive))
                }
            }
            if !allowDuplicates, !seen.insert(type).inserted {
                causes.append(FieldError.duplicate("\(path)[\(index)].type", type))
            }
        }
        let newTypes = conditions.map { $0["type"].string ?? "" }
        for type in ["Approved", "Denied", "Failed"]
        where newTypes.count(where: { $0 == type }) < oldTypes.count(where: { $0 == type }) {
            causes.append(
                FieldError.forbidden(path, "updates may not remove a condition of type \(GoSyntax.quoted(type))"))
        }
        return causes
    }

    static let exclusive = "Approved and Denied conditions are mutually exclusive"
}
