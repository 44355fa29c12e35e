import Cluster
import KubeAPI

/// A container's volume mounts inside its file system: configMap, secret, downwardAPI and
/// projected volumes as the files the kubelet writes, in its atomic writer's layout
/// (`AtomicWriterLayout`; they follow updates at the kubelet's next sync of the pod,
/// `Cluster+ProjectedVolumeSync.swift`; a `subPath` file is a plain file that keeps what it had
/// when first mounted), and emptyDir, hostPath and claimed volumes as bind mounts of their directories on
/// the pod's node, so data written on either side is there for the other and for the next pod.
struct PodVolumes {
    let cluster: Cluster
    let nodes: NodeShells
    /// What the kubelet last wrote into each projected volume, by pod UID and volume name.
    private let written = WrittenVolumes()

    init(cluster: Cluster, nodes: NodeShells) {
        self.cluster = cluster
        self.nodes = nodes
    }

    /// Mounts every volume of `container` into `fs`.
    func mount(_ pod: KubeObject, container: String, into fs: VirtualFileSystem, environment: [String: String]) {
        guard let spec = pod.containerSpec(named: container) else { return }
        let volumes = pod[path: "spec.volumes"].array
        for mount in spec["volumeMounts"].array {
            guard let target = mount["mountPath"].string, let volume = volumes.first(where: { $0["name"] == mount["name"] }) else {
                continue
            }
            var subPath = mount["subPath"].string ?? ""
            if let expression = mount["subPathExpr"].string {
                subPath = EnvironmentExpansion.expand(expression) { environment[$0] }
            }
            if let current = try? cluster.projectedFiles(of: volume, in: pod) {
                let layout = synced(current, of: volume, in: pod, now: fs.clock())
                // A secret's files are on a tmpfs, a configMap's in a plain directory.
                let mode: UInt16 = volume["secret"].isNull ? 0o777 : 0o1777
                project(layout, at: target, mode: mode, subPath: subPath, into: fs)
            } else if let node = pod[path: "spec.nodeName"].string, var source = cluster.nodeDirectory(of: volume, in: pod) {
                let nodeFS = nodes.filesystem(of: node)
                if !nodeFS.exists(source.path) { nodeFS.makeDirectory(source.path, mode: source.mode) }
                if !subPath.isEmpty {
                    source.path += "/" + subPath
                    if !nodeFS.exists(source.path) { nodeFS.makeDirectory(source.path, mode: 0o755) }
                }
                fs.bind(target, to: source.path, in: nodeFS)
            } else {
                fs.makeDirectory(target, mode: 0o755)
            }
        }
    }

    /// What the kubelet has written for `volume` and when: the current data once a sync has come
    /// since its sources were last written (written at that sync), else what it wrote before.
    private func synced(_ current: [ProjectedFile], of volume: JSONValue, in pod: KubeObject, now: Int64) -> AtomicWriterLayout {
        let key = pod.uid + "/" + (volume["name"].string ?? "")
        guard let before = written.layouts[key] else {
            let started = pod[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:))?.seconds
            let layout = AtomicWriterLayout(files: current, written: min(started ?? now, now), seed: key)
            written.layouts[key] = layout
            return layout
        }
        guard before.files != current else { return before }
        let sync = cluster.lastVolumeSync(of: pod)
        let write = cluster.volumeSourcesWritten(of: volume, in: pod)
        if let sync, let write, write > sync { return before }
        // Written at the first sync after the change: the pod's syncs fall every period from its start.
        var when = sync?.seconds ?? now
        if let sync, let write {
            let period = Cluster.podSyncSeconds
            let behind = (sync.seconds - write.seconds) / period * period
            when = max(before.written, sync.seconds - behind)
        }
        let layout = AtomicWriterLayout(files: current, written: when, seed: key)
        written.layouts[key] = layout
        return layout
    }

    /// Writes a projected volume afresh in the atomic writer's layout, or the one file a `subPath` names once.
    private func project(_ layout: AtomicWriterLayout, at target: String, mode: UInt16, subPath: String, into fs: VirtualFileSystem) {
        if !subPath.isEmpty {
            guard !fs.exists(target) else { return }
            if let file = layout.files.first(where: { $0.path == subPath }) {
                fs.write(target, file.content, mode: UInt16(file.mode & 0o7777))
            } else {
                fs.makeDirectory(target, mode: 0o755)
            }
            return
        }
        layout.write(at: target, mode: mode, into: fs)
    }
}

/// What the kubelet last wrote into each projected volume, kept across execs.
private final class WrittenVolumes {
    var layouts: [String: AtomicWriterLayout] = [:]
}
