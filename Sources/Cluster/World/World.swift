import Foundation
import KubeAPI

/// A lab as data: cluster settings, the host, a timeline and every object that exists at the start.
public struct World: Sendable {
    public var name: String
    public var settings: ClusterSettings
    public var host: HostSettings
    public var timeline: Timeline
    public var runtime: RuntimeSettings
    /// Images every node already holds when the world starts.
    public var presentImages: Set<String>
    /// Each node container's own `/etc/resolv.conf`.
    public var nodeResolvConf: String
    public var objects: [KubeObject]
}

/// Cluster-wide settings a kubeadm init-config sets.
public struct ClusterSettings: Sendable {
    public var clusterName: String
    public var kubernetesVersion: String
    public var domain: String
    public var serviceCIDR: String
    public var podCIDR: String
    public var dnsServiceIP: String
    public var proxyMode: String
    public var maxPods: Int
    /// The apiserver's URL in the host's kubeconfig.
    public var server = "https://127.0.0.1:6443"
    /// The build the control plane and the host's kubectl come from.
    public var release = ReleaseBuild()
    /// The kustomize version built into the host's kubectl.
    public var kustomizeVersion = "v5.5.0"
    /// The credentials in kubeadm's `admin.conf`.
    public var adminCredentials = AdminCredentials()
    /// The field schema the apiserver publishes (`catalog/openapi.yaml`); empty when the world has none.
    public var schema: APISchema { schemaFile.schema }
    public var schemaFile = SchemaFile(APISchema())
    /// The DNS outside the cluster (`catalog/dns.yaml`); empty when the world has none.
    public var upstreamDNS = UpstreamDNS()
    /// Who wrote the world's objects before the lab began, for their managed fields.
    public var fieldManagers = WorldFieldManagerRules()
}

/// The certificate data of kubeadm's `admin.conf`, base64 of PEM as the file holds it; empty when
/// the world gives none.
public struct AdminCredentials: Sendable {
    public var certificateAuthorityData = ""
    public var clientCertificateData = ""
    public var clientKeyData = ""
}

/// What a Kubernetes binary's `version.Info` says of its build, apart from the version itself.
public struct ReleaseBuild: Sendable {
    public var gitCommit = ""
    public var gitTreeState = "clean"
    public var buildDate = "1970-01-01T00:00:00Z"
    public var goVersion = ""
    public var compiler = "gc"
    public var platform = "linux/amd64"

    public init() {}
}

/// Who the learner is on the host machine, and the node containers it runs.
public struct HostSettings: Sendable {
    public var user: String
    public var hostname: String
    public var home: String
    /// Seconds from `sudo reboot` until the host is up and its node containers run again.
    public var rebootSeconds: Int64 = 45
    /// The node containers as podman lists them, oldest first.
    public var containers: [HostContainer] = []
    /// root's podman image store (`sudo podman images`), newest first.
    public var images: [HostImage] = []
    /// The host's own files and directories (`host/files.yaml` of the world), parents first.
    public var files: [HostFile] = []
    /// The files inside the node containers (`node/files.yaml` of the world), parents first.
    public var nodeFiles: [HostFile] = []
    /// The host's disk, which holds its files, podman's storage and the node containers' volumes.
    public var disk = HostDisk()
    /// The size of the host's `/run` tmpfs in KiB, where podman keeps each container's
    /// `/etc/hosts`, `/etc/hostname` and `/etc/resolv.conf`.
    public var runKiB: Int64 = 0
    /// The login shell's `PATH`; nil keeps the shell's default.
    public var path: String? = nil
    /// The lab's own scripts that would rebuild it (kcn, kto): what running each would do, by name.
    public var explainedScripts: [String: String] = [:]
}

/// The host's one disk file system as `df` reports it at the world's start, in KiB.
public struct HostDisk: Sendable {
    public var device = "/dev/sda1"
    public var type = "ext4"
    public var sizeKiB: Int64 = 0
    public var usedKiB: Int64 = 0
    /// Blocks kept for root (ext4's 5 %): free but not available.
    public var reservedKiB: Int64 = 0

