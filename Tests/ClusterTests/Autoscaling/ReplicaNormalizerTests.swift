import KubeAPI
import Testing

@testable import Cluster

@Suite("The HPA's stabilization window, bounds and scaling rate")
struct ReplicaNormalizerTests {
    let start = Timestamp(seconds: 50_000)

    @Test("without a behavior, scale up is at most double (at least 4) and says why it was limited")
    func scaleUpLimit() {
        var history = AutoscalerHistory(recommendations: [.init(replicas: 1, time: start)])
        let outcome = ReplicaNormalizer.normalize(
            &history, current: 1, proposed: 5, min: 1, max: 10, now: start.adding(seconds: 15))
        #expect(outcome.replicas == 4)
        #expect(
            outcome.limited == (
                true, "ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate"
            ))
        #expect(outcome.ableToScale.reason == "ReadyForNewScale")
        let capped = ReplicaNormalizer.normalize(
            &history, current: 8, proposed: 20, min: 1, max: 10, now: start.adding(seconds: 30))
        #expect(capped.replicas == 10)
        #expect(
            capped.limited == (
                true, "TooManyReplicas", "the desired replica count is more than the maximum replica count"
            ))
    }

    @Test("a scale down waits until the higher recommendations are five minutes old")
    func downscaleStabilization() {
        var history = AutoscalerHistory(recommendations: [.init(replicas: 7, time: start)])
        let early = ReplicaNormalizer.normalize(
            &history, current: 7, proposed: 1, min: 1, max: 10, now: start.adding(seconds: 300))
        #expect(early.replicas == 7)
        #expect(early.ableToScale.reason == "ScaleDownStabilized")
        #expect(
            early.ableToScale.message
                == "recent recommendations were higher than current one, applying the highest recent recommendation")
        let later = ReplicaNormalizer.normalize(
            &history, current: 7, proposed: 1, min: 1, max: 10, now: start.adding(seconds: 315))
        #expect(later.replicas == 1)
        #expect(later.limited == (false, "DesiredWithinRange", "the desired count is within the acceptable range"))
    }

    @Test("below the minimum the count is raised and the condition says so")
    func tooFew() {
        var history = AutoscalerHistory()
        let outcome = ReplicaNormalizer.normalize(&history, current: 3, proposed: 0, min: 2, max: 10, now: start)
        #expect(outcome.replicas == 2)
        #expect(
            outcome.limited == (
                true, "TooFewReplicas", "the desired replica count is less than the minimum replica count"
            ))
    }

    @Test("with the default behavior, scale up adds at most max(4 pods, 100%) per 15 s, counting recent rescales")
    func behaviorScaleUp() {
        let behavior = AutoscalerBehavior(AutoscalerBehavior.defaulted(["scaleUp": .emptyObject]))
        #expect(behavior.scaleUp.policies.count == 2)
        #expect(behavior.scaleDown.stabilizationWindowSeconds == 300)
        var history = AutoscalerHistory()
        let first = ReplicaNormalizer.normalize(
            &history, behavior: behavior, current: 2, proposed: 20, min: 1, max: 30, now: start)
        #expect(first.replicas == 6)
        history.recordRescale(from: 2, to: 6, at: start, behavior: behavior)
        // Within the same period the added 4 pods count against the limit: max(2 + 4, 2 * 2) = 6.
        let again = ReplicaNormalizer.normalize(
            &history, behavior: behavior, current: 6, proposed: 20, min: 1, max: 30, now: start.adding(seconds: 10))
        #expect(again.replicas == 6)
        let next = ReplicaNormalizer.normalize(
            &history, behavior: behavior, current: 6, proposed: 20, min: 1, max: 30, now: start.adding(seconds: 16))
        #expect(next.replicas == 12)
    }

    @Test("a scale-down policy of 1 pod a minute removes one pod at a time")
    func behaviorScaleDown() {
        let behavior = AutoscalerBehavior(
            AutoscalerBehavior.defaulted([
                "scaleDown": [
                    "stabilizationWindowSeconds": 0, "policies": [["type": "Pods", "value": 1, "periodSeconds": 60]],
                ]
            ]))
        var history = AutoscalerHistory()
        let first = ReplicaNormalizer.normalize(
            &history, behavior: behavior, current: 5, proposed: 1, min: 1, max: 10, now: start)
        #expect(first.replicas == 4)
        #expect(
            first.limited == (
                true, "ScaleDownLimit", "the desired replica count is decreasing faster than the maximum scale rate"
            ))
        history.recordRescale(from: 5, to: 4, at: start, behavior: behavior)
        #expect(
            ReplicaNormalizer.normalize(
                &history, behavior: behavior, current: 4, proposed: 1, min: 1, max: 10, now: start.adding(seconds: 30)
            ).replicas == 4)
        #expect(
            ReplicaNormalizer.normalize(
                &history, behavior: behavior, current: 4, proposed: 1, min: 1, max: 10, now: start.adding(seconds: 61)
            ).replicas == 3)
    }

    @Test("the apiserver fills a given behavior's unset rules with the defaults")
    func behaviorDefaults() {
        let defaulted = AutoscalerBehavior.defaulted(["scaleDown": ["stabilizationWindowSeconds": 60]])
        #expect(defaulted[path: "scaleDown.stabilizationWindowSeconds"] == 60)
        #expect(defaulted[path: "scaleDown.selectPolicy"] == "Max")
        #expect(defaulted[path: "scaleDown.policies"].array.count == 1)
        #expect(defaulted[path: "scaleUp.stabilizationWindowSeconds"] == 0)
        #expect(defaulted[path: "scaleUp.policies"].array.map { $0["type"].string } == ["Pods", "Percent"])
    }
}
