import OrderedCollections

/// An API object as the apiserver stores it: a JSON document with typed views of its metadata.
///
/// Objects stay unstructured, as kubectl handles them, so every kind prints through one path;
/// typed accessors in `Type+Concern.swift` files name the fields each controller reads.
public struct KubeObject: Sendable, Equatable {
    public var value: JSONValue

    public init(_ value: JSONValue) { self.value = value }

    public subscript(path path: String) -> JSONValue {
        get { value[path: path] }
        set { value[path: path] = newValue }
    }

    public var apiVersion: String { value["apiVersion"].string ?? "" }
    public var kind: String { value["kind"].string ?? "" }

    /// The API group of `apiVersion` (`apps` for `apps/v1`, empty for `v1`).
    public var group: String {
        let parts = apiVersion.split(separator: "/")
        return parts.count == 2 ? String(parts[0]) : ""
    }

    public var metadata: JSONValue {
        get { value["metadata"] }
        set { value["metadata"] = newValue }
    }

    public var name: String {
        get { value.string("metadata", "name") ?? "" }
        set { value.modify("metadata") { $0["name"] = .string(newValue) } }
    }

    public var namespace: String? {
        get { value.string("metadata", "namespace") }
        set { value.modify("metadata") { $0["namespace"] = newValue.map(JSONValue.string) ?? .null } }
    }

    public var uid: String { value.string("metadata", "uid") ?? "" }

    public var labels: [String: String] {
        get { value.member("metadata", "labels").stringMap }
        set { value.modify("metadata") { $0["labels"] = newValue.isEmpty ? .null : .stringMap(newValue) } }
    }

    public var annotations: [String: String] { value.member("metadata", "annotations").stringMap }

    // Read in place: `metadata` would hand back a copy of the whole member first.
    public var creationTimestamp: Timestamp? {
        value.string("metadata", "creationTimestamp").flatMap(Timestamp.init(rfc3339:))
    }
    public var deletionTimestamp: Timestamp? {
        value.string("metadata", "deletionTimestamp").flatMap(Timestamp.init(rfc3339:))
    }

    public var resourceVersion: Int { Int(value.string("metadata", "resourceVersion") ?? "") ?? 0 }

    /// Whether this object equals `other` but perhaps for `metadata.resourceVersion` (a write
    /// that would change nothing), compared in place, without copying either.
    public func differsOnlyInVersion(from other: KubeObject) -> Bool {
        guard case .object(let mine) = value, case .object(let theirs) = other.value, mine.keys == theirs.keys else {
            return value == other.value
        }
        for (key, member) in mine where key != "metadata" {
            if member != theirs[key] { return false }
        }
        func withoutVersion(_ metadata: JSONValue) -> some Sequence<(key: String, value: JSONValue)> {
            metadata.object.lazy.filter { $0.key != "resourceVersion" }
        }
        return withoutVersion(metadata).elementsEqual(withoutVersion(other.metadata)) { $0.key == $1.key && $0.value == $1.value }
    }

    /// The UID of the object that controls this one, read without building an `OwnerReference`.
    public var controllerUID: String? {
        for reference in value.member("metadata", "ownerReferences").array where reference["controller"].bool == true {
            return reference["uid"].string
        }
        return nil
    }

    /// The owner reference marked `controller: true`, if any.
    public var controllerReference: OwnerReference? {
        value.member("metadata", "ownerReferences").array.lazy.compactMap(OwnerReference.init).first { $0.controller }
    }
}

/// A reference from a dependent object to the object that owns it.
public struct OwnerReference: Sendable, Equatable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
    public var controller: Bool

    public init(apiVersion: String, kind: String, name: String, uid: String, controller: Bool = true) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.controller = controller
    }

    public init?(_ value: JSONValue) {
        guard let kind = value["kind"].string, let name = value["name"].string else { return nil }
        self.init(
            apiVersion: value["apiVersion"].string ?? "", kind: kind, name: name,
            uid: value["uid"].string ?? "", controller: value["controller"].bool ?? false)
    }

    /// The reference as stored in `metadata.ownerReferences`.
    public var json: JSONValue {
        [
            "apiVersion": .string(apiVersion), "blockOwnerDeletion": true, "controller": .bool(controller),
            "kind": .string(kind), "name": .string(name), "uid": .string(uid),
        ]
    }
}
