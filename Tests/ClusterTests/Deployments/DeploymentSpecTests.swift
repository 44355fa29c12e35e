import KubeAPI
import Testing

@testable import Cluster

@Suite("A rolling update's surge and unavailability budgets, rounded as Kubernetes rounds them")
struct DeploymentSpecTests {
    @Test(
        "percentages: surge rounds up, unavailable rounds down, never both zero",
        arguments: [
            ("25%", "25%", 3, 1, 0), ("25%", "25%", 4, 1, 1), ("25%", "25%", 10, 3, 2), ("25%", "25%", 1, 1, 0),
            ("0%", "0%", 3, 0, 1), ("50%", "0", 5, 3, 0), ("1", "1", 3, 1, 1),
        ] as [(String, String, Int, Int, Int)])
    func fenceposts(surge: String, unavailable: String, desired: Int, wantSurge: Int, wantUnavailable: Int) {
        func value(_ text: String) -> JSONValue { Int(text).map(JSONValue.int) ?? .string(text) }
        let result = DeploymentSpec.fenceposts(surge: value(surge), unavailable: value(unavailable), desired: desired)
        #expect(result.surge == wantSurge)
        #expect(result.unavailable == wantUnavailable)
    }

    @Test("defaults: RollingUpdate 25%/25%, ten revisions, 600 s deadline")
    func defaults() {
        let spec = DeploymentSpec(DeploymentFixture.deployment("web", replicas: 4))
        #expect(spec.maxSurge == 1 && spec.maxUnavailable == 1)
        #expect(spec.revisionHistoryLimit == 10 && spec.progressDeadlineSeconds == 600)
        #expect(!spec.recreate && !spec.paused)
    }

    @Test("Recreate has neither surge nor unavailability budget")
    func recreate() {
        let spec = DeploymentSpec(DeploymentFixture.deployment("web", strategy: ["type": "Recreate"]))
        #expect(spec.maxSurge == 0 && spec.maxUnavailable == 0)
    }
}

@Suite("The apiserver's defaults for a Deployment's spec")
struct DeploymentDefaultsTests {
    @Test("an empty strategy becomes RollingUpdate 25%/25%; limits are filled in")
    func defaults() {
        let spec = DeploymentDefaults.apply(to: DeploymentFixture.deployment("web")).value["spec"]
        #expect(spec[path: "strategy.type"].string == "RollingUpdate")
        #expect(spec[path: "strategy.rollingUpdate.maxSurge"].string == "25%")
        #expect(spec[path: "strategy.rollingUpdate.maxUnavailable"].string == "25%")
        #expect(spec["revisionHistoryLimit"].int == 10 && spec["progressDeadlineSeconds"].int == 600)
    }

    @Test("Recreate gets no rollingUpdate block; given values stay")
    func recreate() {
        let deployment = DeploymentFixture.deployment(
            "web", strategy: ["type": "Recreate"], extra: ["revisionHistoryLimit": 2])
        let spec = DeploymentDefaults.apply(to: deployment).value["spec"]
        #expect(spec[path: "strategy.rollingUpdate"].isNull)
        #expect(spec["revisionHistoryLimit"].int == 2)
    }
}
