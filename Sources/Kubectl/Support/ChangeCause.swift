import Cluster
import KubeAPI

/// kubectl's deprecated `--record`: the command line that changed an object, kept in its
/// `kubernetes.io/change-cause` annotation. A Deployment passes its annotations on to its
/// ReplicaSets, so `rollout history` shows the line as the revision's CHANGE-CAUSE.
struct ChangeCause {
    static let flag = FlagSpec("record", nil, .bool, deprecation: "--record will be removed in the future")
    static let annotation = "kubernetes.io/change-cause"

    /// The command line to record; nil unless `--record` is true.
    let text: String?

    init(_ context: VerbContext) {
        text = context.flags.bool("record") ? Self.commandLine(context) : nil
    }

    /// The program, the words that are not flags, then every flag given as `--name=value`, in
    /// the order typed (cli-runtime's `parseCommandArguments`).
    static func commandLine(_ context: VerbContext) -> String {
        (["kubectl"] + context.commandWords).joined(separator: " ") + context.flags.given.map { " --\($0.long)=\($0.value)" }.joined()
    }

    /// Writes the command line into `object`'s annotations; nothing when not recording.
    func record(_ object: inout KubeObject) {
        guard let text else { return }
        object.value.modify("metadata") { metadata in
            metadata.modify("annotations") { $0[Self.annotation] = .string(text) }
        }
    }

    /// The merge patch `scale` and `patch` send after their own write: the object as the server
    /// now holds it, with the command line recorded; nil when not recording or it cannot be read.
    func recordedLive(_ type: ResourceType, _ object: KubeObject, context: VerbContext) -> KubeObject? {
        guard text != nil, let cluster = try? context.cluster,
            var live = try? cluster.get(type, namespace: object.namespace, name: object.name)
        else { return nil }
        record(&live)
        return live
    }
}
