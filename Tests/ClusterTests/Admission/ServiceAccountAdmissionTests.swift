import KubeAPI
import Testing

@testable import Cluster

/// The ServiceAccount admission plugin: a pod's account must exist in its namespace.
@Suite struct ServiceAccountAdmissionTests {
    static func pod(_ name: String, account: String?) -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: \(name), namespace: dev}
        spec:
        \(account.map { "  serviceAccountName: \($0)\n" } ?? "")  containers:
          - {name: base, image: nginx}
        """
    }

    @Test("a pod naming a missing account is refused with the apiserver's words")
    func missingAccount() throws {
        let cluster = try AdmissionFixture.cluster()
        #expect(
            AdmissionFixture.refusal {
                try cluster.create(try AdmissionFixture.object(Self.pod("x", account: "robot")))
            }
                == "pods \"x\" is forbidden: error looking up service account dev/robot: serviceaccount \"robot\" not found"
        )
        #expect(cluster.lookup(.pods, "dev", "x") == nil)
    }

    @Test("once the account exists the pod is admitted; without one it runs as default")
    func existingAccount() throws {
        let cluster = try AdmissionFixture.cluster(
            with: "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: robot, namespace: dev}")
        let pod = try cluster.create(try AdmissionFixture.object(Self.pod("x", account: "robot")))
        #expect(pod[path: "spec.serviceAccountName"] == "robot")
        let plain = try cluster.create(try AdmissionFixture.object(Self.pod("w", account: nil)))
        #expect(plain[path: "spec.serviceAccountName"] == "default")
    }

    @Test("a ReplicaSet's pods are refused under their generateName prefix")
    func replicaSetFailedCreate() throws {
        let cluster = try AdmissionFixture.cluster()
        var deployment = DeploymentFixture.deployment("web", image: "nginx")
        deployment.namespace = "dev"
        deployment[path: "spec.template.spec.serviceAccountName"] = "robot"
        try cluster.create(deployment)
        let rs = try #require(cluster.list(.replicaSets, namespace: "dev").first)
        let message = try #require(
            cluster.list(.events, namespace: "dev").first { $0[path: "reason"] == "FailedCreate" }?[path: "message"]
                .string)
        #expect(
            message
                == "Error creating: pods \"\(rs.name)-\" is forbidden: error looking up service account dev/robot: serviceaccount \"robot\" not found"
        )
    }
}
