import Cluster
import KubeAPI

/// Job and CronJob manifests for the batch controller tests, and lookups of what they made.
enum JobFixture {
    static func job(
        _ name: String, command: [String], restartPolicy: String = "Never", extra: [String: JSONValue] = [:]
    ) -> KubeObject {
        var spec: JSONValue = [
            "template": [
                "spec": [
                    "restartPolicy": .string(restartPolicy),
                    "containers": [
                        ["name": "main", "image": "busybox", "command": .array(command.map(JSONValue.string))]
                    ],
                ]
            ]
        ]
        for (key, value) in extra { spec[key] = value }
        return KubeObject(["apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": .string(name)], "spec": spec])
    }

    static func cronJob(_ name: String, schedule: String, command: [String], extra: [String: JSONValue] = [:])
        -> KubeObject
    {
        var spec: JSONValue = [
            "schedule": .string(schedule),
            "jobTemplate": [
                "spec": [
                    "template": [
                        "spec": [
                            "restartPolicy": "OnFailure",
                            "containers": [
                                ["name": "main", "image": "busybox", "command": .array(command.map(JSONValue.string))]
                            ],
                        ]
                    ]
                ]
            ],
        ]
        for (key, value) in extra { spec[key] = value }
        return KubeObject([
            "apiVersion": "batch/v1", "kind": "CronJob", "metadata": ["name": .string(name)], "spec": spec,
        ])
    }

    /// Pods the Job `name` controls.
    static func pods(_ cluster: Cluster, of name: String) throws -> [KubeObject] {
        let job = try cluster.get(.jobs, namespace: "default", name: name)
        return cluster.list(.pods, namespace: "default").filter { $0.controllerUID == job.uid }
    }

    static func conditionTypes(_ job: KubeObject) -> [String] {
        job[path: "status.conditions"].array.compactMap { $0["type"].string }
    }

    static func events(_ cluster: Cluster, about name: String) -> [String] {
        cluster.list(.events, namespace: "default")
            .filter { $0.value["involvedObject"]["name"].string == name }
            .compactMap { event in event.value["reason"].string.map { "\($0): \(event.value["message"].string ?? "")" }
            }
    }
}
