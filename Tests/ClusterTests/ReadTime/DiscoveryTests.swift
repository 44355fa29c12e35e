import Cluster
import KubeAPI
import Testing

/// What discovery lists: the stored kinds, the create-only APIs, events.k8s.io as a view of the
/// core events, and metrics.k8s.io only while metrics-server's APIService is available.
@Suite struct DiscoveryTests {
    @Test func listsTheGroupsAKubeadmClusterServes() throws {
        let cluster = try WorldFixture.tk8s()
        let versions = cluster.servedGroupVersions
        for version in ["authentication.k8s.io/v1", "authorization.k8s.io/v1", "events.k8s.io/v1", "metrics.k8s.io/v1beta1"] {
            #expect(versions.contains(version))
        }
        let resources = cluster.servedResources
        #expect(resources.first == .bindings)
        #expect(resources.filter { $0.plural == "events" }.map(\.apiVersion) == ["v1", "events.k8s.io/v1"])
        #expect(ResourceType.subjectAccessReviews.verbs == ["create"])
        #expect(ResourceType.localSubjectAccessReviews.namespaced)
    }

    @Test func metricsGroupGoesWithMetricsServer() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = try cluster.get(.deployments, namespace: "kube-system", name: "metrics-server")
        deployment[path: "spec.replicas"] = 0
        _ = try cluster.replace(deployment)
        cluster.advance(seconds: 60)
        #expect(!cluster.servedGroupVersions.contains("metrics.k8s.io/v1beta1"))
        #expect(!cluster.servedResources.contains(.podMetrics))
    }

    @Test func eventsV1IsAViewOfTheCoreEvents() throws {
        let cluster = try WorldFixture.tk8s()
        let pod = try TableFixture.object("apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: web, image: nginx}]}\n")
        _ = try cluster.create(pod)
        cluster.advance(seconds: 10)
        let core = cluster.list(.events, namespace: "default")
        let view = cluster.list(.eventsV1, namespace: "default")
        #expect(!core.isEmpty)
        #expect(view.map(\.name) == core.map(\.name))
        let scheduled = try #require(view.first { $0[path: "reason"] == "Scheduled" })
        #expect(scheduled.apiVersion == "events.k8s.io/v1")
        #expect(scheduled[path: "regarding.name"] == "web")
        #expect(scheduled[path: "note"] == "Successfully assigned default/web to tk8s-worker2")
        #expect(scheduled[path: "reportingController"] == "default-scheduler")
        #expect(scheduled[path: "involvedObject"].isNull)
        let table = cluster.table(.eventsV1, view)
        #expect(table.columns.map(\.name) == cluster.table(.events, core).columns.map(\.name))
        _ = try cluster.delete(.eventsV1, namespace: "default", name: scheduled.name)
        #expect(!cluster.list(.events, namespace: "default").contains { $0.name == scheduled.name })
    }
}
