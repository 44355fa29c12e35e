import KubeAPI
import OrderedCollections

/// What images offer on the network beyond their ports (`catalog/network.yaml` of a world): the
/// network programs inside each image and its shell, and the HTTP answers of its server.
public struct NetworkCatalog: Sendable {
    /// One image's network side.
    public struct Entry: Sendable {
        /// The image's `sh`: `dash`, `busybox` or `bash`, which decides how a missing command fails.
        public var shell = "dash"
        /// Network programs by name, each with its flavour (`curl: "7.88.1"`, `wget: busybox`).
        public var tools: [String: String] = [:]
        /// What its HTTP server answers, first match wins.
        public var pages: [HTTPPage] = []
    }

    /// The answer to a set of paths: status, headers in the order the server sends them, body.
    ///
    /// Headers and body may hold placeholders: `{version}` (the tag's version), `{date}` (the
    /// virtual clock as an HTTP date), `{length}` (the body's bytes), `{hostname}` (the pod's name),
    /// `{clientIP}`, `{path}`, `{query:NAME}` and `{goNow}` (Go's `time.Now()` as `%v` prints it).
    public struct HTTPPage: Sendable {
        /// Paths this page answers; `*` answers every path.
        public var paths: [String]
        /// Ports this page is served on; empty for every port.
        public var ports: [Int] = []
        public var status: Int
        public var reason: String
        public var headers: [String]
        public var body: String
    }

    public var images: [String: Entry] = [:]

    public init() {}

    /// The entry for an image reference's repository.
    public func entry(for image: String) -> Entry? { images[ImageReference(image).repository] }

    /// Reads `catalog/network.yaml`.
    public init(document: JSONValue) throws(ImageCatalog.FormatError) {
        for (repository, value) in document["images"].object {
            var entry = Entry()
            if let shell = value["shell"].string { entry.shell = shell }
            for (tool, flavour) in value["tools"].object { entry.tools[tool] = flavour.string ?? flavour.int.map(String.init) ?? "" }
            for page in value["pages"].array {
                guard let status = page["status"].int else {
                    throw ImageCatalog.FormatError(message: "network: \(repository): every page needs a status")
                }
                entry.pages.append(HTTPPage(
                    paths: page["paths"].array.compactMap(\.string), ports: page["ports"].array.compactMap(\.int), status: status,
                    reason: page["reason"].string ?? "", headers: page["headers"].array.compactMap(\.string),
                    body: page["body"].string ?? ""))
            }
            images[ImageReference(repository).repository] = entry
        }
    }
}