    public init() {}

    init(_ value: JSONValue) {
        device = value["device"].string ?? device
        type = value["type"].string ?? type
        sizeKiB = Int64(value["sizeKiB"].int ?? 0)
        usedKiB = Int64(value["usedKiB"].int ?? 0)
        reservedKiB = Int64(value["reservedKiB"].int ?? 0)
    }
}

/// A container on the host as podman records it when it is created.
public struct HostContainer: Sendable {
    public var name: String
    /// The full (64 hex digit) ID; podman prints its first 12 digits.
    public var id: String
    public var image: String
    public var command: String
    public var created: Timestamp
    /// Host directories mounted into the container, as `--volume HOST:CONTAINER` gives them.
    public var volumes: [String] = []
    /// kcn's other volumes, on the host's disk but without files the world holds (`/var`,
    /// `/lib/modules:ro`): container paths, `:ro` when read-only.
    public var diskMounts: [String] = []
}

extension HostContainer {
    /// The ID as `podman ps` prints it.
    public var shortID: String { String(id.prefix(12)) }
}

/// An image in root's podman store, as `podman images` and `podman inspect` report it.
public struct HostImage: Sendable {
    /// Its names, `REPOSITORY:TAG`.
    public var names: [String]
    /// The image ID (the digest of its config), 64 hex digits.
    public var id: String
    /// The manifest's digest, `sha256:...`.
    public var digest: String
    public var created: Timestamp
    /// Bytes, as podman sums its layers.
    public var size: Int64
    /// The image's entrypoint, which runs with the container's command as its arguments.
    public var entrypoint: [String] = []
    /// What a container of the image writes to its terminal as it starts, `{name}` and `{ip}`
    /// standing for its hostname and address.
    public var consoleLog = ""
}

/// The lab's history before the session starts.
public struct Timeline: Sendable {
    public var created: Timestamp
    /// Host reboots, oldest first: each restarts every container that was running.
    public var reboots: [Timestamp]
    public var start: Timestamp
}

/// How containers start and run: how long a container takes from scheduling to running when
/// its image is present, and the image catalog that says how pulls go and what images do.
public struct RuntimeSettings: Sendable {
    public var imagePresentSeconds: Int64
    /// Used only when no catalog is loaded: a pull then takes this long.
    public var imagePullSeconds: Int64
    /// The registries' images (`catalog/images.yaml`): what exists, how each runs and what is inside
    /// it (shell, network tools, files, HTTP answers); empty means every image exists and runs forever.
    public var images = ImageCatalog()
    /// What each node's own processes (kubelet, containerd, the OS) use besides its containers.
    public var nodeSystemUsage = ResourceUsage(cpuMillicores: 0, memoryBytes: 0)
    /// The runtime handlers each node's containerd offers (from its `config.toml` among the node files).
    public var runtimeHandlers = NodeRuntimeHandlers()
    /// What each node's kubelet read at its start: its configuration file and flags.
    public var kubeletConfigs = NodeKubeletConfigs()
    /// The host's kernel, which every node container and every runc or crun container shares.
    public var hostKernel = KernelIdentity()
}

