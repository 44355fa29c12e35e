import Cluster
import KubeAPI

/// `kubectl wait TYPE/NAME|-f FILE --for=condition=C[=V]|delete|create|jsonpath={...}[=V] [--timeout=30s]`:
/// waits, in virtual time, until each object meets the condition, printing `<kind>/<name> condition met`.
enum Wait {
    static let verb = Verb(name: "wait", flags: flags, help: KubectlHelp.wait) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("for"), FlagSpec("timeout", nil, .duration), FlagSpec("all", nil, .bool), FlagSpec("selector", "l"),
        FlagSpec("field-selector"), FlagSpec("all-namespaces", "A", .bool), FlagSpec("filename", "f", .stringArray),
        FlagSpec("output", "o"), FlagSpec("local", nil, .bool), FlagSpec("recursive", "R", .bool),
    ] + OutputFormat.templateFlags

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let timeout = try timeoutSeconds(flags.string("timeout"))
        let condition = try WaitCondition.parse(flags.string("for") ?? "")
        let resources = flags.positionals
        let fromManifests = ManifestFiles.given(context)
        guard !resources.isEmpty || fromManifests else { throw .error(SetImage.noResources) }
        let request = fromManifests ? ResourceRequest(groups: [], usedSlashForm: false) : try ResourceRequest.parse(resources)
        let cluster = try context.cluster
        let deadline = cluster.now.adding(seconds: timeout ?? 0)
        // Waits until `met`, up to the deadline or, without one, as an `UnboundedWait` on `objects`.
        func waitFor(_ objects: [(ResourceType, String?, String)], until met: () -> Bool) -> Bool {
            guard timeout != nil else { return UnboundedWait(cluster: cluster, objects: objects).until(met) }
            return cluster.wait(timeoutSeconds: max(0, deadline.milliseconds(since: cluster.now) / 1000), until: met)
        }
        var builderErrors = BuilderErrors()
        var targets: [(ResourceType, KubeObject)] = []
        if fromManifests {
            (targets, builderErrors) = try manifestTargets(context, resources: resources, ignoringNotFound: condition.isDelete)
            // Waiting for creation, kubectl's poll gives up on the first visit that fails.
            if case .create = condition, !builderErrors.isEmpty {
                throw KubectlFailure(builderErrors.linesAlone.joined(separator: "\n"))
            }
        } else if case .create = condition {
            let named = request.groups.flatMap { group in group.names.map { (group.type, context.namespace, $0) } }
            let created = waitFor(named) {
                named.allSatisfy { (try? cluster.get($0.0, namespace: $0.1, name: $0.2)) != nil }
            }
            guard created else {
                // Given up as if interrupted, kubectl says nothing.
                if timeout == nil { return 0 }
                throw .error(timedOut)
            }
        }
        let selected = (flags.bool("all") && !request.namesObjects) || flags.isSet("selector") || flags.isSet("field-selector")
        if !fromManifests {
            if selected {
                try request.forEachSelected(context, all: flags.bool("all"), selector: try SelectorQuery(flags)) { targets.append(($0, $1)) }
            } else {
                try request.forEachNamed(context, ignoringNotFound: condition.isDelete) { targets.append(($0, $1)) }
            }
        }
        if targets.isEmpty, builderErrors.isEmpty, !condition.isDelete { throw .error("no matching resources found") }
        var failures: [GatheredError] = []
        let printer = CommandPrinter()
        for (type, object) in targets {
            let objectName = "\(type.plural)/\(object.name)"
            let current = { () -> KubeObject? in try? cluster.get(type, namespace: object.namespace, name: object.name) }
            let met: () throws(KubectlFailure) -> Bool = { () throws(KubectlFailure) in
                try condition.isMet(current(), uid: object.uid)
            }
            if timeout == 0 && !condition.isDelete {
                guard try met() else {
                    failures.append(.plain("condition not met for \(objectName)"))
                    continue
                }
            } else {
                // kubectl follows the object with an informer, a deletion after one more GET.
                let informer = InformerLog(context: context, type: type, namespace: object.namespace, name: object.name)
                if condition.isDelete {
                    let get = ServerRequest.get(type, namespace: object.namespace, name: object.name)
                    guard let found = current(), found.uid == object.uid else {
                        context.requestLog?.answered(get, status: 404, failure: .notFound(type, object.name))
                        _ = try ObjectOutput.print(
                            object, type: type, operation: "condition met", output: flags.string("output"), dryRun: .none,
                            context: context, printer: printer)
                        continue
                    }
                    context.requestLog?.answered(get, status: 200)
                }
                informer.listed()
                informer.watching()
                defer { informer.stopped() }
                var failure: KubectlFailure?
                let done = waitFor([(type, object.namespace, object.name)]) {
                    switch Result(catching: met) {
                    case .success(let isMet): return isMet
                    case .failure(let error): failure = error; return true
                    }
                }
                if let failure { throw failure }
                guard done else {
                    if timeout == nil { break }
                    failures.append(.plain("\(timedOut) on \(objectName)"))
                    continue
                }
            }
            _ = try ObjectOutput.print(
                current() ?? object, type: type, operation: "condition met", output: flags.string("output"), dryRun: .none,
                context: context, printer: printer)
        }
        // What the builder gathered comes after the waits' own failures, as one error among them.
        if !builderErrors.isEmpty {
            guard !failures.isEmpty else { throw KubectlFailure(builderErrors.linesAlone.joined(separator: "\n")) }
            failures.append(.plain(builderErrors.errorText))
        }
        guard failures.isEmpty else { throw .aggregate(failures) }
        return 0
    }

    /// `--timeout` as a Go duration; 30s when not given, nil (kubectl's week, an `UnboundedWait`
    /// here) when negative.
    static func timeoutSeconds(_ text: String?) throws(KubectlFailure) -> Int64? {
        guard let text else { return 30 }
        let negative = text.hasPrefix("-")
        guard let milliseconds = text == "0" ? 0 : GoDurationParser.milliseconds(String(text.dropFirst(negative ? 1 : 0))) else {
            let problem = Double(text) != nil ? "missing unit in duration" : "invalid duration"
            throw .usage("invalid argument \"\(text)\" for \"--timeout\" flag: time: \(problem) \"\(text)\"", verb: "wait")
        }
        return negative && milliseconds > 0 ? nil : milliseconds / 1000
    }

    static let timedOut = "timed out waiting for the condition"
}
