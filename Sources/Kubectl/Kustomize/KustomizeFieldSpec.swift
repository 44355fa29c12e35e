import KubeAPI
import OrderedCollections

/// A place in resources of some kinds that a transformer writes, as kustomize's field specs name
/// it: a slash path (sequences on the way are walked item by item), the group, version and kind
/// it is limited to, and whether missing fields along it are created.
struct KustomizeFieldSpec {
    var path: [String]
    var group: String?
    var version: String?
    var kind: String?
    var create: Bool

    init(_ path: String, group: String? = nil, version: String? = nil, kind: String? = nil, create: Bool = false) {
        self.path = path.split(separator: "/").map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : String($0) }
        self.group = group
        self.version = version
        self.kind = kind
        self.create = create
    }

    /// A spec as a kustomization's `labels[].fields` writes one.
    init(decoding value: JSONValue) {
        self.init(
            value["path"].string ?? "", group: value["group"].string, version: value["version"].string,
            kind: value["kind"].string, create: value["create"].bool ?? false)
    }

    /// Whether the spec is for `resource`'s group, version and kind (an empty one matches any).
    func selects(_ resource: JSONValue) -> Bool {
        let (group, version) = KustomizeResource.groupVersion(resource["apiVersion"].string ?? "")
        if let kind, kind != resource["kind"].string { return false }
        if let wanted = self.group, wanted != group { return false }
        if let wanted = self.version, wanted != version { return false }
        return true
    }
}

extension JSONValue {
    /// Calls `body` with each value at `path`, walking into every item of the sequences on the
    /// way. Missing maps (and the last field, given as `.null`) are made only when `create`; a
    /// last field `body` leaves `.null` is not added.
    mutating func visitKustomizeField(
        _ path: ArraySlice<String>, create: Bool, _ body: (inout JSONValue) throws(KustomizeError) -> Void
    ) throws(KustomizeError) {
        guard let key = path.first else { return try body(&self) }
        switch self {
        case .array(var items):
            for index in items.indices { try items[index].visitKustomizeField(path, create: create, body) }
            self = .array(items)
        case .object(var members):
            var child = members[key] ?? .null
            if child.isNull {
                guard create else { return }
                child = path.count == 1 ? .null : .emptyObject
            }
            try child.visitKustomizeField(path.dropFirst(), create: create, body)
            if !child.isNull { members[key] = child }
            self = .object(members)
        default:
            return
        }
    }
}
