import Cluster
import KubeAPI

/// The directories behind volumes on a node's disk, kept in step with the cluster whenever a
/// node's files are looked at: local-path creates a volume's folder when it provisions it and
/// removes it (its data with it) when the volume is deleted under the Delete policy; the kubelet
/// removes a pod's directory, with its emptyDir volumes, once the pod is gone.
final class VolumeDirectories {
    private let cluster: Cluster
    /// Folders local-path made, by node and path: the volume's name and its reclaim policy when last seen.
    private var provisioned: [String: [String: (volume: String, policy: String)]] = [:]

    init(cluster: Cluster) { self.cluster = cluster }

    /// Brings `fs`, the files of `node`, up to date with the volumes and pods that exist now.
    func sync(_ fs: VirtualFileSystem, node: String) {
        var folders = provisioned[node] ?? [:]
        let volumes = cluster.list(.persistentVolumes)
        let existing = Set(volumes.map(\.name))
        for (path, record) in folders where !existing.contains(record.volume) {
            if record.policy == "Delete" { fs.remove(path) }
            folders[path] = nil
        }
        for volume in volumes where volume.annotations["local.path.provisioner/selected-node"] == node {
            guard let path = Self.hostDirectory(of: volume) else { continue }
            if !fs.exists(path) { fs.makeDirectory(path, mode: 0o777) }
            folders[path] = (volume.name, volume[path: "spec.persistentVolumeReclaimPolicy"].string ?? "Retain")
        }
        provisioned[node] = folders
        let pods = Set(cluster.list(.pods).map(\.uid))
        for uid in fs.list(Self.podsDirectory) ?? [] where !pods.contains(uid) {
            fs.remove(Self.podsDirectory + "/" + uid)
        }
    }

    /// The node directory a volume of the `hostPath` or `local` kind names.
    static func hostDirectory(of volume: KubeObject) -> String? {
        volume[path: "spec.hostPath.path"].string ?? volume[path: "spec.local.path"].string
    }

    /// Where the kubelet keeps each pod's own directory (`--root-dir` is `/var/lib/kubelet`).
    static let podsDirectory = "/var/lib/kubelet/pods"

    /// An emptyDir volume's directory on its node.
    static func emptyDirPath(uid: String, volume: String) -> String {
        "\(podsDirectory)/\(uid)/volumes/kubernetes.io~empty-dir/\(volume)"
    }
}
