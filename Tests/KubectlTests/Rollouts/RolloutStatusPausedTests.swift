import Kubectl
import Testing

/// kubectl's Deployment status viewer has no rule for paused Deployments: a paused one whose
/// template changed has no new ReplicaSet, so it waits on 0 updated replicas.
@Suite("rollout status of a paused Deployment")
struct RolloutStatusPausedTests {
    @Test("paused before a change: rolled out; paused across a change: waiting on 0 updated replicas")
    func paused() throws {
        let lab = try RolloutVerbTests.lab()
        _ = lab.run("rollout", "pause", "deployment/web")
        #expect(lab.run("rollout", "status", "deployment/web").out == "deployment \"web\" successfully rolled out\n")
        _ = lab.run("set", "image", "deployment/web", "nginx=nginx:1.28")
        let waiting = "Waiting for deployment \"web\" rollout to finish: 0 out of 3 new replicas have been updated...\n"
        #expect(lab.run("rollout", "status", "deployment/web", "--watch=false").out == waiting)
        let timed = lab.run("rollout", "status", "deployment/web", "--timeout=10s")
        #expect(timed.out == waiting)
        #expect(timed.err == "error: timed out waiting for the condition\n")
        _ = lab.run("rollout", "resume", "deployment/web")
        #expect(lab.run("rollout", "status", "deployment/web").out.hasSuffix("deployment \"web\" successfully rolled out\n"))
    }
}
