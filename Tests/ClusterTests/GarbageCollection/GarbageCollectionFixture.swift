import Cluster
import KubeAPI

/// A Deployment `web` of two running nginx pods in the tk8s world, and ways to look at what is left of it.
enum GarbageCollectionFixture {
    static func runningWeb() throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", replicas: 2))
        cluster.advance(seconds: 30)
        return cluster
    }

    static func replicaSets(_ cluster: Cluster, namespace: String = "default") -> [KubeObject] {
        cluster.list(.replicaSets, namespace: namespace).filter { $0.name.hasPrefix("web-") }
    }

    static func pods(_ cluster: Cluster, namespace: String = "default") -> [KubeObject] {
        cluster.list(.pods, namespace: namespace).filter { $0.name.hasPrefix("web-") }
    }

    /// Every object of every type, as `namespace/name` per resource, to compare whole clusters.
    static func inventory(_ cluster: Cluster) -> [String] {
        ResourceType.served.filter { $0 != .events }.flatMap { type in
            cluster.list(type).map { "\(type.plural) \($0.namespace ?? "")/\($0.name) \($0.uid)" }
        }
    }
}
