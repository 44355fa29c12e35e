import KubeAPI

/// Which runtime handler runs a pod's sandbox, and what the kubelet does when its node's
/// containerd has no such runtime: `FailedCreatePodSandBox`, the pod left `ContainerCreating`,
/// and another try after the pod worker's back-off.
extension Cluster {
    /// The handler the kubelet passes to containerd for `pod` ("" for the default runtime), or
    /// the lookup's error when the pod's RuntimeClass is gone.
    func runtimeHandler(of pod: KubeObject) -> Result<String, RuntimeHandlerLookupError> {
        guard let name = pod[path: "spec.runtimeClassName"].string, !name.isEmpty else { return .success("") }
        guard let runtimeClass = lookup(.runtimeClasses, nil, name) else {
            return .failure(RuntimeHandlerLookupError(message: "runtimeclass.node.k8s.io \"\(name)\" not found"))
        }
        return .success(runtimeClass[path: "handler"].string ?? "")
    }

    /// The containerd shim that runs the pod on its node (`io.containerd.runsc.v1` for gVisor),
    /// or nil when the pod has no node or the node's configuration is not known.
    public func runtimeType(of pod: KubeObject) -> String? {
        guard let node = pod.nodeName, let runtimes = runtime.runtimeHandlers.runtimes(on: node),
            case .success(let handler) = runtimeHandler(of: pod)
        else { return nil }
        return runtimes.runtimeType(of: handler)
    }

    /// Why the pod's sandbox cannot be made on `node` now, worded as the kubelet reports it; nil when it can.
    func sandboxFailure(of pod: KubeObject, on node: String) -> String? {
        switch runtimeHandler(of: pod) {
        case .failure(let error): return error.message
        case .success(let handler):
            guard let runtimes = runtime.runtimeHandlers.runtimes(on: node), runtimes.runtimeType(of: handler) == nil else {
                return nil
            }
            // containerd names each attempt's sandbox with a fresh ID before it looks up the runtime.
            let id = Self.runtimeID(of: "sandbox attempt \(pod.uid) \(now.rfc3339)")
            return "rpc error: code = Unknown desc = unable to get OCI runtime for sandbox \"\(id)\": "
                + "no runtime for \"\(handler)\" is configured"
        }
    }

    /// Reports a sandbox that could not be made: the pod stays Pending with its containers
    /// `ContainerCreating` and no IP, the kubelet records the failure and tries again later.
    func failSandbox(of pod: KubeObject, on node: KubeObject, because reason: String) -> Bool {
        if pod[path: "status.containerStatuses"].isNull {
            var waiting = PodStatusWriter.creating(pod, hostIP: node.internalIP, podIP: "", at: now)
            waiting[path: "status.podIP"] = .null
            waiting[path: "status.podIPs"] = .null
            save(.pods, waiting)
        }
        recordEvent(
            pod, reason: "FailedCreatePodSandBox", message: "Failed to create pod sandbox: \(reason)", type: "Warning",
            source: EventSource(component: "kubelet", host: node.name))
        if let first = pod.kubeletContainers.first?["name"].string {
            schedule(.sandbox, pod.uid, first, at: now.adding(milliseconds: podWorkerBackOff(for: pod)))
        }
        return true
    }

    /// The pod worker's wait after a failed sync: 10 s, plus up to half of it again as jitter.
    private func podWorkerBackOff(for pod: KubeObject) -> Int64 {
        let digits = Self.runtimeID(of: "backoff \(pod.uid) \(now.rfc3339)").prefix(4)
        let fraction = Int64(digits, radix: 16) ?? 0
        return 10_000 + fraction * 5_000 / 0x10000
    }
}

/// The kubelet's RuntimeClass lookup failing, in the lister's words.
struct RuntimeHandlerLookupError: Error {
    var message: String
}
