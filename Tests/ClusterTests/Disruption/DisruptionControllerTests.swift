import KubeAPI
import Testing

@testable import Cluster

/// The disruption controller's status for PodDisruptionBudgets, and the eviction subresource that honours it.
@Suite struct DisruptionControllerTests {
    /// The tk8s world with a 3-replica Deployment `web` in `default`, its pods ready.
    static func clusterWithWeb(replicas: Int = 3) throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            try AdmissionFixture.object(
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: default}
                spec:
                  replicas: \(replicas)
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: nginx, image: nginx}]}
                """))
        _ = cluster.wait(timeoutSeconds: 60) { false }
        return cluster
    }

    /// Creates `object`, then reads it back once the controllers have acted on it.
    static func created(_ object: KubeObject, in cluster: Cluster) throws -> KubeObject {
        let created = try cluster.create(object)
        return try cluster.get(.podDisruptionBudgets, namespace: created.namespace, name: created.name)
    }

    static func budget(_ name: String, _ bound: String, selector: String = "{matchLabels: {app: web}}") throws -> KubeObject {
        try AdmissionFixture.object(
            """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: \(name), namespace: default}
            spec: {\(bound), selector: \(selector)}
            """)
    }

    @Test("minAvailable as a number counts the selected pods; one disruption is allowed above it")
    func minAvailableNumber() throws {
        let cluster = try Self.clusterWithWeb()
        let budget = try Self.created(try Self.budget("web", "minAvailable: 2"), in: cluster)
        let status = budget.value["status"]
        #expect(status["currentHealthy"] == 3)
        #expect(status["desiredHealthy"] == 2)
        #expect(status["expectedPods"] == 3)
        #expect(status["disruptionsAllowed"] == 1)
        #expect(status["observedGeneration"] == 1)
        let condition = status["conditions"][0]
        #expect(condition["type"] == "DisruptionAllowed")
        #expect(condition["status"] == "True")
        #expect(condition["reason"] == "SufficientPods")
        #expect(condition["message"] == "")
    }

    @Test("maxUnavailable as a percentage scales the Deployment's replicas, rounding up")
    func maxUnavailablePercent() throws {
        let cluster = try Self.clusterWithWeb()
        let budget = try Self.created(try Self.budget("web", "maxUnavailable: 50%"), in: cluster)
        // 50% of 3 rounds up to 2 unavailable, so 1 must stay healthy.
        #expect(budget[path: "status.desiredHealthy"] == 1)
        #expect(budget[path: "status.expectedPods"] == 3)
        #expect(budget[path: "status.disruptionsAllowed"] == 2)
    }

    @Test("a budget whose pods no controller scales fails safe with the controller's message")
    func daemonSetPods() throws {
        let cluster = try WorldFixture.tk8s()
        let budget = try Self.created(
            try AdmissionFixture.object(
                """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: proxy, namespace: kube-system}
                spec: {maxUnavailable: 1, selector: {matchLabels: {k8s-app: kube-proxy}}}
                """), in: cluster)
        let condition = budget[path: "status.conditions"][0]
        #expect(budget[path: "status.disruptionsAllowed"] == 0)
        #expect(condition["reason"] == "SyncFailed")
        #expect(condition["message"] == "daemonsets.apps does not implement the scale subresource")
    }

    @Test("a budget that selects nothing allows nothing")
    func noPods() throws {
        let cluster = try WorldFixture.tk8s()
        let budget = try Self.created(try Self.budget("none", "minAvailable: 1", selector: "{matchLabels: {app: nothing}}"), in: cluster)
        #expect(budget[path: "status.expectedPods"] == 0)
        #expect(budget[path: "status.disruptionsAllowed"] == 0)
        #expect(budget[path: "status.conditions"][0]["reason"] == "InsufficientPods")
    }

    @Test("eviction deletes a pod while the budget allows it and refuses with 429 once it does not")
    func evictionHonoursBudget() throws {
        let cluster = try Self.clusterWithWeb()
        try cluster.create(try Self.budget("web", "minAvailable: 2"))
        let pods = cluster.list(.pods, namespace: "default", selector: LabelSelector(matchLabels: ["app": "web"]))
        try cluster.evict(namespace: "default", name: pods[0].name)
        #expect(try cluster.get(.pods, namespace: "default", name: pods[0].name).deletionTimestamp != nil)
        let budget = try cluster.get(.podDisruptionBudgets, namespace: "default", name: "web")
        #expect(budget[path: "status.disruptionsAllowed"] == 0)
        #expect(budget[path: "status.conditions"][0]["reason"] == "InsufficientPods")
        #expect(throws: Cluster.tooManyRequests) { try cluster.evict(namespace: "default", name: pods[1].name) }
        #expect(Cluster.tooManyRequests.message == "Cannot evict pod as it would violate the pod's disruption budget.")
        // The replacement pod becomes ready, and the budget allows one more.
        _ = cluster.wait(timeoutSeconds: 60) { false }
        #expect(try cluster.get(.podDisruptionBudgets, namespace: "default", name: "web")[path: "status.disruptionsAllowed"] == 1)
        try cluster.evict(namespace: "default", name: pods[1].name)
    }

    @Test("the DisruptionAllowed condition's transition time moves only when its status changes")
    func transitionTime() throws {
        let cluster = try Self.clusterWithWeb()
        try cluster.create(try Self.budget("web", "minAvailable: 2"))
        let created = cluster.now.rfc3339
        _ = cluster.wait(timeoutSeconds: 5) { false }
        var condition = try cluster.get(.podDisruptionBudgets, namespace: "default", name: "web")[path: "status.conditions"][0]
        #expect(condition["lastTransitionTime"].string == created)
        let pod = try #require(cluster.list(.pods, namespace: "default").first { $0.name.hasPrefix("web-") })
        try cluster.evict(namespace: "default", name: pod.name)
        let evicted = cluster.now.rfc3339
        condition = try cluster.get(.podDisruptionBudgets, namespace: "default", name: "web")[path: "status.conditions"][0]
        #expect(condition["status"] == "False")
        #expect(condition["lastTransitionTime"].string == evicted)
    }

    @Test("a pod two budgets cover cannot be evicted")
    func twoBudgets() throws {
        let cluster = try Self.clusterWithWeb()
        try cluster.create(try Self.budget("a", "minAvailable: 1"))
        try cluster.create(try Self.budget("b", "minAvailable: 1"))
        let pod = try #require(cluster.list(.pods, namespace: "default").first { $0.name.hasPrefix("web-") })
        #expect(throws: APIError.self) { try cluster.evict(namespace: "default", name: pod.name) }
        do {
            try cluster.evict(namespace: "default", name: pod.name)
        } catch {
            #expect(error.code == 500)
            #expect(error.message.hasSuffix("This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."))
        }
    }

    @Test("eviction of a pod that does not exist is NotFound")
    func evictMissing() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(throws: APIError.notFound(.pods, "nosuch")) { try cluster.evict(namespace: "default", name: "nosuch") }
    }
}
