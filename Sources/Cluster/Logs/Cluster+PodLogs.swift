import KubeAPI

/// The pod `log` subresource: the apiserver checks the pod and container and finds the node, and
/// the node's kubelet picks the run (current or previous) from the container's status and reads
/// what that run wrote, which the simulation derives from the image catalog and the command.
extension Cluster {
    public func podLog(namespace: String, name: String, _ options: PodLogOptions) throws(APIError) -> PodLogRead {
        let pod = try get(.pods, namespace: namespace, name: name)
        guard let container = pod.containerSpec(named: options.container) else {
            throw Self.badRequest("container \(options.container) is not valid for pod \(name)")
        }
        // The apiserver gives an empty log for a pod no node has taken yet.
        guard pod.nodeName != nil else { return PodLogRead(text: "", lines: [], containerID: nil, running: false) }
        let run = try logRun(of: pod, container: options.container, options)
        guard let run else { return PodLogRead(text: "", lines: [], containerID: options.containerID, running: false) }
        let end = min(run.finishedAt ?? now, now)
        var entries = logEntries(
            of: container, in: pod, startedAt: run.startedAt, until: end, containerID: run.containerID)
        if let after = options.after { entries = entries.filter { $0.time > after } }
        if let tail = options.tailLines, tail >= 0 { entries = Array(entries.suffix(tail)) }
        if let since = options.sinceTime ?? options.sinceSeconds.map({ now.adding(seconds: -$0) }) {
            entries = entries.filter { $0.time >= since }
        }
        let lines = entries.map {
            LogEntry(time: $0.time, text: (options.timestamps ? $0.time.rfc3339NanoFixed + " " : "") + $0.text, partial: $0.partial)
        }
        var text = lines.map(\.sent).joined()
        if let limit = options.limitBytes, limit >= 0, text.utf8.count > limit {
            text = String(decoding: text.utf8.prefix(limit), as: UTF8.self)
        }
        return PodLogRead(text: text, lines: lines, containerID: run.containerID, running: run.finishedAt == nil)
    }

    /// One run of a container: its ID and when it started and (if it has) finished.
    struct LogRun {
        var containerID: String
        var startedAt: Timestamp
        var finishedAt: Timestamp?
    }

    /// The kubelet's `validateContainerLogStatus`: which run to read, or why there is none.
    private func logRun(of pod: KubeObject, container name: String, _ options: PodLogOptions) throws(APIError) -> LogRun? {
        let status = PodStatusWriter.container(pod, name)
        if let id = options.containerID { return Self.runs(in: status).first { $0.containerID == id } }
        guard !status.isNull else { throw Self.badRequest("container \"\(name)\" in pod \"\(pod.name)\" is not available") }
        let last = status[path: "lastState.terminated"]
        let running = status[path: "state.running"]
        let terminated = status[path: "state.terminated"]
        let waiting = status[path: "state.waiting"]
        if options.previous {
            guard let run = Self.run(last, id: last["containerID"]) else {
                throw Self.badRequest("previous terminated container \"\(name)\" in pod \"\(pod.name)\" not found")
            }
            return run
        }
        if !running.isNull { return Self.run(running, id: status["containerID"]) }
        if !terminated.isNull {
            if let run = Self.run(terminated, id: terminated["containerID"]) ?? Self.run(last, id: last["containerID"]) { return run }
            throw Self.badRequest("container \"\(name)\" in pod \"\(pod.name)\" is terminated")
        }
        if !last.isNull {
            guard let run = Self.run(last, id: last["containerID"]) else {
                throw Self.badRequest("container \"\(name)\" in pod \"\(pod.name)\" is terminated")
            }
            return run
        }
        if !waiting.isNull {
            let reason = waiting["reason"].string ?? ""
            let why = Self.waitingWords[reason] ?? reason
            throw Self.badRequest("container \"\(name)\" in pod \"\(pod.name)\" is waiting to start: \(why)")
        }
        throw Self.badRequest("container \"\(name)\" in pod \"\(pod.name)\" is waiting to start - no logs yet")
    }

