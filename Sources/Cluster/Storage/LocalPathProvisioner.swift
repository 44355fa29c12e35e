import KubeAPI

/// A running `local-path-provisioner start` process, as its command line and its ConfigMap
/// configure it (rancher/local-path-provisioner `main.go` flags and `config.json`).
struct LocalPathProvisioner {
    /// `--provisioner-name`: the StorageClass `provisioner` it serves.
    var name = "rancher.io/local-path"
    /// `--configmap-name`, read in the pod's own namespace.
    var configMapName = "local-path-config"
    /// `--service-account-name`: the account its helper pods run as.
    var serviceAccountName = "local-path-provisioner-service-account"
    /// The pod it runs in, and the identity its event recorder reports (`<name>_<pod>_<uuid>`).
    var pod: KubeObject
    var identity: String
    /// The container the process runs in, whose log its lines go to.
    var container: String

    /// The provisioner a pod runs, if its container runs `local-path-provisioner ... start` and has started.
    init?(pod: KubeObject) {
        guard pod[path: "status.phase"].string == "Running", pod.deletionTimestamp == nil else { return nil }
        for (index, container) in pod[path: "spec.containers"].array.enumerated() {
            let words = (container["command"].array + container["args"].array).compactMap(\.string)
            guard words.first.map({ $0.hasSuffix("local-path-provisioner") }) == true, words.contains("start") else {
                continue
            }
            let state = pod[path: "status.containerStatuses"][index]["state"]["running"]["startedAt"]
            guard let started = state.string else { return nil }
            for (flag, value) in zip(words, words.dropFirst()) {
                if flag == "--provisioner-name" { name = value }
                if flag == "--configmap-name" { configMapName = value }
                if flag == "--service-account-name" { serviceAccountName = value }
            }
            self.pod = pod
            self.container = container["name"].string ?? ""
            // A new process (a restart) has a new uniquifier, as `uuid.NewUUID()` gives one at start.
            var uniquifier = NameGenerator(seed: Self.fnv1a(pod.uid + started))
            identity = "\(name)_\(pod.name)_\(uniquifier.uid())"
            return
        }
        return nil
    }

    /// The directory `config.json` gives `node` (its own entry, else the default one); nil when none.
    static func basePath(configJSON: String, node: String) -> String? {
        guard let config = try? YAMLDecoding.documents(configJSON).first else { return nil }
        let entries = config["nodePathMap"].array
        let entry =
            entries.first { $0["node"].string == node }
            ?? entries.first { $0["node"].string == defaultNodeKey }
        return entry?["paths"].array.first?.string
    }

    /// `provisionFor`'s checks: only ReadWriteOnce and ReadWriteOncePod, and no selector.
    static func refusal(of claim: KubeObject) -> String? {
        if !claim[path: "spec.selector"].isNull { return "claim.Spec.Selector is not supported" }
        if claim.accessModeSet.contains(where: { $0 != "ReadWriteOnce" && $0 != "ReadWriteOncePod" }) {
            return "NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes"
        }
        return nil
    }

    /// The volume `provisionFor` returns, with what the provision controller adds (claim
    /// reference, `provisioned-by`, class): a hostPath (or `local`, as the claim's `volumeType`
    /// annotation asks) under the node's base path, tied to that node.
    func volume(for claim: KubeObject, node: KubeObject, basePath: String, storageClass: KubeObject) -> KubeObject {
        let name = "pvc-\(claim.uid)"
        let path = basePath.hasSuffix("/") ? basePath : basePath + "/"
        let folder = path + [name, claim.namespace ?? "default", claim.name].joined(separator: "_")
        let local =
            (claim.annotations["volumeType"] ?? storageClass.annotations["defaultVolumeType"])?.lowercased() == "local"
        let hostname = node.labels["kubernetes.io/hostname"] ?? node.name
        var volume = KubeObject(["apiVersion": "v1", "kind": "PersistentVolume"])
        volume.name = name
        volume[path: "metadata.annotations"] = [
            "local.path.provisioner/selected-node": .string(node.name),
            VolumeAnnotations.provisionedBy: .string(self.name),
        ]
        volume.value["spec"] = [
            "accessModes": claim[path: "spec.accessModes"],
            "capacity": ["storage": claim[path: "spec.resources.requests.storage"]],
            "claimRef": Cluster.claimReference(claim),
            "nodeAffinity": [
                "required": [
                    "nodeSelectorTerms": [
                        [
                            "matchExpressions": [
                                ["key": "kubernetes.io/hostname", "operator": "In", "values": [.string(hostname)]]
                            ]
                        ]
                    ]
                ]
            ],
            "persistentVolumeReclaimPolicy": .string(storageClass[path: "reclaimPolicy"].string ?? "Delete"),
            "storageClassName": .string(claim.claimClass),
            "volumeMode": "Filesystem",
        ]
        volume[path: local ? "spec.local" : "spec.hostPath"] =
            local ? ["path": .string(folder)] : ["path": .string(folder), "type": "DirectoryOrCreate"]
        return volume
    }

    /// The folder a volume it made lives in (`hostPath` or `local`).
    static func path(of volume: KubeObject) -> String? {
        volume[path: "spec.hostPath.path"].string ?? volume[path: "spec.local.path"].string
    }

    /// `--helper-pod-file` is read from the ConfigMap's `helperPod.yaml`.
    static let helperPodKey = "helperPod.yaml"

    /// One line of its log, as logrus's text formatter writes it without a terminal.
    static func logLine(_ message: String, level: String = "info", at time: Timestamp) -> String {
        "time=\"\(time.rfc3339)\" level=\(level) msg=\(logValue(message))"
    }

    /// A value quoted (Go's `%q`) unless it holds only the characters logrus leaves bare.
    static func logValue(_ text: String) -> String {
        let bare = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-._/@^+".unicodeScalars.contains($0)
        }
        return bare ? text : GoSyntax.quoted(text)
    }

    static let defaultNodeKey = "DEFAULT_PATH_FOR_NON_LISTED_NODES"

    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
