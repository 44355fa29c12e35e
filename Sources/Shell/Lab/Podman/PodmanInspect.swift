import Cluster
import KubeAPI
import OrderedCollections
import Kubectl

/// `podman inspect [-f FORMAT] NAME...`: each named container (or image) as podman 4.9 reports
/// it, a JSON array indented by five spaces, or `--format`'s Go template run once per object.
struct PodmanInspect {
    let data: PodmanInspectData
    let containers: [HostContainer]
    let images: [HostImage]

    func run(_ arguments: [String], io: IOStreams) -> Int32 {
        var format: String?
        var names: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-f" || argument == "--format" {
                guard index < arguments.count else {
                    io.err("Error: flag needs an argument: \(argument == "-f" ? "'f' in -f" : "--format")\nSee 'podman inspect --help'\n")
                    return 125
                }
                format = arguments[index]
                index += 1
            } else if argument.hasPrefix("--format=") {
                format = String(argument.dropFirst("--format=".count))
            } else if argument.hasPrefix("-f"), argument.count > 2 {
                format = String(argument.dropFirst(2))
            } else if argument.hasPrefix("-"), argument != "-" {
                io.err(PodmanCommand.unknownFlag(argument, command: "inspect"))
                return 125
            } else {
                names.append(argument)
            }
        }
        guard !names.isEmpty else {
            io.err("Error: no names or ids specified\n")
            return 125
        }
        var objects: [JSONValue] = []
        var missing: [String] = []
        for name in names {
            if let container = containers.first(where: { $0.name == name || $0.id.hasPrefix(name) }) {
                objects.append(data.container(container))
            } else if let image = images.first(where: { $0.names.contains(name) || $0.id.hasPrefix(name) || $0.names.contains(name + ":latest") }) {
                objects.append(Self.image(image))
            } else {
                missing.append(name)
            }
        }
        if let format, format != "json" {
            // podman names `.Id` and `.ImageID` as the struct's fields are; the JSON keys differ.
            let template = Self.normalized(format)
            for object in objects {
                switch GoTemplateRender.render(template.hasSuffix("\n") ? template : template + "\n", name: "inspect", data: object, functions: .podman) {
                case .success(let text): io.out(text)
                case .failure(let failure):
                    io.out(failure.output)
                    io.err("Error: \(failure.message)\n")
                    return 125
                }
            }
        } else {
            io.out(GoIndentedJSON.encode(.array(objects), indent: "     "))
        }
        guard let first = missing.first else { return 0 }
        for name in missing.dropFirst() { io.err("error inspecting object: no such object: \"\(name)\"\n") }
        io.err("Error: inspecting object: no such object: \"\(first)\"\n")
        return 125
    }

    /// Go field names whose JSON key differs, turned into the key.
    static func normalized(_ format: String) -> String {
        var text = format
        for (field, key) in [(".ID}}", ".Id}}"), (".ID ", ".Id "), (".ImageID", ".Image")] {
            text = text.split(separator: field, omittingEmptySubsequences: false).joined(separator: key)
        }
        return text
    }

    /// An image's first fields, in libimage's `ImageData` order (its layers and history are left out).
    static func image(_ image: HostImage) -> JSONValue {
        .object([
            "Id": .string(image.id), "Digest": .string(image.digest),
            "RepoTags": .array(image.names.map { .string($0) }),
            "RepoDigests": .array(image.names.map { .string(PodmanImages.split($0).0 + "@" + image.digest) }),
            "Parent": "", "Comment": "", "Created": .string(image.created.rfc3339), "Config": .emptyObject, "Version": "",
            "Author": "", "Architecture": "amd64", "Os": "linux", "Size": .int(Int(image.size)),
            "VirtualSize": .int(Int(image.size)),
        ])
    }
}
