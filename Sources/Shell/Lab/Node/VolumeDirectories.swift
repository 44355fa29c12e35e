import Cluster
import KubeAPI

/// The directories behind volumes on a node's disk, kept in step with the cluster whenever a
/// node's files are looked at: local-path's helper pods create a volume's folder (`setup`) and
/// remove it with its data (`teardown`) through a hostPath volume; the kubelet removes a pod's
/// directory, with its emptyDir volumes, once the pod is gone. What containers' commands wrote
/// into their emptyDir, hostPath and claimed volumes lands here too, at the moment they wrote it.
final class VolumeDirectories {
    private let cluster: Cluster
    /// How far each node's files have followed the writes of its containers' runs.
    private var writes: [String: ContainerFileWrites.Progress] = [:]

    init(cluster: Cluster) { self.cluster = cluster }

    /// Brings `fs`, the files of `node`, up to date with the volumes and pods that exist now.
    func sync(_ fs: VirtualFileSystem, node: String) {
        // What containers' commands wrote here first (local-path's helper pods make and remove folders).
        ContainerFileWrites.apply(runs: cluster.fileRuns(on: node), of: cluster, to: fs, progress: &writes[node, default: .init()]) {
            $0.volume != nil
        }
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
    static let podsDirectory = Cluster.kubeletPodsDirectory

    /// An emptyDir volume's directory on its node.
    static func emptyDirPath(uid: String, volume: String) -> String { Cluster.emptyDirPath(uid: uid, volume: volume) }
}
