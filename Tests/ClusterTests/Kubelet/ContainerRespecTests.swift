import KubeAPI
import Testing

@testable import Cluster

private typealias F = KubeletFixture

@Suite("A client changes a pod's container image: the kubelet restarts the container with it")
struct ContainerRespecTests {
    /// `name`'s pod with its container's image set to `image`, as `kubectl set image` writes it.
    private func setImage(_ cluster: Cluster, _ name: String, _ image: String) throws {
        var pod = try cluster.get(.pods, namespace: "default", name: name)
        pod[path: "spec.containers"] = .array(
            pod[path: "spec.containers"].array.map { container in
                var changed = container
                changed["image"] = .string(image)
                return changed
            })
        _ = try cluster.replace(pod)
    }

    @Test("a running container: Killing, the new image pulled, one restart with the old run as last state")
    func runningContainer() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx:1.25"))
        cluster.advance(seconds: 20)
        try setImage(cluster, "web", "nginx:1.26")
        // Until the new container starts, the pod shows its old run.
        #expect(F.status(cluster, "web")[path: "state.running"].isNull == false)
        #expect(F.status(cluster, "web")["restartCount"].int == 0)
        cluster.advance(seconds: 10)
        let status = F.status(cluster, "web")
        #expect(status["image"].string == "docker.io/library/nginx:1.26")
        #expect(status["restartCount"].int == 1)
        #expect(status[path: "lastState.terminated.reason"].string == "Completed")
        #expect(F.events(cluster, about: "web").contains("Killing: Container web definition changed, will be restarted"))
        #expect(F.events(cluster, about: "web").contains("Pulling: Pulling image \"nginx:1.26\""))
    }

    @Test("restartPolicy Never: restarted all the same, after the grace period a sleeping shell takes")
    func neverPolicy() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("sleeper", image: "busybox", command: ["sleep", "1d"], restartPolicy: "Never"))
        cluster.advance(seconds: 10)
        try setImage(cluster, "sleeper", "busybox:1.36")
        cluster.advance(seconds: 29)
        #expect(F.status(cluster, "sleeper")["restartCount"].int == 0)
        cluster.advance(seconds: 5)
        let status = F.status(cluster, "sleeper")
        #expect(status["restartCount"].int == 1)
        #expect(status[path: "lastState.terminated.exitCode"].int == 137)
        #expect(F.phase(cluster, "sleeper") == "Running")
    }

    @Test("a container in an image pull back-off starts over at once with the new image")
    func pullBackOff() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("typo", image: "nginx:1.2.3.4"))
        cluster.advance(seconds: 30)
        #expect(F.status(cluster, "typo")[path: "state.waiting.reason"].string == "ImagePullBackOff")
        try setImage(cluster, "typo", "nginx")
        cluster.advance(seconds: 6)
        #expect(F.status(cluster, "typo")[path: "state.running"].isNull == false)
        #expect(F.status(cluster, "typo")["restartCount"].int == 0)
    }

    @Test("an update that leaves the images alone restarts nothing")
    func otherUpdate() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx"))
        cluster.advance(seconds: 10)
        var pod = try cluster.get(.pods, namespace: "default", name: "web")
        pod[path: "metadata.labels.tier"] = "front"
        _ = try cluster.replace(pod)
        cluster.advance(seconds: 60)
        #expect(F.status(cluster, "web")["restartCount"].int == 0)
        #expect(F.event(cluster, about: "web", reason: "Killing") == nil)
    }
}
