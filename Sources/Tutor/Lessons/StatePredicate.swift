import KubeAPI

/// A predicate over the cluster: which objects to look at, what they must be, and how many.
public struct StatePredicate: Sendable, Equatable {
    /// How many of the selected objects that meet the conditions there must be.
    public enum Quantity: Sendable, Equatable {
        /// At least one (`true`) or none (`false`).
        case exists(Bool)
        case count(Int)
    }

    /// The canonical plural, such as `pods`.
    public var resource: String
    /// The namespace to look in; nil means every namespace.
    public var namespace: String?
    public var name: String?
    public var selector: String?
    /// Dotted paths (`spec.clusterIP`, `spec.containers.0.image`) and what their values must be.
    public var fields: [FieldCondition]
    /// What `status.phase` must be (`Running`, `Bound`).
    public var phase: Expectation?
    /// Whether the pod's `Ready` condition must be `True`.
    public var ready: Bool?
    public var quantity: Quantity

    public init(
        resource: String, namespace: String? = "default", name: String? = nil, selector: String? = nil,
        fields: [FieldCondition] = [], phase: Expectation? = nil, ready: Bool? = nil,
        quantity: Quantity = .exists(true)
    ) {
        self.resource = resource
        self.namespace = namespace
        self.name = name
        self.selector = selector
        self.fields = fields
        self.phase = phase
        self.ready = ready
        self.quantity = quantity
    }

    /// Whether the predicate holds in `lab` now.
    public func holds(in lab: any Lab) -> Bool {
        let parsedSelector = selector.flatMap { try? LabelSelector(parsing: $0) }
        let meeting = lab.objects(resource: resource, namespace: namespace).filter { object in
            if let name, object.name != name { return false }
            if let parsedSelector, !parsedSelector.matches(object.labels) { return false }
            return meetsConditions(object)
        }
        switch quantity {
        case .exists(let wanted): return meeting.isEmpty != wanted
        case .count(let wanted): return meeting.count == wanted
        }
    }

    private func meetsConditions(_ object: KubeObject) -> Bool {
        for field in fields where !field.expectation.matches(object.value.text(atPath: field.path)) {
            return false
        }
        if let phase, !phase.matches(object.value.text(atPath: "status.phase")) { return false }
        if let ready, object.isReady != ready { return false }
        return true
    }
}

/// One field of an object and what its value must be.
public struct FieldCondition: Sendable, Equatable {
    public var path: String
    public var expectation: Expectation

    public init(path: String, expectation: Expectation) {
        self.path = path
        self.expectation = expectation
    }
}

extension KubeObject {
    /// Whether the object's `Ready` condition is `True`, as kubectl's READY column counts pods.
    var isReady: Bool {
        value["status"]["conditions"].array.contains {
            $0["type"].string == "Ready" && $0["status"].string == "True"
        }
    }
}

extension JSONValue {
    /// The value at a dotted path where numbers index arrays, as text; nil when absent.
    ///
    /// Objects and arrays read as `{...}` and `[...]`, so they can be tested for presence.
    func text(atPath path: String) -> String? {
        var current = self
        for key in path.split(separator: ".").map(String.init) {
            if case .array = current, let index = Int(key) {
                current = current[index]
            } else {
                current = current[key]
            }
        }
        switch current {
        case .null: return nil
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return text
        case .array: return "[...]"
        case .object: return "{...}"
        }
    }
}
