import Cluster
import KubeAPI

/// `kubectl create job NAME --image=IMAGE [-- COMMAND...]` and `--from=cronjob/NAME`:
/// a Job with one container (restartPolicy Never), or one made from a CronJob's template.
enum CreateJob {
    static let kinds = ["job"]
    static let flags: [FlagSpec] = [FlagSpec("from")]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let name = try Create.name(arguments, flags: flags, command: "create job")
        let command = flags.afterDash ?? []
        let image = flags.strings("image").last ?? ""
        let from = flags.string("from") ?? ""
        guard image.isEmpty != from.isEmpty else { throw .error("either --image or --from must be specified") }
        if !command.isEmpty && !from.isEmpty { throw .error("cannot specify --from and command") }
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let job =
            image.isEmpty
            ? try fromCronJob(name: name, source: from, context: context)
            : build(name: name, image: image, command: command)
        return try ObjectOutput.create(job, type: .jobs, context: context) { error in
            .error("failed to create job: \(error.message)")
        }
    }

    /// The Job as kubectl's `createJob` builds it, fields in the order kubectl serializes them.
    static func build(name: String, image: String, command: [String]) -> KubeObject {
        var container: JSONValue = ["name": .string(name), "image": .string(image)]
        if !command.isEmpty { container["command"] = .array(command.map(JSONValue.string)) }
        container["resources"] = .emptyObject
        return KubeObject([
            "kind": "Job", "apiVersion": "batch/v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil],
            "spec": [
                "template": [
                    "metadata": ["creationTimestamp": nil],
                    "spec": ["containers": [container], "restartPolicy": "Never"],
                ]
            ],
            "status": .emptyObject,
        ])
    }

    /// `createJobFromCronJob`: the CronJob's job template, annotated as a manual run and
    /// owned (without blocking deletion) by the CronJob.
    static func fromCronJob(name: String, source: String, context: VerbContext) throws(KubectlFailure) -> KubeObject {
        let parts = source.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2,
            ["cronjob", "cronjobs", "cj", "cronjob.batch", "cronjobs.batch"].contains(parts[0].lowercased())
        else {
            if parts.count == 2 { throw .error("the server doesn't have a resource type \"\(parts[0])\"") }
            throw .error("from must be an existing cronjob")
        }
        let cronJob: KubeObject
        let cluster = try context.cluster
        do {
            cronJob = try cluster.get(.cronJobs, namespace: context.namespace, name: parts[1])
        } catch {
            throw .server(error)
        }
        let template = cronJob[path: "spec.jobTemplate"]
        var annotations: [String: String] = ["cronjob.kubernetes.io/instantiate": "manual"]
        annotations.merge(template[path: "metadata.annotations"].stringMap) { $1 }
        var metadata: JSONValue = ["name": .string(name), "creationTimestamp": nil]
        if !template[path: "metadata.labels"].isNull { metadata["labels"] = template[path: "metadata.labels"] }
        metadata["annotations"] = .stringMap(annotations)
        metadata["ownerReferences"] = [
            [
                "apiVersion": "batch/v1", "kind": "CronJob", "name": .string(cronJob.name), "uid": .string(cronJob.uid),
                "controller": true,
            ]
        ]
        return KubeObject([
            "kind": "Job", "apiVersion": "batch/v1", "metadata": metadata, "spec": template["spec"],
            "status": .emptyObject,
        ])
    }
}
