import Foundation
import KubeAPI

/// A file or directory on the lab's host, as `ls -l` would show it when the world starts.
public struct HostFile: Sendable {
    public var path: String
    public var isDirectory: Bool
    public var mode: UInt16
    public var owner: String
    public var group: String
    public var modified: Timestamp
    public var content: String
    /// What a symbolic link points to; nil for a file or directory.
    public var linkTarget: String? = nil
    /// The nodes whose container holds this file (node files only); empty means every node.
    public var nodes: [String] = []
}

extension World {
    /// The host's files from `host/files.yaml`, or none when the world has no such file.
    static func hostFiles(in directory: String, settings: ClusterSettings) throws(LoadError) -> [HostFile] {
        try files(at: "\(directory)/host/files.yaml", settings: settings)
    }

    /// The files inside the node containers from `node/files.yaml`, or none.
    static func nodeFiles(in directory: String, settings: ClusterSettings) throws(LoadError) -> [HostFile] {
        try files(at: "\(directory)/node/files.yaml", settings: settings)
    }

    /// Each entry has a `path`, `mode` (octal text), `owner`, `group`, `modified` (RFC 3339),
    /// either `content`, `kubeconfig: admin` (kubeadm's admin.conf from the cluster settings),
    /// `link` (a symbolic link's target) or `directory: true`, and optionally `nodes` (the node names that have it).
    private static func files(at path: String, settings: ClusterSettings) throws(LoadError) -> [HostFile] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read")
        }
        let list: JSONValue
        do {
            list = try YAMLDecoding.documents(text).first ?? .array([])
        } catch {
            throw LoadError(description: "\(path): \(error)")
        }
        var files: [HostFile] = []
        for entry in list.array {
            guard let name = entry["path"].string, name.hasPrefix("/"),
                let modified = entry["modified"].string.flatMap(Timestamp.init(rfc3339:))
            else {
                throw LoadError(description: "\(path): each file needs an absolute path and an RFC 3339 modified time")
            }
            let isDirectory = entry["directory"].bool ?? false
            guard let mode = UInt16(entry["mode"].string ?? (isDirectory ? "755" : "644"), radix: 8) else {
                throw LoadError(description: "\(path): \(name): mode must be octal text such as \"0644\"")
            }
            let owner = entry["owner"].string ?? "root"
            var content = entry["content"].string ?? ""
            if let kubeconfig = entry["kubeconfig"].string {
                guard kubeconfig == "admin" else {
                    throw LoadError(description: "\(path): \(name): kubeconfig must be \"admin\"")
                }
                content = settings.adminKubeconfigText
            }
            files.append(
                HostFile(
                    path: name, isDirectory: isDirectory, mode: mode, owner: owner,
                    group: entry["group"].string ?? owner,
                    modified: modified, content: content, linkTarget: entry["link"].string,
                    nodes: entry["nodes"].array.compactMap(\.string)))
        }
        return files
    }
}
