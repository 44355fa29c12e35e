import KubeAPI

/// The names the apiserver's OpenAPI documents give the schema's types: the Go package path of
/// the type and its name (`io.k8s.api.core.v1.PodSpec`,
/// `io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`). A kind lives in its group's package; a
/// type only the kinds of one group use lives there too; a type several groups share is core's.
struct OpenAPIDefinitionNames {
    private var names: [String: String] = [:]

    init(_ schema: APISchema) {
        // A qualified name starts with its group's first label (`discovery.`), with the version
        // too where two versions differ (`autoscalingv1.`). Custom kinds are not looked up by it.
        var prefixGroups: [String: String] = [:]
        for type in schema.types.values.sorted(by: { $0.name < $1.name }) {
            guard let groupVersion = type.groupVersion, !type.name.hasPrefix("io."), !type.name.hasPrefix("org."),
                let slash = groupVersion.firstIndex(of: "/")
            else { continue }
            let label = String(groupVersion[..<slash].prefix { $0 != "." })
            if prefixGroups[label] == nil { prefixGroups[label] = groupVersion }
            prefixGroups[label + groupVersion[groupVersion.index(after: slash)...]] = groupVersion
        }
        var owners: [String: Set<String>] = [:]
        for kind in schema.types.values {
            guard let groupVersion = kind.groupVersion else { continue }
            for name in Self.reachable(from: kind.name, in: schema) where schema.types[name]?.groupVersion == nil {
                owners[name, default: []].insert(groupVersion)
            }
        }
        for type in schema.types.values {
            let name = type.name
            if name.contains("/") { continue }
            if let package = Self.apimachinery[name] {
                names[name] = "\(package).\(name)"
            } else if let groupVersion = type.groupVersion {
                names[name] = name.contains(".") && !prefixGroups.keys.contains(String(name.prefix { $0 != "." }))
                    ? name : "\(Self.package(of: groupVersion)).\(type.displayName)"
            } else if name.contains("."), let groupVersion = prefixGroups[String(name.prefix { $0 != "." })] {
                names[name] = "\(Self.package(of: groupVersion)).\(type.displayName)"
            } else {
                let groups = owners[name] ?? []
                let groupVersion = groups.count == 1 && !Self.core.contains(name) ? groups.first! : "v1"
                names[name] = "\(Self.package(of: groupVersion)).\(name)"
            }
        }
    }

    /// The published name of a schema type; nil for an anonymous object of a custom kind.
    subscript(_ type: String) -> String? { names[type] }

    /// Go package paths of built-in groups.
    static func package(of groupVersion: String) -> String {
        let parts = groupVersion.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return "io.k8s.api.core.\(groupVersion)" }
        let label = parts[0].split(separator: ".")[0]
        switch label {
        case "apiextensions": return "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.\(parts[1])"
        case "apiregistration": return "io.k8s.kube-aggregator.pkg.apis.apiregistration.\(parts[1])"
        default: return "io.k8s.api.\(label).\(parts[1])"
        }
    }

    /// Types of apimachinery, by the package that defines them.
    private static let apimachinery: [String: String] = {
        var packages: [String: String] = [:]
        for name in [
            "ObjectMeta", "ManagedFieldsEntry", "OwnerReference", "PartialObjectMetadata", "LabelSelector",
            "LabelSelectorRequirement", "Condition", "Time", "MicroTime", "FieldsV1", "FieldSelectorRequirement",
        ] { packages[name] = "io.k8s.apimachinery.pkg.apis.meta.v1" }
        packages["Quantity"] = "io.k8s.apimachinery.pkg.api.resource"
        packages["IntOrString"] = "io.k8s.apimachinery.pkg.util.intstr"
        packages["RawExtension"] = "io.k8s.apimachinery.pkg.runtime"
        return packages
    }()

    /// Core types that only another group's kind refers to (a StorageClass's allowed topologies).
    private static let core: Set = ["TopologySelectorTerm", "TopologySelectorLabelRequirement"]

    /// Every type `name` refers to, directly or through other types.
    static func reachable(from name: String, in schema: APISchema) -> [String] {
        var seen: Set<String> = [name]
        var order: [String] = []
        var queue = [name]
        while let next = queue.popLast() {
            for field in schema.types[next]?.fields ?? [] {
                for referenced in field.type.namedTypes where seen.insert(referenced).inserted {
                    order.append(referenced)
                    queue.append(referenced)
                }
            }
        }
        return order
    }
}
