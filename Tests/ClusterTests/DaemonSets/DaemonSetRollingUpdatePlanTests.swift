import KubeAPI
import Testing

@testable import Cluster

@Suite("The rolling update plan: which old pods go and where new pods start")
struct DaemonSetRollingUpdatePlanTests {
    static func spec(surge: Int = 0, unavailable: Int = 1) -> DaemonSetSpec {
        DaemonSetSpec(
            object: KubeObject([
                "apiVersion": "apps/v1", "kind": "DaemonSet",
                "metadata": ["name": "agent", "annotations": ["deprecated.daemonset.template.generation": "2"]],
                "spec": [
                    "updateStrategy": [
                        "type": "RollingUpdate",
                        "rollingUpdate": ["maxSurge": .int(surge), "maxUnavailable": .int(unavailable)],
                    ]
                ],
            ]))
    }

    /// A pod on `node` of template generation `generation`, ready or not.
    static func pod(_ name: String, _ node: String, generation: String, ready: Bool = true) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "labels": ["pod-template-generation": .string(generation)]],
            "spec": ["nodeName": .string(node)],
            "status": ["conditions": [["type": "Ready", "status": ready ? "True" : "False"]]],
        ])
    }

    static func plan(_ spec: DaemonSetSpec, _ pods: [String: [KubeObject]]) -> DaemonSetRollingUpdate {
        DaemonSetRollingUpdate(spec, pods: pods, desired: pods.count, hash: "") { $0.isReady }
    }

    @Test("without surge, old pods go up to maxUnavailable, counting nodes already without an available pod")
    func unavailableBudget() {
        let pods = [
            "a": [Self.pod("a1", "a", generation: "1")], "b": [Self.pod("b1", "b", generation: "1")],
            "c": [Self.pod("c2", "c", generation: "2", ready: false)],
        ]
        #expect(Self.plan(Self.spec(unavailable: 1), pods).delete.isEmpty)
        #expect(Self.plan(Self.spec(unavailable: 2), pods).delete.map(\.name) == ["a1"])
        #expect(Self.plan(Self.spec(unavailable: 3), pods).delete.map(\.name) == ["a1", "b1"])
    }

    @Test("an old pod that is not available is replaced whatever the budget, and uses it up")
    func unavailableOldPod() {
        let pods = [
            "a": [Self.pod("a1", "a", generation: "1", ready: false)], "b": [Self.pod("b1", "b", generation: "1")],
            "c": [], "d": [Self.pod("d1", "d", generation: "1"), Self.pod("d2", "d", generation: "1")],
        ]
        #expect(Self.plan(Self.spec(unavailable: 1), pods).delete.map(\.name) == ["a1"])
        let two = [
            "a": [Self.pod("a1", "a", generation: "1", ready: false)], "b": [Self.pod("b1", "b", generation: "1")],
        ]
        #expect(Self.plan(Self.spec(unavailable: 1), two).delete.map(\.name) == ["a1"])
        #expect(Self.plan(Self.spec(unavailable: 2), two).delete.map(\.name) == ["a1", "b1"])
    }

    @Test("with surge, new pods start beside available old ones up to maxSurge; a ready new pod retires its old one")
    func surge() {
        let pods = [
            "a": [Self.pod("a1", "a", generation: "1"), Self.pod("a2", "a", generation: "2")],
            "b": [Self.pod("b1", "b", generation: "1"), Self.pod("b2", "b", generation: "2", ready: false)],
            "c": [Self.pod("c1", "c", generation: "1")], "d": [Self.pod("d1", "d", generation: "1", ready: false)],
        ]
        let one = Self.plan(Self.spec(surge: 1, unavailable: 0), pods)
        #expect(one.delete.map(\.name) == ["a1"])
        #expect(one.createOn == ["d"])
        #expect(Self.plan(Self.spec(surge: 2, unavailable: 0), pods).createOn == ["d", "c"])
    }

    @Test("limits scale percentages up and never leave both at zero")
    func limits() {
        var spec = Self.spec().object
        spec[path: "spec.updateStrategy.rollingUpdate"] = ["maxSurge": "10%", "maxUnavailable": 0]
        #expect(DaemonSetSpec(object: spec).limits(desired: 3) == (1, 0))
        spec[path: "spec.updateStrategy.rollingUpdate"] = ["maxSurge": 0, "maxUnavailable": "0%"]
        #expect(DaemonSetSpec(object: spec).limits(desired: 3) == (0, 1))
        spec[path: "spec.updateStrategy.rollingUpdate"] = ["maxSurge": 0, "maxUnavailable": "50%"]
        #expect(DaemonSetSpec(object: spec).limits(desired: 3) == (0, 2))
    }
}
