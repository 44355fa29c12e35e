import KubeAPI
import Testing

@testable import Cluster

/// LimitRange defaulting and the LimitRanger admission plugin, as a learner meets them in a namespace.
@Suite struct LimitRangerTests {
    static let range = """
        apiVersion: v1
        kind: LimitRange
        metadata: {name: lr, namespace: dev}
        spec:
          limits:
          - type: Container
            max: {cpu: 500m, memory: 512Mi}
            min: {cpu: 50m}
            defaultRequest: {memory: 64Mi}
            maxLimitRequestRatio: {cpu: "4"}
        """

    @Test("a Container item's default limit falls back to max, its default request to the default limit or min")
    func limitRangeDefaults() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.range)
        let stored = try #require(cluster.lookup(.limitRanges, "dev", "lr"))
        let item = stored[path: "spec.limits"][0]
        #expect(item["default"].stringMap == ["cpu": "500m", "memory": "512Mi"])
        #expect(item["defaultRequest"].stringMap == ["cpu": "500m", "memory": "64Mi"])
    }

    @Test("a pod without resources gets the defaults and the limit-ranger annotation")
    func defaultsApplied() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.range)
        let pod = try cluster.create(AdmissionFixture.pod("web", [("nginx", [:], [:])]))
        let resources = pod[path: "spec.containers"][0]["resources"]
        #expect(resources["limits"].stringMap == ["cpu": "500m", "memory": "512Mi"])
        #expect(resources["requests"].stringMap == ["cpu": "500m", "memory": "64Mi"])
        #expect(
            pod.metadata["annotations"]["kubernetes.io/limit-ranger"]
                == "LimitRanger plugin set: cpu, memory request for container nginx; cpu, memory limit for container nginx")
        #expect(pod[path: "status.qosClass"] == "Burstable")
    }

    @Test("a container over max, under min or past the ratio is refused with the plugin's words")
    func constraintsRefused() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.range)
        #expect(
            AdmissionFixture.refusal { try cluster.create(AdmissionFixture.pod("big", [("c", [:], ["cpu": "1"])])) }
                == "pods \"big\" is forbidden: maximum cpu usage per Container is 500m, but limit is 1")
        #expect(
            AdmissionFixture.refusal { try cluster.create(AdmissionFixture.pod("tiny", [("c", ["cpu": "10m"], [:])])) }
                == "pods \"tiny\" is forbidden: [minimum cpu usage per Container is 50m, but request is 10m, cpu max limit to request ratio per Container is 4, but provided ratio is 50.000000]")
        #expect(
            AdmissionFixture.refusal {
                try cluster.create(AdmissionFixture.pod("two", [("c", [:], ["cpu": "1", "memory": "1Gi"])]))
            }
                == "pods \"two\" is forbidden: [maximum cpu usage per Container is 500m, but limit is 1, maximum memory usage per Container is 512Mi, but limit is 1Gi]")
        #expect(cluster.lookup(.pods, "dev", "big") == nil)
    }

    @Test("a Pod item may not carry defaults")
    func podItemDefaultsForbidden() throws {
        let cluster = try AdmissionFixture.cluster()
        let message = AdmissionFixture.refusal {
            try cluster.create(
                AdmissionFixture.object(
                    "{apiVersion: v1, kind: LimitRange, metadata: {name: p, namespace: dev}, spec: {limits: [{type: Pod, default: {cpu: 1}}]}}"
                ))
        }
        #expect(message == "LimitRange \"p\" is invalid: spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'")
    }

    @Test("Go's %f prints six decimals")
    func fixedDecimals() {
        #expect(LimitRanger.goFixed(50) == "50.000000")
        #expect(LimitRanger.goFixed(2.5) == "2.500000")
        #expect(LimitRanger.goFixed(4.0000004) == "4.000000")
    }
}

/// The PersistentVolumeClaim items of a LimitRange bound a claim's storage request.
@Suite struct ClaimLimitRangeTests {
    @Test("a claim asking for more storage than max is refused")
    func claimOverMax() throws {
        let cluster = try AdmissionFixture.cluster(
            with: "{apiVersion: v1, kind: LimitRange, metadata: {name: storage, namespace: dev}, spec: {limits: [{type: PersistentVolumeClaim, max: {storage: 5Gi}, min: {storage: 1Gi}}]}}")
        func claim(_ name: String, _ size: String) throws -> KubeObject {
            try AdmissionFixture.object(
                "{apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: \(name), namespace: dev}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: \(size)}}}}")
        }
        #expect(
            AdmissionFixture.refusal { try cluster.create(claim("big", "10Gi")) }
                == "persistentvolumeclaims \"big\" is forbidden: maximum storage usage per PersistentVolumeClaim is 5Gi, but request is 10Gi")
        #expect(
            AdmissionFixture.refusal { try cluster.create(claim("small", "500Mi")) }
                == "persistentvolumeclaims \"small\" is forbidden: minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi")
        #expect(AdmissionFixture.refusal { try cluster.create(claim("fine", "2Gi")) } == nil)
    }
}
