import KubeAPI

/// The runs of containers whose commands write files (`echo hello > /data/a.txt`), kept so the
/// node's volume directories and each container's layer can replay what each run wrote up to now.
/// A run is recorded when the kubelet starts it and closed when its process is seen to end (a
/// restart, the pod's deletion), so a restarted container writes again and a gone one stops.
extension Cluster {
    /// Records a run of `container` that starts now, if its command can write files.
    func recordFileRun(of container: JSONValue, in pod: KubeObject, node: String, containerID: String) {
        let name = container["name"].string ?? ""
        let expanded = expandingCommand(of: container, in: pod)
        var argv = containerArgv(of: expanded).argv
        // A command with nothing to expand is the container's own: its argv is known already.
        let own = expanded["command"] == container["command"] && expanded["args"] == container["args"] ? argv : nil
        if let script = scriptFile(of: container, in: pod, argv: own) { argv = ["sh", "-c", script] }
        let writes = Self.mayWriteFiles(argv)
        let projected = Self.mayReadFiles(argv) ? projectedMounts(of: container, in: pod) : []
        guard writes || !projected.isEmpty else { return }
        var context = scriptContext(of: container, in: pod)
        context.files = nil
        let volumes = pod[path: "spec.volumes"].array
        let mounts = container["volumeMounts"].array.compactMap { mount -> VolumeBinding? in
            guard let path = mount["mountPath"].string, let volume = volumes.first(where: { $0["name"] == mount["name"] }) else {
                return nil
            }
            var binding = VolumeBinding(
                mountPath: Self.trimmedPath(path), nodePath: nil, mode: 0o755, readOnly: mount["readOnly"].bool ?? false)
            if let directory = nodeDirectory(of: volume, in: pod) {
                let subPath = mount["subPath"].string ?? ""
                let root = Self.trimmedPath(directory.path)
                binding.nodePath = subPath.isEmpty ? root : (root == "/" ? "" : root) + "/" + subPath
                binding.mode = subPath.isEmpty ? directory.mode : 0o755
            }
            return binding
        }
        containerFileRuns.append(
            ContainerFileRun(
                podUID: pod.uid, container: name, containerID: containerID, node: node, argv: argv, context: context,
                directory: container["workingDir"].string ?? "/", mounts: mounts, writesFiles: writes, projected: projected,
                start: now))
        openFileRuns.insert(containerFileRuns.count - 1)
    }

    /// Closes the runs whose process has ended: the pod is gone, or its container status no longer
    /// shows this run running. Called as each reconcile settles, at the moment the change was made.
    func closeEndedFileRuns() {
        guard !openFileRuns.isEmpty else { return }
        if store.revision != quiescentRevision { followProjectedMounts() }
        for index in openFileRuns.sorted() {
            let run = containerFileRuns[index]
            var end = now
            if let pod = store.object(uid: run.podUID)?.object {
                let status = PodStatusWriter.container(pod, run.container)
                if status["containerID"].string == run.containerID, !status[path: "state.running"].isNull { continue }
                for state in [status[path: "state.terminated"], status[path: "lastState.terminated"]]
                where state["containerID"].string == run.containerID {
                    end = state["finishedAt"].string.flatMap(Timestamp.init(rfc3339:)) ?? now
                }
            }
            containerFileRuns[index].end = max(run.start, min(end, now))
            openFileRuns.remove(index)
        }
    }

    /// The runs on `node` whose commands write files, by their index in the record.
    public func fileRuns(on node: String) -> [Int] {
        containerFileRuns.indices.filter { containerFileRuns[$0].node == node && containerFileRuns[$0].writesFiles }
    }

    /// The run of a pod's container with the given container ID, if its command writes files.
    public func fileRun(ofPod uid: String, container: String, containerID: String) -> Int? {
        recordedRun(ofPod: uid, container: container, containerID: containerID).flatMap {
            containerFileRuns[$0].writesFiles ? $0 : nil
        }
    }

    /// The recorded run of a pod's container with the given container ID, whether it writes or reads files.
    func recordedRun(ofPod uid: String, container: String, containerID: String) -> Int? {
        containerFileRuns.indices.last {
            containerFileRuns[$0].podUID == uid && containerFileRuns[$0].container == container
                && containerFileRuns[$0].containerID == containerID
        }
    }

