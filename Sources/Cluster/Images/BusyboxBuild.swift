import KubeAPI
import OrderedCollections

/// One build of busybox an image ships: its banner, its binary, and the applets it installs as
/// names of that binary (hard links, as docker-library's `busybox --install /bin` makes them, or
/// symbolic links, as Alpine's `busybox --install -s` does), with the other programs beside it.
public struct BusyboxBuild: Sendable, Equatable {
    /// The image tags that carry this build.
    public var tags: Set<String>
    /// What the binary says first: `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)`.
    public var banner: String
    /// When the build's files were made, in seconds since the epoch.
    public var built: Int64
    /// The binary's path and size in bytes.
    public var path: String
    public var size: Int
    /// True when the applets are symbolic links to the binary rather than hard links.
    public var symbolic: Bool
    /// The applets, by the directory each is installed in (`/bin/ls`).
    public var applets: [String] { didSet { appletNames = Self.names(of: applets) } }
    /// The applets' names, in busybox's own order (byte order, as `busybox --list` prints them).
    public private(set) var appletNames: [String]
    /// Other programs the image ships, by path, with their sizes in bytes.
    public var programs: [String: Int]
    /// Symbolic links the image has, by path, with their targets as written.
    public var links: [String: String]

    /// The banner of the busybox an image carries when its catalog entry describes no build.
    public static let fallbackBanner = "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)"

    public init(
        tags: Set<String>, banner: String, built: Int64, path: String, size: Int, symbolic: Bool, applets: [String],
        programs: [String: Int], links: [String: String]
    ) {
        self.tags = tags
        self.banner = banner
        self.built = built
        self.path = path
        self.size = size
        self.symbolic = symbolic
        self.applets = applets
        self.programs = programs
        self.links = links
        appletNames = Self.names(of: applets)
    }

    private static func names(of applets: [String]) -> [String] {
        applets.map { String($0.split(separator: "/").last ?? "") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}

extension ImageCatalog {
    /// Reads an image entry's `busybox` builds.
    static func busyboxBuilds(of entry: JSONValue, _ repository: String) throws(FormatError) -> [BusyboxBuild] {
        var builds: [BusyboxBuild] = []
        for build in entry[path: "busybox.builds"].array {
            guard let banner = build["banner"].string, let date = build["built"].string,
                let built = Timestamp(rfc3339: date), let size = build["size"].int
            else {
                throw FormatError(message: "images: \(repository): every busybox build needs a banner, built (RFC 3339) and size")
            }
            let directory = build["directory"].string ?? "/bin"
            let applets = build["applets"].array.compactMap(\.string).map { $0.hasPrefix("/") ? $0 : directory + "/" + $0 }
            var programs: [String: Int] = [:]
            for (path, bytes) in build["programs"].object { programs[path] = bytes.int ?? 0 }
            var links: [String: String] = [:]
            for (path, target) in build["links"].object { links[path] = target.string ?? "" }
            builds.append(BusyboxBuild(
                tags: Set(build["tags"].array.compactMap(\.string)), banner: banner, built: built.seconds,
                path: build["path"].string ?? "/bin/busybox", size: size,
                symbolic: entry[path: "busybox.install"].string == "symlinks", applets: applets, programs: programs,
                links: links))
        }
        return builds
    }
}

extension ImageCatalog.Image {
    /// The busybox build the image's `tag` carries, if it has one.
    public func busybox(tag: String) -> BusyboxBuild? {
        busyboxBuilds.first { $0.tags.contains(tag) }
    }

    /// The banner the busybox of the image's `tag` prints above its usage texts.
    public func busyboxBanner(tag: String) -> String {
        busybox(tag: tag)?.banner ?? BusyboxBuild.fallbackBanner
    }
}
