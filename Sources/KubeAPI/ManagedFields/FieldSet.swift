import OrderedCollections

/// The fields one manager owns in an object (structured-merge-diff's `fieldpath.Set`): a set of
/// paths, written as the `fieldsV1` trie of `metadata.managedFields`.
public struct FieldSet: Equatable, Sendable {
    public var paths: Set<FieldPath>

    public init(_ paths: Set<FieldPath> = []) { self.paths = paths }

    public var isEmpty: Bool { paths.isEmpty }

    public func union(_ other: FieldSet) -> FieldSet { FieldSet(paths.union(other.paths)) }
    public func subtracting(_ other: FieldSet) -> FieldSet { FieldSet(paths.subtracting(other.paths)) }
    public func intersection(_ other: FieldSet) -> FieldSet { FieldSet(paths.intersection(other.paths)) }

    /// The paths in the order structured-merge-diff lists them.
    public var sorted: [FieldPath] { paths.sorted { $0.precedes($1) } }

    /// The `fieldsV1` document: each step a member; `.` marks a path that is itself owned and
    /// also has owned paths below it.
    public var fieldsV1: JSONValue {
        final class Node {
            var owned = false
            var children: [PathElement: Node] = [:]
        }
        let root = Node()
        for path in paths {
            var node = root
            for element in path {
                if let next = node.children[element] {
                    node = next
                } else {
                    let next = Node()
                    node.children[element] = next
                    node = next
                }
            }
            node.owned = true
        }
        func encode(_ node: Node) -> JSONValue {
            var members: OrderedDictionary<String, JSONValue> = [:]
            if node.owned && !node.children.isEmpty { members["."] = .emptyObject }
            for (element, child) in node.children.sorted(by: { $0.key < $1.key }) {
                members[element.encoded] = encode(child)
            }
            return .object(members)
        }
        return encode(root)
    }

    /// Reads a `fieldsV1` document; members it cannot read are passed over.
    public init(fieldsV1: JSONValue) {
        var paths: Set<FieldPath> = []
        func read(_ value: JSONValue, _ path: FieldPath) {
            let members = value.object
            if members.isEmpty || members["."] != nil, !path.isEmpty { paths.insert(path) }
            for (name, child) in members where name != "." {
                guard let element = PathElement(encoded: name) else { continue }
                read(child, path + [element])
            }
        }
        read(fieldsV1, [])
        self.init(paths)
    }
}
