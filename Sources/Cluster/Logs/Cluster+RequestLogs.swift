import KubeAPI

/// What a server writes to its log for each HTTP request it answers (the bootcamp app's
/// `console.log` in its handler, hello-app's `Serving request: PATH`), kept with the lines the
/// container's own program wrote.
extension Cluster {
    /// Writes `server`'s line for the request for `path` it answered now into the log of the
    /// running container.
    func logServedRequest(by server: ReachedServer, path: String) {
        guard case .found(let image) = runtime.images.lookup(server.image), let template = image.requestLog,
            let container = server.pod.containerSpec(named: server.container)
        else { return }
        let key = server.pod.uid + "/" + server.container
        let start = now.adding(milliseconds: -server.elapsedMilliseconds)
        // The program's own lines of this run are its request lines: the count so far.
        let answered = (processLogs[key] ?? []).count { $0.time >= start }
        let listening = start.adding(milliseconds: template.afterMilliseconds)
        var values = image.perTag[ImageReference(server.image).tag] ?? [:]
        values["requests"] = String(answered + 1)
        values["uptime"] = Self.javaScriptSeconds(milliseconds: max(0, now.milliseconds(since: listening)))
        values["path"] = path
        let facts = LogTemplate.Facts(
            tag: values, podIP: server.pod[path: "status.podIP"].string,
            hostname: ContainerOutput.environment(of: container, in: server.pod)["HOSTNAME"])
        guard let line = template.fill(time: now, facts: facts, number: nil) else { return }
        processLogs[key, default: []].append(LogEntry(time: now, text: line))
    }

    /// A whole number of milliseconds divided by 1000, as JavaScript prints the number: `12.5`, `3`.
    static func javaScriptSeconds(milliseconds: Int64) -> String {
        let whole = String(milliseconds / 1000)
        var fraction = String(milliseconds % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }
}
