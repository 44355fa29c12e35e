import Cluster
import KubeAPI

/// `kubectl create cronjob NAME --image=IMAGE --schedule=SPEC [--restart=POLICY] [-- COMMAND...]`.
enum CreateCronJob {
    static let kinds = ["cronjob", "cj"]
    static let flags: [FlagSpec] = [FlagSpec("schedule"), FlagSpec("restart")]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let image = flags.strings("image").last ?? ""
        let schedule = flags.string("schedule") ?? ""
        var missing: [String] = []
        if flags.strings("image").isEmpty { missing.append("\"image\"") }
        if flags.string("schedule") == nil { missing.append("\"schedule\"") }
        guard missing.isEmpty else { throw .error("required flag(s) \(missing.joined(separator: ", ")) not set") }
        let name = try Create.name(arguments, flags: flags, command: "create cronjob")
        let command = flags.afterDash ?? []
        let restart = flags.string("restart").flatMap { $0.isEmpty ? nil : $0 } ?? "OnFailure"
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let cronJob = build(name: name, image: image, schedule: schedule, command: command, restart: restart)
        return try ObjectOutput.create(cronJob, type: .cronJobs, context: context) { error in
            .error("failed to create cronjob: \(error.message)")
        }
    }

    /// The CronJob as kubectl's `createCronJob` builds it, fields in the order kubectl serializes them.
    static func build(name: String, image: String, schedule: String, command: [String], restart: String) -> KubeObject {
        var container: JSONValue = ["name": .string(name), "image": .string(image)]
        if !command.isEmpty { container["command"] = .array(command.map(JSONValue.string)) }
        container["resources"] = .emptyObject
        return KubeObject([
            "kind": "CronJob", "apiVersion": "batch/v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil],
            "spec": [
                "schedule": .string(schedule),
                "jobTemplate": [
                    "metadata": ["name": .string(name), "creationTimestamp": nil],
                    "spec": [
                        "template": [
                            "metadata": ["creationTimestamp": nil],
                            "spec": ["containers": [container], "restartPolicy": .string(restart)],
                        ]
                    ],
                ],
            ],
            "status": .emptyObject,
        ])
    }
}
