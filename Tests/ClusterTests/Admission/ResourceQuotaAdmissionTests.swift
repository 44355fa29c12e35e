import KubeAPI
import Testing

@testable import Cluster

/// ResourceQuota usage kept by the controller and the admission plugin's refusals.
@Suite struct ResourceQuotaAdmissionTests {
    static let quota = """
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: q, namespace: dev}
        spec:
          hard: {pods: "2", requests.cpu: "1", limits.memory: 1Gi, count/deployments.apps: "1", configmaps: "3"}
        """

    @Test("status.used sums the namespace's pods, compute and object counts")
    func usageKept() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.quota)
        try cluster.create(AdmissionFixture.pod("a", [("c", ["cpu": "250m"], ["memory": "128Mi"])]))
        try cluster.create(AdmissionFixture.pod("b", [("c", ["cpu": "100m"], ["memory": "64Mi"]), ("d", ["cpu": "50m"], ["memory": "64Mi"])]))
        let used = try #require(cluster.lookup(.resourceQuotas, "dev", "q"))[path: "status.used"]
        #expect(used["pods"] == "2")
        #expect(used["requests.cpu"] == "400m")
        #expect(used["limits.memory"] == "256Mi")
        #expect(used["count/deployments.apps"] == "0")
    }

    @Test("a create past a hard limit is refused with requested, used and limited")
    func exceeded() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.quota)
        try cluster.create(AdmissionFixture.pod("a", [("c", ["cpu": "100m"], ["memory": "64Mi"])]))
        try cluster.create(AdmissionFixture.pod("b", [("c", ["cpu": "100m"], ["memory": "64Mi"])]))
        #expect(
            AdmissionFixture.refusal { try cluster.create(AdmissionFixture.pod("x", [("c", ["cpu": "100m"], ["memory": "64Mi"])])) }
                == "pods \"x\" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2")
    }

    @Test("a pod that leaves out a limited compute resource must specify it")
    func mustSpecify() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.quota)
        #expect(
            AdmissionFixture.refusal { try cluster.create(AdmissionFixture.pod("x", [("a", [:], [:]), ("b", ["cpu": "1m"], [:])])) }
                == "pods \"x\" is forbidden: failed quota: q: must specify limits.memory for: a,b; requests.cpu for: a")
    }

    @Test("compute over the limit names only the exceeded resources")
    func computeExceeded() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.quota)
        #expect(
            AdmissionFixture.refusal { try cluster.create(AdmissionFixture.pod("x", [("c", ["cpu": "1500m"], ["memory": "2Gi"])])) }
                == "pods \"x\" is forbidden: exceeded quota: q, requested: limits.memory=2Gi,requests.cpu=1500m, used: limits.memory=0,requests.cpu=0, limited: limits.memory=1Gi,requests.cpu=1")
    }

    @Test("a ReplicaSet refused by the quota records FailedCreate with the apiserver's text")
    func replicaSetFailedCreate() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.quota)
        var deployment = DeploymentFixture.deployment("web", image: "nginx")
        deployment.namespace = "dev"
        try cluster.create(deployment)
        let events = cluster.list(.events, namespace: "dev").filter { $0[path: "reason"] == "FailedCreate" }
        let message = try #require(events.first?[path: "message"].string)
        #expect(message.hasPrefix("Error creating: pods \"web-"))
        #expect(message.hasSuffix("is forbidden: failed quota: q: must specify limits.memory for: nginx; requests.cpu for: nginx"))
        #expect(
            AdmissionFixture.refusal {
                var second = DeploymentFixture.deployment("api", image: "nginx")
                second.namespace = "dev"
                try cluster.create(second)
            }
                == "deployments.apps \"api\" is forbidden: exceeded quota: q, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1")
    }
}

/// A ReplicaSet refused by a quota tries again with the work queue's growing back-off.
@Suite struct ReplicaSetQuotaRetryTests {
    @Test("refusals repeat on a doubling back-off and the set fills once the quota allows it")
    func retriesUntilAllowed() throws {
        let cluster = try AdmissionFixture.cluster(
            with: "{apiVersion: v1, kind: ResourceQuota, metadata: {name: q, namespace: dev}, spec: {hard: {pods: \"1\"}}}")
        var deployment = DeploymentFixture.deployment("web", image: "nginx", replicas: 2)
        deployment.namespace = "dev"
        try cluster.create(deployment)
        cluster.advance(seconds: 30)
        let refusals = cluster.list(.events, namespace: "dev").filter { $0[path: "reason"] == "FailedCreate" }
        let combined = try #require(refusals.first { $0[path: "message"].string?.hasPrefix("(combined from similar events): ") == true })
        #expect(refusals.count == 10)
        #expect((combined[path: "count"].int ?? 0) < 10)
        let rs = try #require(cluster.list(.replicaSets, namespace: "dev").first)
        #expect(rs[path: "status.replicas"] == 1)
        let failure = try #require(rs[path: "status.conditions"].array.first)
        #expect(failure["type"] == "ReplicaFailure")
        #expect(failure["reason"] == "FailedCreate")
        #expect(failure["message"].string?.hasSuffix("is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1") == true)
        let stored = try #require(cluster.lookup(.deployments, "dev", "web"))
        #expect(stored[path: "status.conditions"].array.contains { $0["type"] == "ReplicaFailure" && $0["status"] == "True" })
        try cluster.delete(.resourceQuotas, namespace: "dev", name: "q")
        cluster.advance(seconds: 60)
        #expect(cluster.list(.pods, namespace: "dev").count == 2)
        #expect(cluster.lookup(.replicaSets, "dev", rs.name)?[path: "status.conditions"].isNull == true)
        #expect(cluster.lookup(.deployments, "dev", "web")?[path: "status.conditions"].array.contains { $0["type"] == "ReplicaFailure" } == false)
    }
}
