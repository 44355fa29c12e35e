import KubeAPI
import Testing

@testable import Cluster

/// `PrepareForCreate` of the workload kinds: what a server dry run answers with.
@Suite struct WorkloadCreateStrategyTests {
    static let template = "{metadata: {labels: {app: w}}, spec: {containers: [{name: c, image: nginx}]}}"

    func dryRun(_ yaml: String) throws -> KubeObject {
        let cluster = try WorldFixture.tk8s()
        return try cluster.create(try AdmissionFixture.object(yaml), dryRun: true)
    }

    @Test("a StatefulSet's status is its zero value: replicas and availableReplicas 0; generation 1")
    func statefulSet() throws {
        let set = try dryRun(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: w, namespace: default}
            spec: {serviceName: w, selector: {matchLabels: {app: w}}, template: \(Self.template)}
            status: {replicas: 7, readyReplicas: 7}
            """)
        #expect(set.value["status"] == ["replicas": 0, "availableReplicas": 0])
        #expect(set.metadata["generation"] == 1)
    }

    @Test("a DaemonSet's status keeps its four counts at 0")
    func daemonSet() throws {
        let set = try dryRun(
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: w, namespace: default}
            spec: {selector: {matchLabels: {app: w}}, template: \(Self.template)}
            """)
        #expect(
            set.value["status"]
                == ["currentNumberScheduled": 0, "numberMisscheduled": 0, "desiredNumberScheduled": 0, "numberReady": 0])
    }

    @Test("a PodDisruptionBudget's status keeps its four counts at 0")
    func podDisruptionBudget() throws {
        let budget = try dryRun(
            """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: w, namespace: default}
            spec: {minAvailable: 1, selector: {matchLabels: {app: w}}}
            """)
        #expect(budget.value["status"] == ["disruptionsAllowed": 0, "currentHealthy": 0, "desiredHealthy": 0, "expectedPods": 0])
        #expect(budget.metadata["generation"] == 1)
    }
}
