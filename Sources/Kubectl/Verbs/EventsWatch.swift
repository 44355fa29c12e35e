import Cluster
import KubeAPI

/// `kubectl events -w`: a watch from the start, so the events there already come first (each an
/// `ADDED`, in the order the server keeps them), then every new or repeated one; deletions (events
/// expire) are not printed.
///
/// kubectl flushes its table writer after every event, so each line is laid out on its own and
/// only the first shares its widths with the heading. The watch ends as `get -w` ends here: once
/// nothing has happened for `GetWatch.quietSeconds`, at `--request-timeout`, or after the
/// apiserver's shortest watch.
enum EventsWatch {
    static func run(_ options: Events.Options, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let cluster = try context.cluster
        let scope = options.allNamespaces ? nil : options.namespace
        let existing: [KubeObject]
        // One watch from the start, the list's query with `watch=true`; no list before it.
        var watch = options.listRequest
        watch.query["watch"] = "true"
        do {
            existing = try context.send(watch) { () throws(APIError) in
                try cluster.authorize(AccessRequest(verb: "watch", .events, namespace: scope), as: context.user)
                return try cluster.list(.events, namespace: scope, selector: LabelSelector(), fieldSelector: options.fieldSelector)
            }
        } catch {
            throw .server(error)
        }
        let timeout = try GetWatch.requestTimeout(context.flags.string("request-timeout"))
        let deadline = cluster.now.adding(seconds: timeout ?? GetWatch.longestWatch)
        var printed = 0
        func show(_ event: KubeObject) throws(KubectlFailure) {
            guard options.admits(event) else { return }
            if options.output == .table {
                var writer = TabWriter(minWidth: 6, padding: 3)
                if printed == 0, !options.noHeaders { writer.writeRow(EventRow.headers(allNamespaces: options.allNamespaces)) }
                writer.writeRow(EventRow.cells(event, allNamespaces: options.allNamespaces, now: cluster.now))
                context.io.out(writer.flush())
            } else {
                try EventDocument.print(EventDocument.typed(event.value), format: options.output, context: context, count: printed)
            }
            printed += 1
        }
        for event in existing { try show(event) }
        cluster.beginWatch(.events)
        defer { cluster.endWatch(.events) }
        while cluster.now < deadline {
            let quietEnd = min(deadline, cluster.now.adding(seconds: GetWatch.quietSeconds))
            var changes: [WatchEvent] = []
            _ = cluster.wait(timeoutSeconds: max(0, quietEnd.milliseconds(since: cluster.now) / 1000)) {
                changes += cluster.takeWatchEvents(
                    .events, namespace: scope, selector: LabelSelector(), fieldSelector: options.fieldSelector
                ).filter { $0.type != .deleted }
                return !changes.isEmpty
            }
            if changes.isEmpty { break }
            for change in changes { try show(change.object) }
        }
        return 0
    }
}
