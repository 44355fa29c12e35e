import KubeAPI
import OrderedCollections

extension ImageCatalog {
    /// Reads what an image entry says is inside the image: its `sh` (`shell`), its GNU bash
    /// (`bash`), network programs (`tools`), HTTP answers (`pages`), its own files (`files`, dated `filesDate`) and
    /// symbolic links (`links`), its config's environment (`env`), the busybox it carries (`busybox`) and its own programs (`binaries`).
    static func contents(of entry: JSONValue, into image: inout Image, _ repository: String) throws(FormatError) {
        image.shell = entry["shell"].string
        if let version = entry[path: "bash.version"].string {
            image.bash = BashRelease(version: version, machine: entry[path: "bash.machine"].string ?? "x86_64-pc-linux-gnu")
        }
        for (tool, flavour) in entry["tools"].object { image.tools[tool] = flavour.string ?? flavour.int.map(String.init) ?? "" }
        for page in entry["pages"].array {
            guard let status = page["status"].int else {
                throw FormatError(message: "images: \(repository): every page needs a status")
            }
            image.pages.append(HTTPPage(
                paths: page["paths"].array.compactMap(\.string), ports: page["ports"].array.compactMap(\.int), status: status,
                reason: page["reason"].string ?? "", headers: page["headers"].array.compactMap(\.string),
                body: page["body"].string ?? "", file: page["file"].string, missingStatus: page["missing"].int ?? 404))
        }
        for (path, content) in entry["files"].object {
            guard path.hasPrefix("/"), let text = content.string else {
                throw FormatError(message: "images: \(repository): files maps absolute paths to their contents")
            }
            image.files.append(ImageFile(path: path, content: text))
        }
        if let date = entry["filesDate"].string {
            guard let stamp = Timestamp(rfc3339: date) else {
                throw FormatError(message: "images: \(repository): filesDate must be an RFC 3339 time")
            }
            image.filesModified = stamp.seconds
        }
        for (path, target) in entry["links"].object {
            guard path.hasPrefix("/"), let target = target.string else {
                throw FormatError(message: "images: \(repository): links maps absolute paths to their targets")
            }
            image.links[path] = target
        }
        for variable in entry["env"].array {
            guard let text = variable.string, let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw FormatError(message: "images: \(repository): env lists NAME=value strings")
            }
            image.env.append(text)
        }
        image.busyboxBuilds = try busyboxBuilds(of: entry, repository)
        image.binaries = try programs(of: entry, repository)
    }
}
