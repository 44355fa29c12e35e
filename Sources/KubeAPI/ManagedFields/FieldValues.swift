import OrderedCollections

/// An object seen as server-side apply sees it: its leaf values by path, and the list items and
/// maps that hold them. Which lists are keyed, which are sets and which types are one whole
/// comes from the schema (`PatchMeta`); a list the schema gives no keys is atomic.
public struct FieldValues: Sendable {
    /// Each owned leaf (scalar, empty or atomic value, set item) with its value.
    public var leaves: [FieldPath: JSONValue] = [:]
    /// Each item of a keyed list.
    public var items: Set<FieldPath> = []
    /// Each map of free keys (labels, annotations, data).
    public var maps: Set<FieldPath> = []
    /// Every path that holds other fields (structs, maps, lists, list items), and each member
    /// present as `null`: the nodes whose coming into being an update owns (the `.` marker).
    public var nodes: Set<FieldPath> = []

    /// Which part of an object a write covers: the main resource (all but `status`) or the
    /// status subresource (only `status`), as the apiserver's reset fields split them; an apply
    /// through the status subresource also owns the labels and annotations it sets.
    public enum Scope: Sendable { case main, status, statusApply }

    /// Fields no manager owns: type meta, server-set metadata, and the status subresource.
    static let unowned: Set<FieldPath> = Set(
        [[.field("apiVersion")], [.field("kind")], [.field("status")]]
            + ["name", "namespace", "creationTimestamp", "selfLink", "uid", "generation", "managedFields", "resourceVersion"]
            .map { [.field("metadata"), .field($0)] })

    public init(_ value: JSONValue, meta: PatchMeta, scope: Scope = .main) {
        switch scope {
        case .main: walk(value, meta, [])
        case .status:
            walkStatus(value, meta)
        case .statusApply:
            walkStatus(value, meta)
            let metadata = meta.field("metadata").meta
            for key in ["labels", "annotations"] where !value["metadata"][key].isNull {
                nodes.insert([.field("metadata")])
                walk(value["metadata"][key], metadata.field(key).meta, [.field("metadata"), .field(key)])
            }
        }
    }

    private mutating func walkStatus(_ value: JSONValue, _ meta: PatchMeta) {
        let status = value["status"]
        guard !status.isNull else { return }
        nodes.insert([.field("status")])
        walk(status, meta.field("status").meta, [.field("status")])
    }

    /// What an applied configuration claims: its leaves and its list items.
    public var applied: FieldSet { FieldSet(Set(leaves.keys).union(items)) }

    /// Every path, nodes included.
    public var all: Set<FieldPath> { Set(leaves.keys).union(items).union(maps) }

    private mutating func walk(_ value: JSONValue, _ meta: PatchMeta, _ path: FieldPath) {
        switch value {
        case .object, .array: if !path.isEmpty { nodes.insert(path) }
        default: break
        }
        guard case .object(let members) = value, !members.isEmpty, !meta.isAtomic else {
            if !path.isEmpty { leaves[path] = value }
            return
        }
        if meta.isMap, !path.isEmpty { maps.insert(path) }
        for (key, member) in members {
            let childPath = path + [.field(key)]
            if path.isEmpty, key == "status" { continue }
            if Self.unowned.contains(childPath) { continue }
            if member.isNull {
                nodes.insert(childPath)
                continue
            }
            guard case .array(let elements) = member, !elements.isEmpty else {
                walk(member, meta.field(key).meta, childPath)
                continue
            }
            let field = meta.listField(key)
            nodes.insert(childPath)
            if !field.listKeys.isEmpty, elements.allSatisfy({ !$0.object.isEmpty }) {
                for element in elements {
                    let keys = field.listKeys.compactMap { name -> PathElement.KeyField? in
                        let value = element[name]
                        return value.isNull ? nil : PathElement.KeyField(name: name, json: GoJSON.marshal(value))
                    }
                    let itemPath = childPath + [.key(keys.sorted { $0.name < $1.name })]
                    items.insert(itemPath)
                    walk(element, field.meta, itemPath)
                }
            } else if field.strategy == "merge", elements.allSatisfy({ $0.object.isEmpty && $0.array.isEmpty }) {
                for element in elements { leaves[childPath + [.value(GoJSON.marshal(element))]] = element }
            } else {
                leaves[childPath] = member
            }
        }
    }
}

/// How two versions of an object differ, path by path (structured-merge-diff's `Comparison`).
public struct FieldComparison: Sendable {
    public var added: FieldSet
    public var modified: FieldSet
    public var removed: FieldSet

    public init(from old: FieldValues, to new: FieldValues) {
        let before = old.all, after = new.all
        added = FieldSet(after.subtracting(before))
        removed = FieldSet(before.subtracting(after))
        modified = FieldSet(Set(new.leaves.compactMap { path, value in
            guard let previous = old.leaves[path], !previous.isEquivalent(to: value) else { return nil }
            return path
        }))
    }

    /// The paths whose values the change set: added or modified.
    public var changed: FieldSet { added.union(modified) }
}
