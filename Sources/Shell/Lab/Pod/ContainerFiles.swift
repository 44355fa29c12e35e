import Cluster
import KubeAPI

/// Each running container's file system (its writable layer over the image), by pod UID and
/// container name, with the pod's volumes mounted in it.
///
/// A container's files live as long as the container does: what one exec writes (or
/// `kubectl cp` unpacks) the next one reads, and its server serves, until the container
/// restarts or the pod goes. What the container's own command wrote outside its volumes is in
/// its layer too, from the moment it wrote it.
final class ContainerFiles {
    private let cluster: Cluster
    private let volumes: PodVolumes
    private var filesystems: [String: Layer] = [:]

    /// One container's layer: for which run, and how far it has followed the run's writes.
    private struct Layer {
        var pod: KubeObject
        var restarts: Int
        var files: VirtualFileSystem
        var writes = ContainerFileWrites.Progress()
    }

    init(cluster: Cluster, nodes: NodeShells) {
        self.cluster = cluster
        volumes = PodVolumes(cluster: cluster, nodes: nodes)
    }

    /// The container's file system as its process sees it now, volumes mounted.
    func filesystem(of pod: KubeObject, container: String, environment: [String: String]? = nil) -> VirtualFileSystem {
        let fs = layer(of: pod, container: container)
        let environment = environment ?? cluster.environment(of: pod, container: container)
        volumes.mount(pod, container: container, into: fs, environment: environment)
        return fs
    }

    /// What the container's server reads for a path: the file as the container holds it now.
    func served(by server: ReachedServer) -> (String) -> ServedFile? {
        let fs = filesystem(of: server.pod, container: server.container)
        return { path in
            guard let entry = fs.entry(path) else { return nil }
            if entry.kind == .directory { return ServedFile(content: "", modified: entry.modified, isDirectory: true) }
            guard let content = fs.read(path) else { return nil }
            return ServedFile(content: content, modified: entry.modified)
        }
    }

    /// The container's writable layer: kept while it runs, new after a restart.
    private func layer(of pod: KubeObject, container: String) -> VirtualFileSystem {
        // Forget the containers of pods that are gone.
        filesystems = filesystems.filter { [cluster] in
            cluster.exists(.pods, namespace: $0.value.pod.namespace, name: $0.value.pod.name, uid: $0.value.pod.uid)
        }
        let key = "\(pod.uid)/\(container)"
        let status = pod[path: "status.containerStatuses"].array.first { $0["name"].string == container }
        let restarts = status?["restartCount"].int ?? 0
        if filesystems[key]?.restarts != restarts {
            filesystems[key] = Layer(pod: pod, restarts: restarts, files: ImageFiles(cluster: cluster).root(of: pod, container: container))
        }
        guard var layer = filesystems[key] else { return ImageFiles(cluster: cluster).root(of: pod, container: container) }
        if let id = status?["containerID"].string, let run = cluster.fileRun(ofPod: pod.uid, container: container, containerID: id) {
            ContainerFileWrites.apply(runs: [run], of: cluster, to: layer.files, progress: &layer.writes) { $0.volume == nil }
            filesystems[key] = layer
        }
        return layer.files
    }
}
