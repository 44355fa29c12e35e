import KubeAPI

/// What a kernel says of itself: `uname` fields and the `/proc/version` line.
public struct KernelIdentity: Sendable, Equatable {
    /// `uname -s`.
    public var name = "Linux"
    /// `uname -r`.
    public var release = ""
    /// `uname -v`: the build number, options and date.
    public var version = ""
    /// `uname -m`.
    public var machine = "x86_64"
    /// `/proc/version`, without its newline.
    public var procVersion = ""

    public init(name: String = "Linux", release: String = "", version: String = "", machine: String = "x86_64", procVersion: String = "") {
        self.name = name
        self.release = release
        self.version = version
        self.machine = machine
        self.procVersion = procVersion
    }

    /// Reads world.yaml's `host.kernel` (`release`, `version`, `machine`, `procVersion`).
    init(_ doc: JSONValue) {
        release = doc["release"].string ?? ""
        version = doc["version"].string ?? ""
        machine = doc["machine"].string ?? "x86_64"
        procVersion = doc["procVersion"].string ?? "\(name) version \(release) \(version)"
    }
}
