import OrderedCollections

extension JSONValue {
    /// This value without what `path` names: a field, a keyed list item, a set item or an
    /// indexed item. A path that names nothing changes nothing.
    public func removing(_ path: FieldPath) -> JSONValue {
        guard let first = path.first else { return self }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var members), .field(let name)):
            guard let member = members[name] else { return self }
            if rest.isEmpty {
                members.removeValue(forKey: name)
            } else {
                members[name] = member.removing(rest)
            }
            return .object(members)
        case (.array(var elements), _):
            guard let index = elements.firstIndex(where: { $0.isNamed(by: first) }) else { return self }
            if rest.isEmpty {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].removing(rest)
            }
            return .array(elements)
        default:
            return self
        }
    }

    /// Whether this list item is the one a key, value or index step names (indexes are not
    /// known to an item, so they never match here).
    private func isNamed(by element: PathElement) -> Bool {
        switch element {
        case .key(let fields): fields.allSatisfy { GoJSON.marshal(self[$0.name]) == $0.json }
        case .value(let json): GoJSON.marshal(self) == json
        case .field, .index: false
        }
    }
}
