import Cluster
import KubeAPI
import OrderedCollections

/// `kubectl get -w` / `--watch-only`: prints the objects, then each change as the clock moves.
///
/// A real watch runs until Ctrl-C or until the apiserver closes it. Here it follows the virtual
/// clock and ends, exit status 0 as when a server closes a watch, once the watched objects have
/// not changed for `quietSeconds`, when `--request-timeout` has passed, or after `longestWatch`
/// (the apiserver's shortest watch timeout). Replays are therefore bounded and deterministic.
enum GetWatch {
    /// How long the watched objects may stay unchanged before the watch ends.
    static let quietSeconds: Int64 = 60
    /// The longest a watch runs: the apiserver closes watches after 30 minutes at the earliest.
    static let longestWatch: Int64 = 1800

    /// The watch `get` sends after its first read: a list's from the list's resource version; one
    /// object's by its name, from version 0 (kubectl starts it at about now, with an initial event).
    private static func watchRequest(_ options: Get.Options, type: ResourceType, name: String?, cluster: Cluster) -> ServerRequest {
        var request = options.selector.request(type, namespace: options.allNamespaces ? nil : options.namespace, accept: options.accept)
        if let name { request.query["fieldSelector"] = "metadata.name=\(name)" }
        request.query["resourceVersion"] = name == nil ? String(cluster.latestResourceVersion) : "0"
        request.query["watch"] = "true"
        return request
    }

    static func run(_ options: Get.Options, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        guard Set(options.request.groups.map(\.type)).count == 1, let group = options.request.groups.first else {
            throw .error("you may only specify a single resource type")
        }
        let cluster = try context.cluster
        let (results, failures) = options.fetch(cluster, context)
        if let failure = failures.first { throw KubectlFailure(failure) }
        let type = group.type
        let objects = results.flatMap(\.objects)
        var printer = try WatchPrinter(options, type: type, context: context)
        if !options.watchOnly { try printer.printInitial(objects) }
        guard group.names.count <= 1 else { throw .error(severalNames) }
        // The watch is a request of its own; on one object its name selector names the object.
        try context.authorize(AccessRequest(
            verb: "watch", type, namespace: options.allNamespaces ? nil : options.namespace, name: group.names.first ?? ""))

        context.requestLog?.answered(watchRequest(options, type: type, name: group.names.first, cluster: cluster), status: 200)

        let timeout = try requestTimeout(context.flags.string("request-timeout"))
        let deadline = cluster.now.adding(seconds: timeout ?? longestWatch)
        let scope = options.allNamespaces ? nil : options.namespace
        cluster.beginWatch(type)
        // In a background job the shell prints the changes each time the clock has moved, until
        // the apiserver closes the watch.
        let step = { () -> Bool in
            let events = cluster.takeWatchEvents(
                type, namespace: scope, selector: options.selector.label, fieldSelector: options.selector.fieldText
            ).filter { group.names.isEmpty || group.names.contains($0.object.name) }
            for event in events { try? printer.print(event) }
            return cluster.now < deadline
        }
        if context.follow.follow(step, stop: { cluster.endWatch(type) }) { return 0 }
        defer { cluster.endWatch(type) }
        while cluster.now < deadline {
            let quietEnd = min(deadline, cluster.now.adding(seconds: quietSeconds))
            var events: [WatchEvent] = []
            _ = cluster.wait(timeoutSeconds: max(0, quietEnd.milliseconds(since: cluster.now) / 1000)) {
                events += cluster.takeWatchEvents(
                    type, namespace: scope, selector: options.selector.label, fieldSelector: options.selector.fieldText
                ).filter { group.names.isEmpty || group.names.contains($0.object.name) }
                return !events.isEmpty
            }
            if events.isEmpty { break }
            for event in events { try printer.print(event) }
        }
        return 0
    }

    /// `--request-timeout`: seconds (`30`) or a Go duration (`30s`, `5m`, `1h`); 0 means none.
    static func requestTimeout(_ text: String?) throws(KubectlFailure) -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        if let seconds = Int64(text) { return seconds > 0 ? seconds : nil }
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600]
        guard let unit = text.last.flatMap({ units[$0] }), let value = Int64(text.dropLast()), value >= 0 else {
            throw .error(
                "invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)")
        }
        return value > 0 ? value * unit : nil
    }

    static let severalNames = "you may only watch a single resource or type of resource at a time"
}

/// How a watching `get` prints: the initial list, then one row or document per event.
struct WatchPrinter {
    private enum Shape {
        case table(HumanReadablePrinter)
        case columns(CustomColumnsPrinter, TabWriter, headerDone: Bool)
        case objects(ObjectPrinter, yamlCount: Int)
    }

    private var shape: Shape
    private let type: ResourceType
    private let context: VerbContext
    private let events: Bool

    init(_ options: Get.Options, type: ResourceType, context: VerbContext) throws(KubectlFailure) {
        self.type = type
        self.context = context
        events = options.outputWatchEvents
        var tableOptions = options.table
        tableOptions.showKind = context.flags.bool("show-kind")
        switch try options.output.objectPrinter(context: context, noHeaders: options.table.noHeaders) {
        case _ where options.output.isHumanReadable:
            shape = .table(HumanReadablePrinter(options: tableOptions))
        case .customColumns(let printer):
            shape = .columns(printer, TabWriter.forGet(), headerDone: printer.noHeaders)
        case let printer:
            shape = .objects(printer, yamlCount: 0)
        }
    }

    /// The objects as listed before watching (each an `ADDED` event with `--output-watch-events`).
    mutating func printInitial(_ objects: [KubeObject]) throws(KubectlFailure) {
        if case .table(var printer) = shape {
            let cluster = try context.cluster
            var text = printer.print(cluster.table(type, objects), of: type, watchEvent: events ? "ADDED" : nil)
            text += printer.flush()
            shape = .table(printer)
            context.io.out(text)
            return
        }
        for object in objects { try print(object, event: "ADDED") }
    }

    /// One change.
    mutating func print(_ event: WatchEvent) throws(KubectlFailure) {
        try print(event.object, event: event.type.rawValue)
    }

    private mutating func print(_ object: KubeObject, event: String) throws(KubectlFailure) {
        switch shape {
        case .table(var printer):
            let cluster = try context.cluster
            var text = printer.print(cluster.table(type, [object]), of: type, watchEvent: events ? event : nil)
            text += printer.flush()
            shape = .table(printer)
            context.io.out(text)
        case .columns(let printer, var writer, let headerDone):
            if !headerDone { writer.write(printer.headerLine) }
            do {
                writer.write(try printer.line(object))
            } catch {
                context.io.out(writer.flush())
                throw .error(error.message)
            }
            context.io.out(writer.flush())
            shape = .columns(printer, writer, headerDone: true)
        case .objects(let printer, let yamlCount):
            let value = object.value.sortedKeys
            let document: JSONValue = events ? .object(["type": .string(event), "object": value]) : value
            switch printer {
            case .name:
                context.io.out("\(type.qualifiedKind)/\(object.name)\n")
            case .json:
                // A watch event is written compact, one a line; a plain object indented.
                context.io.out((events ? JSONPrinter.compact(document) : JSONPrinter.print(document)) + "\n")
            case .yaml:
                if yamlCount > 0 { context.io.out("---\n") }
                context.io.out(YAMLPrinter.print(document.sortedKeys))
            case .jsonpath(let jsonpath):
                context.io.out(try jsonpath.print(document))
            case .goTemplate(let template):
                try template.print(document, io: context.io)
            case .customColumns:
                break
            }
            shape = .objects(printer, yamlCount: yamlCount + 1)
        }
    }
}