    /// The runs a container status still knows: the current one and the one before.
    private static func runs(in status: JSONValue) -> [LogRun] {
        [
            run(status[path: "state.running"], id: status["containerID"]),
            run(status[path: "state.terminated"], id: status[path: "state.terminated.containerID"]),
            run(status[path: "lastState.terminated"], id: status[path: "lastState.terminated.containerID"]),
        ].compactMap { $0 }
    }

    private static func run(_ state: JSONValue, id: JSONValue) -> LogRun? {
        guard let id = id.string, !id.isEmpty, let started = state["startedAt"].string.flatMap(Timestamp.init(rfc3339:)) else {
            return nil
        }
        return LogRun(containerID: id, startedAt: started, finishedAt: state["finishedAt"].string.flatMap(Timestamp.init(rfc3339:)))
    }

    /// What one run of `container` wrote from `startedAt` to `until`; the run with `containerID`
    /// reads its projected volumes as they were at each moment, when the kubelet followed them.
    func logEntries(
        of container: JSONValue, in pod: KubeObject, startedAt: Timestamp, until: Timestamp, containerID: String? = nil
    ) -> [LogEntry] {
        guard case .found(let image) = runtime.images.lookup(container["image"].string ?? "") else { return [] }
        let node = pod.nodeName.flatMap { lookup(.nodes, nil, $0) }
        let name = container["name"].string ?? ""
        // The variables the kubelet gave the container (downward API and references resolved), plus HOSTNAME.
        let env = environment(of: pod, container: name)
            .merging(ContainerOutput.environment(of: container, in: pod)) { resolved, _ in resolved }
        let facts = Self.templateFacts(image: image, reference: container["image"].string ?? "", pod: pod, node: node, env: env)
        let context = {
            if let containerID, let run = self.recordedRun(ofPod: pod.uid, container: name, containerID: containerID) {
                return self.context(of: self.containerFileRuns[run])
            }
            return self.scriptContext(of: container, in: pod)
        }
        let output = ContainerOutput.entries(
            of: expandingCommand(of: container, in: pod), image: image, start: startedAt, until: until, facts: facts,
            env: env, context: context)
        // What the simulated program itself logged during this run (the local-path provisioner's work).
        let own = (processLogs[pod.uid + "/" + (container["name"].string ?? "")] ?? []).filter {
            $0.time >= startedAt && $0.time <= until
        }
        return own.isEmpty ? output : output + own
    }

    /// What the placeholders of an image's texts stand for in `container` of `pod` (`LogTemplate`).
    public func templateFacts(of pod: KubeObject, container: String) -> LogTemplate.Facts {
        let spec = pod.containerSpec(named: container) ?? .null
        let reference = spec["image"].string ?? ""
        guard case .found(let image) = runtime.images.lookup(reference) else { return LogTemplate.Facts() }
        let env = environment(of: pod, container: container)
            .merging(ContainerOutput.environment(of: spec, in: pod)) { resolved, _ in resolved }
        let node = pod.nodeName.flatMap { lookup(.nodes, nil, $0) }
        return Self.templateFacts(image: image, reference: reference, pod: pod, node: node, env: env)
    }

    private static func templateFacts(
        image: ImageCatalog.Image, reference: String, pod: KubeObject, node: KubeObject?, env: [String: String]
    ) -> LogTemplate.Facts {
        LogTemplate.Facts(
            tag: image.perTag[ImageReference(reference).tag] ?? [:],
            kernel: node?[path: "status.nodeInfo.kernelVersion"].string,
            podIP: pod[path: "status.podIP"].string, hostname: env["HOSTNAME"],
            cpus: node?[path: "status.capacity.cpu"].string.flatMap { Int($0) } ?? 1, env: env)
    }

    /// The kubelet's words for the commonest waiting reasons.
    static let waitingWords = ["ErrImagePull": "image can't be pulled", "ImagePullBackOff": "trying and failing to pull image"]

    static func badRequest(_ message: String) -> APIError { APIError(reason: "BadRequest", message: message, code: 400) }
}
