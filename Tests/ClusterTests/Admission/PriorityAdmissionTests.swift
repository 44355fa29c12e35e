import KubeAPI
import Testing

@testable import Cluster

/// The Priority admission plugin and PriorityClass validation, as a learner meets them.
@Suite struct PriorityAdmissionTests {
    static func priorityClass(_ name: String, value: Int, extra: String = "") -> String {
        """
        apiVersion: scheduling.k8s.io/v1
        kind: PriorityClass
        metadata: {name: \(name)}
        value: \(value)
        \(extra)
        """
    }

    static func pod(_ name: String, _ spec: String = "") -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: \(name), namespace: dev}
        spec:
        \(spec)  containers:
          - {name: base, image: nginx}
        """
    }

    @Test("every cluster has the two system classes, and the world's system pods carry their values")
    func systemClasses() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.list(.priorityClasses).map(\.name) == ["system-cluster-critical", "system-node-critical"])
        #expect(cluster.lookup(.priorityClasses, nil, "system-node-critical")?[path: "value"] == 2_000_001_000)
        let proxy = try #require(cluster.list(.pods, namespace: "kube-system").first { $0.name.hasPrefix("kube-proxy-") })
        #expect(proxy[path: "spec.priority"] == 2_000_001_000)
        #expect(proxy[path: "spec.preemptionPolicy"] == "PreemptLowerPriority")
        let coredns = try #require(cluster.list(.pods, namespace: "kube-system").first { $0.name.hasPrefix("coredns-") })
        #expect(coredns[path: "spec.priority"] == 2_000_000_000)
    }

    @Test("a pod without a class gets priority 0 and PreemptLowerPriority")
    func noClass() throws {
        let cluster = try AdmissionFixture.cluster()
        let pod = try cluster.create(try AdmissionFixture.object(Self.pod("x")))
        #expect(pod[path: "spec.priority"] == 0)
        #expect(pod[path: "spec.preemptionPolicy"] == "PreemptLowerPriority")
        #expect(pod[path: "spec.priorityClassName"].isNull)
    }

    @Test("a pod naming a missing class is refused with the plugin's words")
    func missingClass() throws {
        let cluster = try AdmissionFixture.cluster()
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(Self.pod("x", "  priorityClassName: gold\n"))) }
                == "pods \"x\" is forbidden: no PriorityClass with name gold was found")
    }

    @Test("a class's value and preemption policy become the pod's")
    func namedClass() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.priorityClass("gold", value: 1000, extra: "preemptionPolicy: Never"))
        let pod = try cluster.create(try AdmissionFixture.object(Self.pod("x", "  priorityClassName: gold\n")))
        #expect(pod[path: "spec.priority"] == 1000)
        #expect(pod[path: "spec.preemptionPolicy"] == "Never")
    }

    @Test("a priority or policy the pod sets itself must match what the class gives")
    func ownValues() throws {
        let cluster = try AdmissionFixture.cluster()
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(Self.pod("x", "  priority: 5\n"))) }
                == "pods \"x\" is forbidden: the integer value of priority (5) must not be provided in pod spec; "
                + "priority admission controller computed 0 from the given PriorityClass name")
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(Self.pod("w", "  preemptionPolicy: Never\n"))) }
                == "pods \"w\" is forbidden: the string value of PreemptionPolicy (Never) must not be provided in pod spec; "
                + "priority admission controller computed PreemptLowerPriority from the given PriorityClass name")
        let same = try cluster.create(try AdmissionFixture.object(Self.pod("z", "  priority: 0\n")))
        #expect(same[path: "spec.priority"] == 0)
    }

    @Test("the global default class names itself on pods without one; only one default may exist")
    func globalDefault() throws {
        let cluster = try AdmissionFixture.cluster(with: Self.priorityClass("base", value: 100, extra: "globalDefault: true"))
        let pod = try cluster.create(try AdmissionFixture.object(Self.pod("x")))
        #expect(pod[path: "spec.priorityClassName"] == "base")
        #expect(pod[path: "spec.priority"] == 100)
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(Self.priorityClass("other", value: 5, extra: "globalDefault: true"))) }
                == "priorityclasses.scheduling.k8s.io \"other\" is forbidden: PriorityClass base is already marked as default. Only one default can exist")
    }

    @Test("user classes stay at or below one billion, system- names are reserved, system classes cannot be deleted")
    func classRules() throws {
        let cluster = try AdmissionFixture.cluster()
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(Self.priorityClass("huge", value: 2_000_000_000))) }
                == "PriorityClass.scheduling.k8s.io \"huge\" is invalid: value: Forbidden: maximum allowed value of a user defined priority is 1000000000")
        #expect(
            AdmissionFixture.refusal { try cluster.create(try AdmissionFixture.object(Self.priorityClass("system-mine", value: 1))) }?
                .hasSuffix("metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-mine is not a known system priority class") == true)
        #expect(
            AdmissionFixture.refusal { try cluster.delete(.priorityClasses, namespace: nil, name: "system-node-critical") }
                == "priorityclasses.scheduling.k8s.io \"system-node-critical\" is forbidden: this is a system priority class")
        let made = try cluster.create(try AdmissionFixture.object(Self.priorityClass("low", value: 10)))
        #expect(made[path: "preemptionPolicy"] == "PreemptLowerPriority")
        #expect(made[path: "metadata.generation"] == 1)
    }

    @Test("kube-controller-manager's own ServiceAccounts are in kube-system")
    func controllerServiceAccounts() throws {
        let cluster = try WorldFixture.tk8s()
        let names = Set(cluster.list(.serviceAccounts, namespace: "kube-system").map(\.name))
        for name in ["attachdetach-controller", "node-controller", "token-cleaner", "bootstrap-signer", "default", "coredns"] {
            #expect(names.contains(name))
        }
        #expect(names.count == 40)
    }
}
