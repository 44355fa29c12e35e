import KubeAPI
import OrderedCollections

/// `images` and `replicas`.
extension KustomizeBuild {
    /// Rewrites the `image` of every container and init container an `images` entry names,
    /// wherever a `containers` or `initContainers` list sits (CustomResourceDefinitions excepted).
    func changeImages(_ changes: [Kustomization.ImageChange], _ resources: inout [KustomizeResource]) {
        guard !changes.isEmpty else { return }
        for index in resources.indices where resources[index].kind != "CustomResourceDefinition" {
            for change in changes { Self.changeImages(in: &resources[index].object, change) }
        }
    }

    private static func changeImages(in value: inout JSONValue, _ change: Kustomization.ImageChange) {
        switch value {
        case .object(var members):
            for key in members.keys {
                var child = members[key] ?? .null
                changeImages(in: &child, change)
                if key == "containers" || key == "initContainers", case .array(var containers) = child {
                    for item in containers.indices {
                        if let image = containers[item]["image"].string, let changed = KustomizeImage.changed(image, change) {
                            containers[item]["image"] = .string(changed)
                        }
                    }
                    child = .array(containers)
                }
                members[key] = child
            }
            value = .object(members)
        case .array(var items):
            for index in items.indices { changeImages(in: &items[index], change) }
            value = .array(items)
        default:
            return
        }
    }

    /// `replicas`: the count of each workload named, by any name it has had.
    func setReplicas(_ replicas: [(name: String, count: Int)], _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        for replica in replicas {
            for index in resources.indices where resources[index].allNames.contains(replica.name) {
                var object = resources[index].object
                for spec in KustomizeFieldSpec.replicas where spec.selects(object) {
                    try object.visitKustomizeField(spec.path[...], create: spec.create) { (value: inout JSONValue) throws(KustomizeError) in
                        value = .int(replica.count)
                    }
                }
                resources[index].object = object
            }
        }
    }
}

/// An image reference split and rebuilt as kustomize's image transformer does.
enum KustomizeImage {
    /// The new reference for `image` if `change` names it, else nil.
    static func changed(_ image: String, _ change: Kustomization.ImageChange) -> String? {
        guard matches(image, change.name) else { return nil }
        var (name, tag, digest) = split(image)
        if !change.newName.isEmpty { name = change.newName }
        if !change.newTag.isEmpty && !change.digest.isEmpty {
            tag = change.newTag
            digest = change.digest
        } else if !change.newTag.isEmpty {
            tag = change.newTag
            digest = ""
        } else if !change.digest.isEmpty {
            tag = ""
            digest = change.digest
        } else if !change.tagSuffix.isEmpty {
            tag += change.tagSuffix
            digest = ""
        }
        if !tag.isEmpty { name += ":" + tag }
        if !digest.isEmpty { name += "@" + digest }
        return name
    }

    /// Whether `image` is `name` with at most a tag and a sha256 digest after it.
    static func matches(_ image: String, _ name: String) -> Bool {
        guard !name.isEmpty, image.hasPrefix(name) else { return false }
        var rest = image.dropFirst(name.count)
        let allowed: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || "_.{}-".contains($0)) }
        if rest.hasPrefix(":") {
            rest = rest.dropFirst()
            rest = rest.drop(while: allowed)
        }
        if rest.hasPrefix("@sha256:") {
            rest = rest.dropFirst(8).drop(while: allowed)
        }
        return rest.isEmpty
    }

    /// Name, tag and digest; a colon before the first slash is a registry's port.
    static func split(_ image: String) -> (String, String, String) {
        let slash = image.firstIndex(of: "/").flatMap { $0 == image.startIndex ? nil : $0 } ?? image.startIndex
        let search = image[slash...]
        let at = search.firstIndex(of: "@")
        let colon = search.firstIndex(of: ":")
        guard colon != nil || at != nil else { return (image, "", "") }
        if let at, colon.map({ at < $0 }) ?? true {
            return (String(image[..<at]), "", String(image[image.index(after: at)...]))
        }
        if let colon, let at {
            return (String(image[..<colon]), String(image[image.index(after: colon)..<at]), String(image[image.index(after: at)...]))
        }
        guard let colon else { return (image, "", "") }
        return (String(image[..<colon]), String(image[image.index(after: colon)...]), "")
    }
}
