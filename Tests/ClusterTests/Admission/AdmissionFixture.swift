import Cluster
import KubeAPI
import Testing

/// Objects for the admission tests, written as a learner writes them in YAML.
enum AdmissionFixture {
    static func object(_ yaml: String) throws -> KubeObject {
        KubeObject(try #require(try YAMLDecoding.documents(yaml).first))
    }

    /// A cluster with namespace `dev` and, when given, the LimitRange or ResourceQuota YAML in it.
    static func cluster(with yaml: String...) throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "dev"]]))
        for text in yaml { try cluster.create(try object(text)) }
        return cluster
    }

    /// A pod in `dev` with one container per entry: its name, requests and limits.
    static func pod(_ name: String, _ containers: [(String, [String: String], [String: String])]) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "dev"],
            "spec": [
                "containers": .array(containers.map { container in
                    var resources = JSONValue.emptyObject
                    if !container.1.isEmpty { resources["requests"] = .stringMap(container.1) }
                    if !container.2.isEmpty { resources["limits"] = .stringMap(container.2) }
                    return ["name": .string(container.0), "image": "nginx", "resources": resources]
                })
            ],
        ])
    }

    /// The message of the error `body` throws, or nil when it succeeds.
    static func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as APIError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