extension World {
    /// Why a world could not be read.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Reads `world.yaml`, every other `*.yaml` object file of a world directory in name order,
    /// the image catalog `catalog/images.yaml` and the field schema `catalog/openapi.yaml` when there are.
    public static func load(directory: String) throws(LoadError) -> World {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw LoadError(description: "\(directory): cannot read the world directory")
        }
        guard files.contains("world.yaml") else { throw LoadError(description: "\(directory): no world.yaml") }
        var world = try parseSettings(try document(at: "\(directory)/world.yaml"))
        world.objects = try objects(inFiles: files.filter { $0 != "world.yaml" }, directory: directory)
        world.runtime.images = try catalog(in: directory)
        world.host.files = try hostFiles(in: directory, settings: world.settings)
        world.host.nodeFiles = try nodeFiles(in: directory, settings: world.settings)
        world.runtime.runtimeHandlers = NodeRuntimeHandlers(nodeFiles: world.host.nodeFiles)
        world.runtime.kubeletConfigs = NodeKubeletConfigs(nodeFiles: world.host.nodeFiles)
        world.settings.schemaFile = schemaFile(in: directory)
        world.settings.upstreamDNS = try upstreamDNS(in: directory)
        return world
    }

    /// The image catalog of a world, or an empty one when the world has none.
    private static func catalog(in directory: String) throws(LoadError) -> ImageCatalog {
        let path = "\(directory)/catalog/images.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return ImageCatalog() }
        let text = try document(at: path)
        do {
            return try ImageCatalog(document: text)
        } catch {
            throw LoadError(description: "\(path): \(error.message)")
        }
    }

    /// The field schema of a world, read when first asked for; an empty one when the world has none.
    private static func schemaFile(in directory: String) -> SchemaFile {
        let path = "\(directory)/catalog/openapi.yaml"
        return SchemaFile(path: FileManager.default.fileExists(atPath: path) ? path : nil)
    }

    /// The outside DNS of a world, or none when the world has no `catalog/dns.yaml`.
    private static func upstreamDNS(in directory: String) throws(LoadError) -> UpstreamDNS {
        let path = "\(directory)/catalog/dns.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return UpstreamDNS() }
        let text = try document(at: path)
        do {
            return try UpstreamDNS(document: text)
        } catch {
            throw LoadError(description: "\(path): \(error.message)")
        }
    }

    static func document(at path: String) throws(LoadError) -> JSONValue {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read")
        }
        do {
            guard let first = try YAMLDecoding.documents(text).first else { throw LoadError(description: "\(path): empty") }
            return first
        } catch let error as YAMLDecoding.DecodeError {
            throw LoadError(description: "\(path): \(error.message)")
        } catch {
            throw LoadError(description: "\(path): \(error)")
        }
    }

    /// The `cluster.release` block: the build's `version.Info` fields, each optional.
    private static func release(_ block: JSONValue) -> ReleaseBuild {
        var build = ReleaseBuild()
        if let v = block["gitCommit"].string { build.gitCommit = v }
        if let v = block["gitTreeState"].string { build.gitTreeState = v }
        if let v = block["buildDate"].string { build.buildDate = v }
        if let v = block["goVersion"].string { build.goVersion = v }
        if let v = block["compiler"].string { build.compiler = v }
        if let v = block["platform"].string { build.platform = v }
        return build
    }

    private static func containers(_ list: JSONValue) throws(LoadError) -> [HostContainer] {
        var containers: [HostContainer] = []
        for entry in list.array {
            guard let name = entry["name"].string, let created = entry["created"].string.flatMap(Timestamp.init(rfc3339:)) else {
                throw LoadError(description: "world.yaml: each host container needs a name and an RFC 3339 created time")
            }
            containers.append(
                HostContainer(
                    name: name, id: entry["id"].string ?? "", image: entry["image"].string ?? "",
                    command: entry["command"].string ?? "", created: created,
                    volumes: entry["volumes"].array.compactMap(\.string),
                    diskMounts: entry["diskMounts"].array.compactMap(\.string)))
        }
        return containers
    }

    private static func images(_ list: JSONValue) throws(LoadError) -> [HostImage] {
        var images: [HostImage] = []
        for entry in list.array {
            guard let id = entry["id"].string, let created = entry["created"].string.flatMap(Timestamp.init(rfc3339:)) else {
                throw LoadError(description: "world.yaml: each host image needs an id and an RFC 3339 created time")
            }
            images.append(
                HostImage(
                    names: entry["names"].array.compactMap(\.string), id: id, digest: entry["digest"].string ?? "",
                    created: created, size: Int64(entry["size"].int ?? 0),
                    entrypoint: entry["entrypoint"].array.compactMap(\.string), consoleLog: entry["consoleLog"].string ?? ""))
        }
        return images
    }

    private static func parseSettings(_ doc: JSONValue) throws(LoadError) -> World {
        func time(_ value: JSONValue, _ field: String) throws(LoadError) -> Timestamp {
            guard let text = value.string, let t = Timestamp(rfc3339: text) else {
                throw LoadError(description: "world.yaml: \(field) must be an RFC 3339 time")
            }
            return t
        }
        let c = doc["cluster"]
        var reboots: [Timestamp] = []
        for reboot in doc[path: "timeline.reboots"].array { reboots.append(try time(reboot, "timeline.reboots")) }
        var world = World(
            name: doc["name"].string ?? "world",
            settings: ClusterSettings(
                clusterName: c["name"].string ?? "kubernetes",
                kubernetesVersion: c["kubernetesVersion"].string ?? "v1.32.2",
                domain: c["domain"].string ?? "cluster.local",
                serviceCIDR: c["serviceCIDR"].string ?? "10.96.0.0/12",
                podCIDR: c["podCIDR"].string ?? "10.244.0.0/16",
                dnsServiceIP: c["dnsServiceIP"].string ?? "10.96.0.10",
                proxyMode: c["proxyMode"].string ?? "iptables",
                maxPods: c["maxPods"].int ?? 110,
                server: c["server"].string ?? "https://127.0.0.1:6443",
                release: release(c["release"]),
                kustomizeVersion: c["kustomizeVersion"].string ?? "v5.5.0",
                adminCredentials: AdminCredentials(
                    certificateAuthorityData: c[path: "adminCredentials.certificateAuthorityData"].string ?? "",
                    clientCertificateData: c[path: "adminCredentials.clientCertificateData"].string ?? "",
                    clientKeyData: c[path: "adminCredentials.clientKeyData"].string ?? "")),
            host: HostSettings(
                user: doc[path: "host.user"].string ?? "user",
                hostname: doc[path: "host.hostname"].string ?? "localhost",
                home: doc[path: "host.home"].string ?? "/root",
                rebootSeconds: Int64(doc[path: "host.rebootSeconds"].int ?? 45),
                containers: try containers(doc[path: "host.containers"]),
                images: try images(doc[path: "host.images"]),
                disk: HostDisk(doc[path: "host.disk"]),
                runKiB: Int64(doc[path: "host.runKiB"].int ?? 0),
                path: doc[path: "host.path"].string,
                explainedScripts: doc[path: "host.explainedScripts"].object.reduce(into: [:]) { $0[$1.key] = $1.value.string }),
            timeline: Timeline(
                created: try time(doc[path: "timeline.created"], "timeline.created"),
                reboots: reboots.sorted(),
                start: try time(doc[path: "timeline.start"], "timeline.start")),
            runtime: RuntimeSettings(
                imagePresentSeconds: Int64(doc[path: "startup.imagePresent"].int ?? 2),
                imagePullSeconds: Int64(doc[path: "startup.imagePull"].int ?? 6),
                nodeSystemUsage: ResourceUsage(
                    cpuMillicores: ResourceAmount.parse(doc[path: "metrics.nodeSystem.cpu"].string ?? "0", scale: 1000),
                    memoryBytes: ResourceAmount.parse(doc[path: "metrics.nodeSystem.memory"].string ?? "0")),
                hostKernel: KernelIdentity(doc[path: "host.kernel"])),
            presentImages: Set(doc[path: "images.present"].array.compactMap(\.string)),
            nodeResolvConf: doc["nodeResolvConf"].string ?? "",
            objects: [])
        world.settings.fieldManagers = WorldFieldManagerRules(c["fieldManagers"])
        return world
    }
}
