import KubeAPI

/// The short-lived pod the local-path provisioner runs on a volume's node to make or remove the
/// volume's folder (`createHelperPod`): the ConfigMap's `helperPod.yaml` with the folder's parent
/// mounted as `data`, the ConfigMap's scripts as `script`, and the folder in its environment.
struct HelperPod {
    enum Action: String, Sendable {
        case create, delete

        /// The script the pod runs, a key of the ConfigMap mounted under `/script`.
        var script: String { self == .create ? "setup" : "teardown" }
    }

    var action: Action
    /// The volume (`pvc-<uid>`), the folder on the node, the node's name.
    var volume: String
    var path: String
    var node: String
    var sizeBytes: Int64
    var volumeMode = "Filesystem"

    /// `HelperPodNameMaxLength`.
    static let maxNameLength = 128

    /// The folder's parent as `filepath.Split` gives it (with its trailing slash), and the folder's own name.
    var split: (parent: String, folder: String) {
        let clean = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = clean.lastIndex(of: "/") else { return ("", clean) }
        return (String(clean[...slash]), String(clean[clean.index(after: slash)...]))
    }

    /// The pod, from the `helperPod.yaml` template; nil when the template is not a pod with a container.
    func pod(template text: String, namespace: String, serviceAccount: String, configMap: String) -> KubeObject? {
        guard let template = try? YAMLDecoding.documents(text).first,
            !template[path: "spec.containers"].array.isEmpty
        else { return nil }
        var pod = KubeObject(template)
        let name = pod.name + "-" + action.rawValue + "-" + volume
        pod.name = String(name.prefix(Self.maxNameLength))
        pod[path: "metadata.namespace"] = .string(namespace)
        let (parent, folder) = split
        let trimmedParent = parent.hasSuffix("/") ? String(parent.dropLast()) : parent
        let volumeDirectory = trimmedParent + "/" + folder
        if (pod[path: "spec.nodeName"].string ?? "").isEmpty { pod[path: "spec.nodeName"] = .string(node) }
        pod[path: "spec.serviceAccountName"] = .string(serviceAccount)
        pod[path: "spec.restartPolicy"] = "Never"
        if pod[path: "spec.tolerations"].isNull {
            pod[path: "spec.tolerations"] = [
                ["key": "node.kubernetes.io/disk-pressure", "operator": "Exists", "effect": "NoSchedule"]
            ]
        }
        pod[path: "spec.volumes"] = .array(
            pod[path: "spec.volumes"].array + [
                ["name": "data", "hostPath": ["path": .string(parent), "type": "DirectoryOrCreate"]],
                [
                    "name": "script",
                    "configMap": [
                        "name": .string(configMap),
                        "items": [["key": "setup", "path": "setup"], ["key": "teardown", "path": "teardown"]],
                    ],
                ],
            ])
        var container = pod[path: "spec.containers"][0]
        var mounts = container["volumeMounts"].array
        for (volumeName, mountPath) in [("script", "/script"), ("data", parent)]
        where !mounts.contains(where: { $0["name"].string == volumeName }) {
            mounts.append(["name": .string(volumeName), "mountPath": .string(mountPath)])
        }
        container["volumeMounts"] = .array(mounts)
        container["command"] = ["/bin/sh", .string("/script/" + action.script)]
        container["args"] = [
            "-p", .string(volumeDirectory), "-s", .string(String(sizeBytes)), "-m", .string(volumeMode), "-a",
            .string(action.rawValue),
        ]
        container["env"] = .array(
            container["env"].array + [
                ["name": "VOL_DIR", "value": .string(volumeDirectory)],
                ["name": "VOL_MODE", "value": .string(volumeMode)],
                ["name": "VOL_SIZE_BYTES", "value": .string(String(sizeBytes))],
            ])
        var containers = pod[path: "spec.containers"].array
        containers[0] = container
        pod[path: "spec.containers"] = .array(containers)
        return pod
    }
}
