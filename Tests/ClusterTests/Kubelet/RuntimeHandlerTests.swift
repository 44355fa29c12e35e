import KubeAPI
import Testing

@testable import Cluster

/// Runtime handlers come from each node's containerd configuration; a handler the node lacks
/// fails the pod's sandbox as the kubelet reports it, and is tried again after a back-off.
@Suite struct RuntimeHandlerTests {
    static func runtimeClass(_ name: String, handler: String) -> KubeObject {
        KubeObject(["apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": ["name": .string(name)], "handler": .string(handler)])
    }

    static func pod(_ name: String, runtimeClass: String) -> KubeObject {
        var pod = KubeletFixture.pod(name, image: "nginx")
        pod[path: "spec.runtimeClassName"] = .string(runtimeClass)
        return pod
    }

    @Test("containerd's runtimes tables name the handlers, with their shim and the default")
    func parsesConfig() {
        let runtimes = ContainerdRuntimes(
            toml: """
                [plugins."io.containerd.grpc.v1.cri".containerd]
                  default_runtime_name = "runc"
                  [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
                    runtime_type = "io.containerd.runc.v2"
                [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runsc]
                  runtime_type = "io.containerd.runsc.v1"
                [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runsc.options]
                    BinaryName = "/usr/local/bin/runsc"
                """)
        #expect(runtimes.types == ["runc": "io.containerd.runc.v2", "runsc": "io.containerd.runsc.v1"])
        #expect(runtimes.runtimeType(of: "") == "io.containerd.runc.v2")
        #expect(runtimes.runtimeType(of: "kata") == nil)
    }

    @Test("the lab's nodes offer runc, crun and runsc, as their config.toml says")
    func labHandlers() throws {
        let world = try World.load(directory: WorldFixture.directory)
        let runtimes = try #require(world.runtime.runtimeHandlers.runtimes(on: "tk8s-worker1"))
        #expect(Set(runtimes.types.keys) == ["runc", "crun", "runsc"])
        #expect(runtimes.types["crun"] == "io.containerd.runc.v2")
    }

    @Test("a pod under crun runs; under runsc its runtime is gVisor's shim")
    func configuredHandlersRun() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.runtimeClass("crun", handler: "crun"))
        try cluster.create(Self.runtimeClass("gvisor", handler: "runsc"))
        try cluster.create(Self.pod("a", runtimeClass: "crun"))
        try cluster.create(Self.pod("b", runtimeClass: "gvisor"))
        cluster.advance(seconds: 30)
        #expect(KubeletFixture.phase(cluster, "a") == "Running")
        #expect(KubeletFixture.phase(cluster, "b") == "Running")
        let b = try cluster.get(.pods, namespace: "default", name: "b")
        #expect(cluster.runtimeType(of: b) == "io.containerd.runsc.v1")
    }

    @Test("a handler the node lacks fails the sandbox, keeps the pod ContainerCreating and retries")
    func missingHandler() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.runtimeClass("kata", handler: "kata"))
        try cluster.create(Self.pod("k", runtimeClass: "kata"))
        cluster.advance(seconds: 1)
        let pod = try cluster.get(.pods, namespace: "default", name: "k")
        #expect(pod[path: "status.phase"] == "Pending")
        #expect(pod[path: "status.podIP"].isNull)
        #expect(KubeletFixture.status(cluster, "k")[path: "state.waiting.reason"] == "ContainerCreating")
        let failures = KubeletFixture.events(cluster, about: "k").filter { $0.hasPrefix("FailedCreatePodSandBox") }
        #expect(failures.count == 1)
        let message = try #require(failures.first)
        #expect(message.hasPrefix("FailedCreatePodSandBox: Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox \""))
        #expect(message.hasSuffix("\": no runtime for \"kata\" is configured"))
        cluster.advance(seconds: 60)
        let retries = KubeletFixture.events(cluster, about: "k").filter { $0.hasPrefix("FailedCreatePodSandBox") }
        #expect(retries.count >= 5 && retries.count <= 7)
        #expect(KubeletFixture.phase(cluster, "k") == "Pending")
    }

    @Test("a class deleted after admission fails the sandbox with the kubelet's lookup error")
    func classGone() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.runtimeClass("crun", handler: "crun"))
        let pod = try cluster.create(Self.pod("p", runtimeClass: "crun"))
        try cluster.delete(.runtimeClasses, namespace: nil, name: "crun")
        #expect(cluster.sandboxFailure(of: pod, on: "tk8s-worker1") == "runtimeclass.node.k8s.io \"crun\" not found")
    }
}