    /// What run `index` has written by now, in order, each placed in a volume or the container's
    /// layer; `finished` once the run has ended, so nothing more will come.
    public func fileWrites(ofRun index: Int) -> (writes: [ContainerFileWrite], finished: Bool) {
        guard containerFileRuns.indices.contains(index) else { return ([], true) }
        let run = containerFileRuns[index]
        let until = min(run.end ?? now, now)
        let output = ScriptOutput.run(run.argv, start: run.start, until: until, context: context(of: run), directory: run.directory)
        // The deepest mount that holds a path is the one it is written through.
        let mounts = run.mounts.sorted { $0.mountPath.count > $1.mountPath.count }
        let writes = output.files.compactMap { file -> ContainerFileWrite? in
            guard let mount = mounts.first(where: { file.path == $0.mountPath || file.path.hasPrefix($0.mountPath + "/") }) else {
                return ContainerFileWrite(time: file.time, path: file.path, kind: file.kind, volume: nil)
            }
            guard let root = mount.nodePath, !mount.readOnly else { return nil }
            let rest = mount.mountPath == "/" ? file.path : String(file.path.dropFirst(mount.mountPath.count))
            let path = rest.isEmpty ? root : (root == "/" ? "" : root) + rest
            return ContainerFileWrite(time: file.time, path: path, kind: file.kind, volume: mount)
        }
        return (writes, run.end != nil)
    }

    /// The node directory behind a volume, and the mode the kubelet makes it with: an emptyDir's
    /// under the pod's directory, a hostPath, or the directory of the volume a claim is bound to.
    public func nodeDirectory(of volume: JSONValue, in pod: KubeObject) -> (path: String, mode: UInt16)? {
        if !volume["emptyDir"].isNull {
            return (Self.emptyDirPath(uid: pod.uid, volume: volume["name"].string ?? ""), 0o777)
        }
        if let path = volume[path: "hostPath.path"].string { return (path, 0o755) }
        guard let claimName = volume[path: "persistentVolumeClaim.claimName"].string,
            let claim = lookup(.persistentVolumeClaims, pod.namespace, claimName),
            let volumeName = claim[path: "spec.volumeName"].string,
            let bound = lookup(.persistentVolumes, nil, volumeName),
            let path = bound[path: "spec.hostPath.path"].string ?? bound[path: "spec.local.path"].string
        else { return nil }
        return (path, 0o777)
    }

    /// Where the kubelet keeps each pod's own directory (`--root-dir` is `/var/lib/kubelet`).
    public static let kubeletPodsDirectory = "/var/lib/kubelet/pods"

    /// An emptyDir volume's directory on its node.
    public static func emptyDirPath(uid: String, volume: String) -> String {
        "\(kubeletPodsDirectory)/\(uid)/volumes/kubernetes.io~empty-dir/\(volume)"
    }

    /// The context a recorded run's command runs in, its projected volumes as followed.
    func context(of run: ContainerFileRun) -> ScriptContext {
        var context = run.context
        context.files = ContainerFileView(mounts: run.projected, imageFiles: context.imageFiles, directory: run.directory)
        return context
    }

    /// Whether a command could read a file: `cat`, `ls` or a test.
    private static func mayReadFiles(_ argv: [String]) -> Bool {
        anyWord(of: argv) { word in ["cat", "ls", "test", "[", "[["].contains(programName(word)) }
    }

    /// Whether a command could write a file: a redirection or a program that makes or removes one.
    private static func mayWriteFiles(_ argv: [String]) -> Bool {
        anyWord(of: argv) { word in
            word.contains(UInt8(ascii: ">")) || ["mkdir", "touch", "rm", "rmdir"].contains(programName(word))
        }
    }

    /// Whether any word of `argv` satisfies `test`, words split at blanks, the shell's operators
    /// and quotes. Read as bytes: every container start asks.
    private static func anyWord(of argv: [String], _ test: (Substring.UTF8View) -> Bool) -> Bool {
        argv.contains { argument in
            argument.utf8.split(whereSeparator: isWordBreak).contains(where: test)
        }
    }

    private static func isWordBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "'"), UInt8(ascii: "\""):
            true
        default: false
        }
    }

    /// The word after its last `/` (the word itself when that leaves nothing), as a program is named.
    private static func programName(_ word: Substring.UTF8View) -> Substring {
        Substring(word.split(separator: UInt8(ascii: "/")).last ?? word[...])
    }

    private static func trimmedPath(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }
}
