import KubeAPI
import Testing

@testable import Cluster

@Suite("The HPA's replica calculator: desired = ceil(current * usage / target), with tolerance and cautious gaps")
struct ReplicaCalculatorTests {
    let now = Timestamp(seconds: 10_000)

    /// A running pod, ready since long ago, using `usage` millicores of a 200m request.
    private func pod(_ name: String, usage: Int64?, request: Int64 = 200, startedAgo: Int64 = 3600)
        -> ReplicaCalculator.Pod
    {
        ReplicaCalculator.Pod(
            name: name, ready: "True", readySince: now.adding(seconds: -startedAgo + 5),
            startTime: now.adding(seconds: -startedAgo), usage: usage, request: .success(request))
    }

    private func replicas(_ current: Int, target: Int = 50, _ pods: [ReplicaCalculator.Pod]) -> Result<
        ReplicaCalculator.Proposal, CalculationError
    > {
        ReplicaCalculator.replicas(
            current: current, target: .utilization(target), resource: "cpu", pods: pods, now: now,
            metricWindowSeconds: 15,
            metricTime: now)
    }

    @Test("one pod at 250% of its request against a 50% target wants 5")
    func scaleUp() {
        let result = replicas(1, [pod("a", usage: 500)])
        #expect(result == .success(.init(replicas: 5, utilization: 250, averageValue: 500)))
    }

    @Test("within 10% of the target nothing changes; just outside it does")
    func tolerance() throws {
        #expect(
            try replicas(4, Array(repeating: 0, count: 4).enumerated().map { pod("p\($0.offset)", usage: 109) }).get()
                .replicas == 4)
        #expect(try replicas(4, (0..<4).map { pod("p\($0)", usage: 111) }).get().replicas == 5)
        #expect(
            try replicas(7, (0..<7).map { pod("p\($0)", usage: 95) }).get()
                == .init(replicas: 7, utilization: 47, averageValue: 95))
    }

    @Test("idle pods want as few replicas as the ratio gives, the bounds come later")
    func scaleDown() throws {
        #expect(
            try replicas(7, (0..<7).map { pod("p\($0)", usage: 1) }).get()
                == .init(replicas: 0, utilization: 0, averageValue: 1))
        // 15% of a 50% target: ceil(0.3 * 4) = 2.
        #expect(try replicas(4, (0..<4).map { pod("p\($0)", usage: 30) }).get().replicas == 2)
    }

    @Test("on a scale up, pods without a sample count as idle, and a turn of direction keeps the count")
    func missingOnScaleUp() throws {
        // 83% measured on one pod; three new pods without samples count as 0: the average drops below target.
        let pods = [pod("a", usage: 166)] + (1..<4).map { pod("n\($0)", usage: nil, startedAgo: 10) }
        #expect(try replicas(4, pods).get() == .init(replicas: 4, utilization: 83, averageValue: 166))
        // A strong enough load still scales up with them counted as idle: 4 x 500m over 5 x 200m is
        // 200%, four times the target, so ceil(4 * 5) = 20.
        let busy = (0..<4).map { pod("b\($0)", usage: 500) } + [pod("n", usage: nil)]
        #expect(try replicas(5, busy).get().replicas == 20)
    }

    @Test("on a scale down, pods without a sample count as using their whole request")
    func missingOnScaleDown() throws {
        let pods = (0..<3).map { pod("p\($0)", usage: 20) } + [pod("n", usage: nil)]
        // 10% measured; with the missing pod at 100%: (60 + 200) / 800 = 32% -> ceil(0.64 * 4) = 3.
        #expect(try replicas(4, pods).get() == .init(replicas: 3, utilization: 10, averageValue: 20))
    }

    @Test("pods not yet ready are left out, and count as idle only when scaling up")
    func unready() throws {
        var starting = pod("s", usage: 400, startedAgo: 20)
        starting.ready = "False"
        let group = ReplicaCalculator.group(starting, resource: "cpu", now: now, windowSeconds: 15, metricTime: now)
        #expect(group == .unready)
        // 250% on the ready pod, the unready one counted at 0: (500 + 0) / 400 = 125% -> ceil(2.5 * 2) = 5.
        #expect(try replicas(2, [pod("a", usage: 500), starting]).get().replicas == 5)
        var pending = pod("p", usage: nil)
        pending.phase = "Pending"
        #expect(
            ReplicaCalculator.group(pending, resource: "cpu", now: now, windowSeconds: 15, metricTime: now) == .unready)
        var deleting = pod("d", usage: 100)
        deleting.deleting = true
        #expect(
            ReplicaCalculator.group(deleting, resource: "cpu", now: now, windowSeconds: 15, metricTime: now) == .ignored
        )
    }

    @Test("a sample taken within one window of becoming ready is start-up noise")
    func freshlyReady() {
        var fresh = pod("f", usage: 300, startedAgo: 60)
        fresh.readySince = now.adding(seconds: -10)
        #expect(
            ReplicaCalculator.group(fresh, resource: "cpu", now: now, windowSeconds: 15, metricTime: now) == .unready)
        fresh.readySince = now.adding(seconds: -20)
        #expect(ReplicaCalculator.group(fresh, resource: "cpu", now: now, windowSeconds: 15, metricTime: now) == .ready)
    }

    @Test("an average-value target compares the pods' mean use with it, no requests needed")
    func averageValue() {
        var noRequest = pod("a", usage: 300)
        noRequest.request = .failure(.init(container: "app"))
        let result = ReplicaCalculator.replicas(
            current: 2, target: .averageValue(100), resource: "cpu", pods: [noRequest, pod("b", usage: 100)], now: now,
            metricWindowSeconds: 15, metricTime: now)
        #expect(result == .success(.init(replicas: 4, utilization: 0, averageValue: 200)))
    }

    @Test("errors are worded as the controller words them")
    func errors() {
        #expect(
            replicas(1, [pod("a", usage: nil)])
                == .failure(
                    CalculationError(
                        "unable to get metrics for resource cpu: no metrics returned from resource metrics API")))
        var noRequest = pod("web-1", usage: 1)
        noRequest.request = .failure(.init(container: "nginx"))
        #expect(
            replicas(1, [noRequest])
                == .failure(CalculationError("missing request for cpu in container nginx of Pod web-1")))
        var unready = pod("u", usage: 5, startedAgo: 20)
        unready.ready = "False"
        #expect(
            replicas(1, [unready])
                == .failure(CalculationError("did not receive metrics for targeted pods (pods might be unready)")))
    }
}
