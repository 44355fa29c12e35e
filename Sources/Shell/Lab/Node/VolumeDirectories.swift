import Cluster
import KubeAPI

/// The directories behind volumes on a node's disk, kept in step with the cluster whenever a
/// node's files are looked at: local-path's helper pods create a volume's folder (`setup`) and
/// remove it with its data (`teardown`) through a hostPath volume; the kubelet removes a pod's
/// directory, with its emptyDir volumes, once the pod is gone.
final class VolumeDirectories {
    private let cluster: Cluster
    /// How many of the cluster's hostPath changes each node's files have had applied.
    private var appliedChanges: [String: Int] = [:]

    init(cluster: Cluster) { self.cluster = cluster }

    /// Brings `fs`, the files of `node`, up to date with the volumes and pods that exist now.
    func sync(_ fs: VirtualFileSystem, node: String) {
        // What containers' scripts did here first (local-path's helper pods make and remove folders).
        for change in cluster.hostPathChanges(from: appliedChanges[node] ?? 0) where change.node == node {
            switch change.kind {
            case .made(let mode):
                guard !fs.exists(change.path) else { continue }
                // `mkdir -p -m` gives the mode to the last directory only.
                if let slash = change.path.lastIndex(of: "/"), slash != change.path.startIndex {
                    fs.makeDirectory(String(change.path[..<slash]))
                }
                fs.makeDirectory(change.path, mode: mode)
            case .removed: fs.remove(change.path)
            }
        }
        appliedChanges[node] = cluster.hostPathChangeCount
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
