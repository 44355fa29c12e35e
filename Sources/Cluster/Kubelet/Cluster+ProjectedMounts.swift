import KubeAPI

/// The configMap, secret, downwardAPI and projected volumes a container run reads, followed as
/// the kubelet rewrites them. A change to a ConfigMap or Secret reaches the files at the pod's
/// next periodic sync (`Cluster+ProjectedVolumeSync.swift`); a change to the pod itself (its
/// labels or annotations, for the downward API) makes the kubelet sync the pod at once.
extension Cluster {
    /// The projected volumes `container` mounts, with the files they hold now.
    func projectedMounts(of container: JSONValue, in pod: KubeObject) -> [ProjectedMount] {
        let volumes = pod[path: "spec.volumes"].array
        return container["volumeMounts"].array.compactMap { mount in
            guard var path = mount["mountPath"].string,
                let volume = volumes.first(where: { $0["name"] == mount["name"] }),
                let files = (try? projectedFiles(of: volume, in: pod)) ?? nil
            else { return nil }
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            return ProjectedMount(
                mountPath: path, volume: volume["name"].string ?? "", subPath: mount["subPath"].string ?? "",
                versions: [ProjectedMount.Version(shown: now, files: files)])
        }
    }

    /// Adds a version to each open run's projected mounts whose files changed since the last.
    func followProjectedMounts() {
        for index in openFileRuns where !containerFileRuns[index].projected.isEmpty {
            let run = containerFileRuns[index]
            guard let pod = store.object(uid: run.podUID)?.object else { continue }
            let volumes = pod[path: "spec.volumes"].array
            for (position, mount) in run.projected.enumerated() where mount.subPath.isEmpty {
                // A service account token is left as first written (the kubelet renews it only near its expiry).
                guard let volume = volumes.first(where: { $0["name"].string == mount.volume }),
                    !volume[path: "projected.sources"].array.contains(where: { !$0["serviceAccountToken"].isNull }),
                    let files = (try? projectedFiles(of: volume, in: pod)) ?? nil,
                    let last = mount.versions.last, files != last.files
                else { continue }
                let before = Dictionary(last.files.map { ($0.path, $0) }) { first, _ in first }
                let after = Dictionary(files.map { ($0.path, $0) }) { first, _ in first }
                let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
                let shown = changed.isDisjoint(with: Self.downwardPaths(of: volume)) ? nextVolumeSync(of: pod) : now
                containerFileRuns[index].projected[position].versions.append(
                    ProjectedMount.Version(shown: shown, files: files))
            }
        }
    }

    /// The paths of a volume's files that come from the downward API.
    private static func downwardPaths(of volume: JSONValue) -> Set<String> {
        let sources = [volume["downwardAPI"]] + volume[path: "projected.sources"].array.map { $0["downwardAPI"] }
        return Set(sources.flatMap { $0["items"].array.compactMap { $0["path"].string } })
    }

    /// The kubelet's first periodic sync of `pod` at or after now.
    private func nextVolumeSync(of pod: KubeObject) -> Timestamp {
        guard let last = lastVolumeSync(of: pod) else { return now }
        return last == now ? now : last.adding(seconds: Self.podSyncSeconds)
    }
}
