import KubeAPI
import OrderedCollections

/// The kubelet's container configuration step (`generateContainerConfig`), between the image
/// being there and the container being created: its environment is built from the ConfigMaps,
/// Secrets and Services of that moment, and a missing one is `CreateContainerConfigError`.
extension Cluster {
    /// Builds and keeps the container's environment; on failure reports the error, retries the
    /// pod's sync later and returns false.
    func prepareConfig(of container: JSONValue, in pod: KubeObject, node: String) -> Bool {
        let name = container["name"].string ?? ""
        do {
            containerEnvironments[Self.environmentKey(pod.uid, name)] = try containerEnvironment(of: pod, container: container)
            return true
        } catch {
            let failure = "Error: \(error.message)"
            recordContainerEvent(pod, name, reason: "Failed", message: failure, type: "Warning", node: node)
            var waiting = lookup(.pods, pod.namespace, pod.name) ?? pod
            PodStatusWriter.update(&waiting, container: name) {
                PodStatusWriter.waiting(&$0, reason: "CreateContainerConfigError", message: error.message)
            }
            PodStatusWriter.refresh(&waiting, at: now)
            save(.pods, waiting)
            // As after a failed pull: the next sync a second later, then every 10 s.
            let observed = eventCorrelator.observation(
                of: EventCorrelator.Occurrence(
                    source: EventSource(component: "kubelet", host: node), objectUID: pod.uid,
                    fieldPath: pod.fieldPath(of: name), type: "Warning", reason: "Failed", message: failure))
            let attempts = observed?.count ?? 1
            schedule(.pull, pod.uid, name, at: now.adding(seconds: attempts == 1 ? 1 : Self.syncRetrySeconds))
            if !pod.isInitContainer(name) { startNextContainer(after: name, in: pod) }
            return false
        }
    }

    /// The environment a running container was started with, as `exec` sees it: the image's
    /// under the kubelet's; for a container started before the simulation began, what the
    /// kubelet would build now.
    public func environment(of pod: KubeObject, container name: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: environ(of: pod, container: name).map { ($0.key, $0.value) })
    }

    /// The same environment in the order the container runtime hands it to the process.
    public func environ(of pod: KubeObject, container name: String) -> OrderedDictionary<String, String> {
        guard let container = pod.containerSpec(named: name) else { return [:] }
        let variables = containerEnvironments[Self.environmentKey(pod.uid, name)]
            ?? (try? containerEnvironment(of: pod, container: container)) ?? [:]
        return runtimeEnvironment(of: container, kubelet: variables)
    }

    /// Forgets the environments of a pod's containers (it is gone).
    func forgetEnvironments(of pod: KubeObject) {
        for container in pod.allKubeletContainers { containerEnvironments[Self.environmentKey(pod.uid, container["name"].string ?? "")] = nil }
    }

    static func environmentKey(_ uid: String, _ container: String) -> String { .concatenating(uid, "/", container) }
}
