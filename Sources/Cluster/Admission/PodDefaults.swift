import OrderedCollections
import KubeAPI

/// The defaults the apiserver fills into a pod on creation (`PodSpecDefaults` plus the
/// ServiceAccount and DefaultTolerationSeconds admission plugins).
///
/// ServiceAccount admission leaves a mirror pod (a static pod's copy, `kubernetes.io/config.mirror`)
/// as the kubelet wrote it: no account and no token. Every other pod, hostNetwork ones such as
/// kube-proxy's and Canal's included, gets the `kube-api-access-` projected volume unless it
/// opts out with `automountServiceAccountToken: false`.
enum PodDefaults {
    /// The defaults that follow from a pod's spec and annotations alone: everything but the
    /// service account token's volume, whose name is drawn for each pod.
    struct ContentDefaults {
        /// Whether the pod is a static pod's mirror (no account, no token).
        let mirror: Bool
        /// The spec as given, and as defaulted (without the token's volume and mounts).
        let given: JSONValue
        let spec: JSONValue
        /// The QoS class of the defaulted containers (the token's mount does not change it).
        let qosClass: String

        init(of pod: KubeObject) {
            mirror = pod.annotations[ServiceAccountAdmission.mirrorPodAnnotation] != nil
            given = pod.value["spec"]
            var spec = PodSpecDefaults.apply(to: given)
            if !mirror {
                if spec["serviceAccountName"].isNull { spec["serviceAccountName"] = "default" }
                spec["serviceAccount"] = spec["serviceAccountName"]
            }
            var tolerations = spec["tolerations"].array
            for toleration in defaultTolerations
            where !tolerations.contains(where: { $0["key"] == toleration["key"] || ($0["key"].isNull && $0["operator"].string == "Exists") }) {
                tolerations.append(toleration)
            }
            spec["tolerations"] = .array(tolerations)
            self.spec = spec
            qosClass = PodDefaults.qosClass(of: spec["containers"].array)
        }

        /// Whether these are the defaults of `pod`'s content.
        func hold(for pod: KubeObject) -> Bool {
            mirror == (pod.annotations[ServiceAccountAdmission.mirrorPodAnnotation] != nil) && given == pod.value["spec"]
        }
    }

    /// Fills in `content`, worked out from this pod's spec and annotations
    /// (`PodContentMemo.contentDefaults(of:)`), and the service account token's volume.
    static func apply(to pod: consuming KubeObject, names: inout NameGenerator, content: ContentDefaults) -> KubeObject {
        var spec = content.spec
        // The suffix is drawn for every pod, so the names drawn after it do not depend on the pod's kind.
        let drawn = "kube-api-access-" + names.suffix(length: 5)
        // A pod that brings the volume (a copy of another pod, `kubectl debug --copy-to`) keeps it,
        // and its containers that lack the mount get one of it.
        let existing = spec["volumes"].array.lazy.compactMap { $0["name"].string }.first { $0.hasPrefix("kube-api-access-") }
        let volumeName = existing ?? drawn
        let needsToken = !content.mirror && spec["automountServiceAccountToken"].bool != false
        // Init containers get the token too; a container that mounts something there already keeps it.
        for key in ["initContainers", "containers"] where needsToken && !spec[key].isNull {
            spec[key] = .array(spec[key].array.map { container in
                var c = container
                var mounts = c["volumeMounts"].array
                guard !mounts.contains(where: { $0["mountPath"].string == serviceAccountPath }) else { return c }
                mounts.append(["mountPath": .string(serviceAccountPath), "name": .string(volumeName), "readOnly": true])
                c["volumeMounts"] = .array(mounts)
                return c
            })
        }
        if needsToken && existing == nil {
            var volumes = spec["volumes"].array
            volumes.append(serviceAccountVolume(named: volumeName))
            spec["volumes"] = .array(volumes)
        }
        // Handed over, not shared, so admission's later edits of the spec need no copy.
        pod.value["spec"] = consume spec
        pod.value.modify("status") { status in
            if status["phase"].isNull { status["phase"] = "Pending" }
            status["qosClass"] = .string(content.qosClass)
        }
        return pod
    }

    /// Where the ServiceAccount admission plugin mounts the token volume.
    static let serviceAccountPath = "/var/run/secrets/kubernetes.io/serviceaccount"

    /// `Always` for `:latest` or untagged images, otherwise `IfNotPresent`.
    static func defaultPullPolicy(_ image: String) -> String {
        let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
        if image.contains("@") { return "IfNotPresent" }
        guard let colon = lastComponent.lastIndex(of: ":") else { return "Always" }
        return lastComponent[lastComponent.index(after: colon)...] == "latest" ? "Always" : "IfNotPresent"
    }

    /// Guaranteed, Burstable or BestEffort, from the containers' requests and limits.
    static func qosClass(of pod: KubeObject) -> String { qosClass(of: pod[path: "spec.containers"].array) }

    static func qosClass(of containers: [JSONValue]) -> String {
        var anySet = false
        var guaranteed = !containers.isEmpty
        for c in containers {
            let requests = c[path: "resources.requests"].object
            let limits = c[path: "resources.limits"].object
            if !requests.isEmpty || !limits.isEmpty { anySet = true }
            for resource in ["cpu", "memory"] {
                guard let limit = limits[resource] else { guaranteed = false; continue }
                if let request = requests[resource], request != limit { guaranteed = false }
            }
        }
        if !anySet { return "BestEffort" }
        return guaranteed ? "Guaranteed" : "Burstable"
    }

    /// DefaultTolerationSeconds: pods stay five minutes on a node that is not ready or unreachable.
    private static let defaultTolerations: [JSONValue] = ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"].map {
        ["effect": "NoExecute", "key": .string($0), "operator": "Exists", "tolerationSeconds": 300]
    }

    static func serviceAccountVolume(named name: String) -> JSONValue {
        ["name": .string(name), "projected": serviceAccountProjection]
    }

    /// The token, CA and namespace every pod's service-account volume projects; one shared value.
    private static let serviceAccountProjection: JSONValue = [
        "defaultMode": 420,
        "sources": [
            ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
            ["configMap": ["items": [["key": "ca.crt", "path": "ca.crt"]], "name": "kube-root-ca.crt"]],
            [
                "downwardAPI": [
                    "items": [
                        ["fieldRef": ["apiVersion": "v1", "fieldPath": "metadata.namespace"], "path": "namespace"]
                    ]
                ]
            ],
        ],
    ]
}
