import KubeAPI

/// What the lab's registries hold: each image's tags, size and what its default command does,
/// with the pull speed and the registries' error texts, all read from the world's data.
public struct ImageCatalog: Sendable {
    /// One repository: the tags it has and how its image behaves.
    public struct Image: Sendable {
        public var tags: Set<String>
        /// Compressed size in bytes, as the `Pulled` event reports it.
        public var sizeBytes: Int64
        /// What the image's default command (entrypoint and cmd) does.
        public var defaultRun: ContainerRun
        /// Environment variables of which the default command needs at least one (`POSTGRES_PASSWORD`).
        public var needsEnv: Set<String>?
        /// What the default command does when none of `needsEnv` is set.
        public var runWithoutEnv: ContainerRun = .exits(afterMilliseconds: 0, code: 1)
        /// The image's own program (basename), so `command: [nginx, -g, ...]` still runs it.
        public var program: String?
        /// The image's default command (its `CMD`), when the catalog says: `[sh]` for busybox.
        public var command: [String] = []
        /// The image config's `ENTRYPOINT`, when the catalog says: `[/docker-entrypoint.sh]` for nginx.
        public var entrypoint: [String] = []
        /// What the entrypoint does with its arguments, when it is a script that execs them.
        public var entrypointScript: EntrypointScript?
        /// What the default command serves, if it is a server.
        public var server: ImageServer?
        /// Servers chosen by the first argument (agnhost's `netexec`, `liveness`, ...).
        public var subcommands: [String: ImageServer] = [:]
        /// The simulation's figure for the memory the running image holds, in bytes.
        public var memoryBytes: Int64 = 0
        /// The simulation's figure for the CPU the running image uses when idle, in millicores.
        public var cpuMillicores: Int64 = 1
        /// The CPU one HTTP request to the image's server costs, in microseconds (0: nothing measurable).
        public var cpuPerRequestMicroseconds: Int64 = 0
        /// How the default command ends on the runtime's stop signal; nil when, as PID 1 without a
        /// handler, it ignores SIGTERM and is killed at the end of the grace period.
        public var stop: ContainerRun?
        /// Whose `cat` and `ls` the image has, which decides their error messages.
        public var userland: Userland = .gnu
        /// What `uname -o` says in it: `GNU/Linux`, or `Linux` from Alpine's busybox.
        public var osName = "GNU/Linux"
        /// The image's own files with their contents (`/etc/os-release`, a server's pages), in catalog order.
        public var files: [ImageFile] = []
        /// When the image's files were last changed (its build), in seconds since the epoch.
        public var filesModified: Int64 = 0
        /// The image's `sh`: `dash`, `busybox` or `bash`, which decides how a missing command fails;
        /// nil to go by the userland.
        public var shell: String?
        /// The GNU bash the image carries, if any.
        public var bash: BashRelease?
        /// Network programs by name, each with its flavour (`curl: "7.88.1"`, `wget: busybox`).
        public var tools: [String: String] = [:]
        /// What its HTTP server answers, first match wins.
        public var pages: [HTTPPage] = []
        /// Programs the image ships beyond the core utilities: its shells and `tar`, which
        /// `kubectl cp` needs; a distroless image has none.
        public var programs: Set<String> = []
        /// What the default command prints as it starts (see `LogTemplate`).
        public var logs: [LogTemplate] = []
        /// What its server prints for each HTTP request it answers (see `Cluster.logServedRequest`).
        public var requestLog: LogTemplate?
        /// What it prints when it stops for want of `needsEnv`.
        public var logsWithoutEnv: [LogTemplate] = []
        /// What each tag's build prints about itself (`version`, `build`), for the log lines' placeholders.
        public var perTag: [String: [String: String]] = [:]
        /// The image's symbolic links, by path, with their targets as written (Debian's `/var/run -> /run`).
        public var links: [String: String] = [:]
        /// The busybox builds the image's tags carry (`BusyboxBuild`).
        public var busyboxBuilds: [BusyboxBuild] = []
        /// The image's own programs (`nginx`, `redis-cli`), in catalog order (`ImageProgram`).
        public var binaries: [ImageProgram] = []
        /// The image config's `Env`, `NAME=value` in its order, with the tag's placeholders
        /// (`environment(tag:)`).
        public var env: [String] = []
    }

    /// One file an image ships.
    public struct ImageFile: Sendable, Equatable {
        public var path: String
        public var content: String
    }

    /// The flavour of core utilities in an image.
    public enum Userland: String, Sendable {
        case gnu
        case busybox
    }

    /// The registry side of a pull that cannot succeed.
    public struct Registry: Sendable {
        /// Appended after `failed to resolve reference "REF": ` when the repository does not exist.
        public var missingRepository: String
        /// gRPC code containerd reports for a missing repository (`Unknown`, `NotFound`).
        public var missingRepositoryCode: String
    }

    public var images: [String: Image] = [:]
    /// Tags whose build differs from their repository's entry, by repository and tag.
    public var variants: [String: [String: Image]] = [:]
    public var registries: [String: Registry] = [:]
    /// Milliseconds a pull spends before the first byte (resolving, authenticating).
    public var pullLatencyMilliseconds: Int64 = 800
    /// Download speed in bytes a second.
    public var pullBytesPerSecond: Int64 = 20_000_000
    /// Whether the catalog was loaded; an empty catalog treats every image as present and long-running.
    public var isEmpty: Bool { images.isEmpty }

    public init() {}

    /// What pulling `image` finds.
    public enum Lookup: Sendable {
        case found(Image)
        case missingTag
        case missingRepository
    }

    /// The entry of an image reference's repository, or of its tag's variant when it has one.
    public func entry(for image: String) -> Image? {
        let reference = ImageReference(image)
        return variants[reference.repository]?[reference.tag] ?? images[reference.repository]
    }

    public func lookup(_ image: String) -> Lookup {
        let reference = ImageReference(image)
        if let variant = variants[reference.repository]?[reference.tag] { return .found(variant) }
        guard let entry = images[reference.repository] else { return .missingRepository }
        return entry.tags.contains(reference.tag) || reference.tag.hasPrefix("sha256:") ? .found(entry) : .missingTag
    }

    /// How long a successful pull of `image` takes, in milliseconds.
    public func pullMilliseconds(_ image: Image) -> Int64 { pullMilliseconds(sizeBytes: image.sizeBytes) }

    /// How long a successful pull of an image of `sizeBytes` takes, in milliseconds.
    public func pullMilliseconds(sizeBytes: Int64) -> Int64 {
        pullLatencyMilliseconds + sizeBytes * 1000 / max(1, pullBytesPerSecond)
    }

    /// containerd's error for a pull that cannot succeed, as the kubelet's `Failed` event quotes it.
    public func pullError(_ image: String, lookup: Lookup) -> String {
        let reference = ImageReference(image).canonical
        let prefix = "failed to pull and unpack image \"\(reference)\": failed to resolve reference \"\(reference)\": "
        switch lookup {
        case .missingTag, .found:
            return "rpc error: code = NotFound desc = \(prefix)\(reference): not found"
        case .missingRepository:
            let registry = registries[ImageReference(image).registry]
            guard let registry else { return "rpc error: code = NotFound desc = \(prefix)\(reference): not found" }
            return "rpc error: code = \(registry.missingRepositoryCode) desc = \(prefix)\(registry.missingRepository)"
        }
    }
}
