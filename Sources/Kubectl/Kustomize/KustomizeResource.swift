import KubeAPI
import OrderedCollections

/// One object of a kustomize build, with what the build remembers of it: the names it had before
/// prefixes, suffixes and namespaces changed them (for name references) and whether a content
/// hash is still to be added to its name.
struct KustomizeResource {
    var object: JSONValue
    /// Its (name, namespace) as first loaded or generated, then after each renaming.
    var previousIDs: [(name: String, namespace: String)] = []
    /// A generated ConfigMap or Secret whose name takes the hash of its content at the end.
    var needsHash = false

    init(_ object: JSONValue) { self.object = object }

    var kind: String { object["kind"].string ?? "" }
    var apiVersion: String { object["apiVersion"].string ?? "" }
    var name: String {
        get { object.string("metadata", "name") ?? "" }
        set { object[path: "metadata.name"] = .string(newValue) }
    }
    var namespace: String {
        get { object.string("metadata", "namespace") ?? "" }
        set { object[path: "metadata.namespace"] = .string(newValue) }
    }
    var group: String { Self.groupVersion(apiVersion).group }
    var version: String { Self.groupVersion(apiVersion).version }

    /// Every name the resource has had, the current one last.
    var allNames: [String] { previousIDs.map(\.name) + [name] }

    /// Remembers the current name and namespace before a transformer changes them.
    mutating func rememberID() {
        let id = (name, namespace)
        if previousIDs.last.map({ $0 != id }) ?? true { previousIDs.append(id) }
    }

    /// `group/version` split; the core group is empty.
    static func groupVersion(_ apiVersion: String) -> (group: String, version: String) {
        guard let slash = apiVersion.firstIndex(of: "/") else { return ("", apiVersion) }
        return (String(apiVersion[..<slash]), String(apiVersion[apiVersion.index(after: slash)...]))
    }

    /// kustomize's id of the resource as its messages print it: `Kind.version.group/name.namespace`.
    var idText: String {
        let group = group.isEmpty ? "[noGrp]" : group
        return "\(kind).\(version.isEmpty ? "[noVer]" : version).\(group)/\(name).\(namespace.isEmpty ? "[noNs]" : namespace)"
    }
}
