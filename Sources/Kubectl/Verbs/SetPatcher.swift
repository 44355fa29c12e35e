import Cluster
import KubeAPI

/// The writing half every `kubectl set` command shares: changes one object at a time, sends it
/// to the apiserver (with `--local` or a client dry run only prints it), prints
/// `<kind>/<name> <operation>` or the `-o` form, and gathers failures to throw together at the
/// end, as kubectl's `set` commands do.
final class SetPatcher {
    let context: VerbContext
    let operation: String
    let local: Bool
    let dryRun: DryRun
    /// Whether an object the change left as it was is still sent and printed (`set selector` and
    /// `set serviceaccount` send their patch regardless) or passed over in silence.
    let sendsUnchanged: Bool
    /// How a refused write is gathered.
    let refused: (APIError) -> GatheredError
    /// `--record`, for the commands that take it.
    let changeCause: ChangeCause
    private let printer = CommandPrinter()
    private var failures: [GatheredError] = []

    init(
        _ context: VerbContext, operation: String, sendsUnchanged: Bool = false,
        refused: @escaping (APIError) -> GatheredError
    ) throws(KubectlFailure) {
        self.context = context
        self.operation = operation
        self.local = context.flags.bool("local")
        // Each subcommand read (and warned of) the dry run in its own order.
        self.dryRun = try DryRun.parse(context.flags.string("dry-run")).0
        self.sendsUnchanged = sendsUnchanged
        self.refused = refused
        changeCause = ChangeCause(context)
    }

    /// Applies `change` to `object` (which answers a failure to gather instead), then writes and
    /// prints it.
    func patch(
        _ type: ResourceType, _ object: KubeObject, change: (inout KubeObject) -> GatheredError?
    ) throws(KubectlFailure) {
        var updated = object
        if let failure = change(&updated) {
            failures.append(failure)
            return
        }
        changeCause.record(&updated)
        guard sendsUnchanged || updated != object else { return }
        // A local manifest prints as kubectl's typed object holds it (zero values and all).
        var written = local ? KubeObject(ObjectOutput.asDecoded(updated, type: type)) : updated
        if dryRun != .client && !local {
            let cluster = try context.cluster
            let user = context.user
            let manager = FieldManager(context.flags.string("field-manager") ?? "kubectl-set")
            let request = AccessRequest(verb: "patch", type, namespace: updated.namespace, name: updated.name)
            let patch = Annotate.patchRequest(
                updated, type: type, dryRun: dryRun, context: context, manager: "kubectl-set", patchType: .strategic,
                accept: ServerRequest.MediaTypes.any)
            switch Result(catching: { () throws(APIError) in
                try context.send(patch) { () throws(APIError) in
                    try cluster.authorize(request, as: user)
                    return try cluster.replace(updated, dryRun: dryRun == .server, manager: manager)
                }
            }) {
            case .success(let stored): written = stored
            case .failure(let error):
                failures.append(refused(error))
                return
            }
        }
        _ = try ObjectOutput.print(
            written, type: type, operation: operation, output: context.flags.string("output"), dryRun: dryRun,
            context: context, fetched: true, decoded: true, printer: printer)
    }

    /// Keeps a failure to read an object, for the end.
    func gather(_ failure: KubectlFailure) {
        failures.append(.worded(failure.message))
    }

    /// Keeps the failures an inner visitor returned together, as one.
    func gather(group failures: [KubectlFailure]) {
        self.failures.append(.group(failures))
    }

    /// Throws what was gathered, if anything.
    func finish() throws(KubectlFailure) {
        guard failures.isEmpty else { throw .aggregate(failures) }
    }

    /// `error: <object> <message>`, a change refused on the client, as kubectl words it.
    func refusal(_ type: ResourceType, _ object: KubeObject, _ message: String) -> GatheredError {
        .plain("error: \(Self.objectName(type, object, local: local)) \(message)\n")
    }

    /// How kubectl names an object in these errors (`Info.ObjectName`): by its resource when the
    /// server mapped it; a local manifest, which has no mapping, by its kind (and group, after
    /// which kubectl leaves a stray newline).
    static func objectName(_ type: ResourceType, _ object: KubeObject, local: Bool) -> String {
        guard local else { return "\(type.plural)/\(object.name)" }
        let kind = object.kind.lowercased()
        return type.group.isEmpty ? "\(kind)/\(object.name)" : "\(kind).\(type.group)/\(object.name)\n"
    }
}
