import KubeAPI
import Testing

@testable import Cluster

/// The RuntimeClass admission plugin: missing classes refused, overhead and scheduling applied.
@Suite struct RuntimeClassAdmissionTests {
    static let crun = """
        apiVersion: node.k8s.io/v1
        kind: RuntimeClass
        metadata: {name: crun}
        handler: crun
        """

    static let sandboxed = """
        apiVersion: node.k8s.io/v1
        kind: RuntimeClass
        metadata: {name: gvisor}
        handler: runsc
        overhead:
          podFixed: {cpu: 250m, memory: 120Mi}
        scheduling:
          nodeSelector: {sandbox: "true"}
          tolerations:
          - {key: sandbox, operator: Exists, effect: NoSchedule}
        """

    static func pod(_ name: String, runtimeClass: String?, extra: String = "") -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: \(name), namespace: dev}
        spec:
        \(runtimeClass.map { "  runtimeClassName: \($0)\n" } ?? "")\(extra)  containers:
          - {name: base, image: nginx}
        """
    }

    @Test("a pod naming a missing RuntimeClass is refused with the apiserver's words")
    func missingClass() throws {
        let cluster = try AdmissionFixture.cluster()
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(Self.pod("x", runtimeClass: "crun"))) }
                == "pods \"x\" is forbidden: pod rejected: RuntimeClass \"crun\" not found")
        #expect(cluster.lookup(.pods, "dev", "x") == nil)
    }

    @Test("once the class exists the same pod is admitted and keeps its class")
    func existingClass() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.crun)
        let pod = try cluster.create(try AdmissionFixture.object(Self.pod("x", runtimeClass: "crun")))
        #expect(pod[path: "spec.runtimeClassName"] == "crun")
        #expect(pod[path: "spec.overhead"].isNull)
    }

    @Test("a ReplicaSet's pods are refused under their generateName prefix")
    func replicaSetFailedCreate() throws {
        let cluster = try AdmissionFixture.cluster()
        var deployment = DeploymentFixture.deployment("web", image: "nginx")
        deployment.namespace = "dev"
        deployment[path: "spec.template.spec.runtimeClassName"] = "gvisor"
        try cluster.create(deployment)
        let rs = try #require(cluster.list(.replicaSets, namespace: "dev").first)
        let message = try #require(
            cluster.list(.events, namespace: "dev").first { $0[path: "reason"] == "FailedCreate" }?[path: "message"].string)
        #expect(message == "Error creating: pods \"\(rs.name)-\" is forbidden: pod rejected: RuntimeClass \"gvisor\" not found")
    }

    @Test("the class's overhead, node selector and tolerations are added to the pod")
    func schedulingAndOverhead() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.sandboxed)
        let pod = try cluster.create(
            try AdmissionFixture.object(Self.pod("x", runtimeClass: "gvisor", extra: "  nodeSelector: {disk: ssd}\n")))
        #expect(pod[path: "spec.overhead"].stringMap == ["cpu": "250m", "memory": "120Mi"])
        #expect(pod[path: "spec.nodeSelector"].stringMap == ["disk": "ssd", "sandbox": "true"])
        let keys = pod[path: "spec.tolerations"].array.compactMap { $0["key"].string }
        #expect(keys == ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable", "sandbox"])
    }

    @Test("the scheduler counts the overhead with the containers' requests")
    func overheadCounted() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.sandboxed)
        let pod = try cluster.create(try AdmissionFixture.object(Self.pod("x", runtimeClass: "gvisor")))
        let requests = pod.requests(nonZero: false)
        #expect(requests.milliCPU == 250)
        #expect(requests.memory == 120 * 1024 * 1024)
    }

    @Test("a node selector that contradicts the class's is refused")
    func selectorConflict() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.sandboxed)
        let text = Self.pod("x", runtimeClass: "gvisor", extra: "  nodeSelector: {sandbox: \"no\"}\n")
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(text)) }
                == "pods \"x\" is forbidden: conflict: runtimeClass.scheduling.nodeSelector[sandbox] = true; pod.spec.nodeSelector[sandbox] = no")
    }

    @Test("an overhead the class does not define is refused")
    func overheadRules() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.crun, Self.sandboxed)
        let without = Self.pod("a", runtimeClass: "crun", extra: "  overhead: {cpu: 100m}\n")
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(without)) }
                == "pods \"a\" is forbidden: pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead")
        let differing = Self.pod("b", runtimeClass: "gvisor", extra: "  overhead: {cpu: 100m}\n")
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(differing)) }
                == "pods \"b\" is forbidden: pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead")
        let same = Self.pod("c", runtimeClass: "gvisor", extra: "  overhead: {cpu: \"0.25\", memory: 120Mi}\n")
        #expect(AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(same)) } == nil)
    }

    @Test("a handler must be a DNS label and never changes")
    func handlerRules() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.crun)
        let bad = "apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata: {name: bad}\nhandler: Bad_Handler\n"
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(bad)) }?
                .hasPrefix("RuntimeClass.node.k8s.io \"bad\" is invalid: handler: Invalid value: \"Bad_Handler\": a lowercase RFC 1123 label") == true)
        var changed = try AdmissionFixture.object(Self.crun)
        changed[path: "handler"] = "runsc"
        #expect(
            AdmissionFixture.refusal { try cluster.replace(changed) }
                == "RuntimeClass.node.k8s.io \"crun\" is invalid: handler: Invalid value: \"runsc\": field is immutable")
    }

    @Test("merged tolerations drop those another already covers")
    func mergeTolerations() {
        let any: JSONValue = ["operator": "Exists"]
        let key: JSONValue = ["key": "a", "operator": "Equal", "value": "1", "effect": "NoSchedule"]
        let keyAnyEffect: JSONValue = ["key": "a", "operator": "Equal", "value": "1"]
        #expect(RuntimeClassAdmission.mergeTolerations([key], [keyAnyEffect]) == [keyAnyEffect])
        #expect(RuntimeClassAdmission.mergeTolerations([key, key], []) == [key])
        #expect(RuntimeClassAdmission.mergeTolerations([key], [any]) == [any])
        let short: JSONValue = ["key": "b", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 60]
        let long: JSONValue = ["key": "b", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300]
        #expect(RuntimeClassAdmission.mergeTolerations([short], [long]) == [long])
    }
}
