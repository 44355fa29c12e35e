import OrderedCollections
import KubeAPI

extension ImageCatalog {
    /// Why a catalog file could not be understood.
    public struct FormatError: Error, Sendable {
        public var message: String
    }

    /// Reads a catalog document (`catalog/images.yaml` of a world).
    public init(document: JSONValue) throws(FormatError) {
        self.init()
        if let latency = document[path: "pull.latencyMilliseconds"].int { pullLatencyMilliseconds = Int64(latency) }
        if let speed = document[path: "pull.bytesPerSecond"].int { pullBytesPerSecond = Int64(speed) }
        for (host, registry) in document["registries"].object {
            registries[host] = Registry(
                missingRepository: registry["missingRepository"].string ?? "",
                missingRepositoryCode: registry["missingRepositoryCode"].string ?? "NotFound")
        }
        for entry in document["images"].array {
            guard let repository = entry["repository"].string else {
                throw FormatError(message: "images: every image needs a repository")
            }
            let reference = ImageReference(repository)
            images[reference.repository] = try Self.image(entry, repository)
            // `variants`: tags built otherwise (nginx's Alpine builds), each the entry with the
            // variant's own keys in place of the entry's; its `files` and `perTag` add to the
            // entry's, path by path and tag by tag.
            for variant in entry["variants"].array {
                guard case .object(var merged) = entry, case .object(let own) = variant else {
                    throw FormatError(message: "images: \(repository): variants are maps with their tags")
                }
                merged["variants"] = nil
                for (key, value) in own {
                    if key == "files" || key == "perTag", case .object(var combined) = merged[key] ?? .null {
                        for (name, item) in value.object { combined[name] = item }
                        merged[key] = .object(combined)
                    } else {
                        merged[key] = value
                    }
                }
                let image = try Self.image(.object(merged), repository)
                for tag in image.tags { variants[reference.repository, default: [:]][tag] = image }
            }
        }
    }

    /// One entry's image.
    private static func image(_ entry: JSONValue, _ repository: String) throws(FormatError) -> Image {
        var image = Image(
            tags: Set(entry["tags"].array.compactMap { $0.string ?? $0.int.map(String.init) }),
            sizeBytes: Int64(entry["size"].int ?? 0),
            defaultRun: try Self.run(entry["run"], repository))
        if !entry["needsEnv"].isNull {
            image.needsEnv = Set(entry["needsEnv"].array.compactMap(\.string))
            image.runWithoutEnv = try Self.run(entry["withoutEnv"], repository)
        }
        try Self.behaviour(of: entry, into: &image, repository)
        try Self.contents(of: entry, into: &image, repository)
        try Self.logs(of: entry, into: &image, repository)
        try Self.entrypoint(of: entry, into: &image, repository)
        return image
    }

    /// `forever`, or `{exitAfterSeconds: N, exitCode: C}`.
    private static func run(_ value: JSONValue, _ repository: String) throws(FormatError) -> ContainerRun {
        if value.isNull || value.string == "forever" { return .forever }
        guard let seconds = value["exitAfterSeconds"].int else {
            throw FormatError(message: "images: \(repository): run must be forever or {exitAfterSeconds, exitCode}")
        }
        return .exits(afterMilliseconds: Int64(seconds) * 1000, code: value["exitCode"].int ?? 0)
    }
}
