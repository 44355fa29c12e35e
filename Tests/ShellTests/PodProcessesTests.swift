import Cluster
import KubeAPI
import Testing

@testable import Shell

/// The PID namespace a container's `ps` sees: its own, its target's with `kubectl debug
/// --target`, or the pod's with shareProcessNamespace.
@Suite struct PodProcessesTests {
    static func pod(_ name: String, shared: Bool = false) -> KubeObject {
        var spec: JSONValue = [
            "containers": [
                ["name": "main", "image": "busybox", "command": ["sleep", "3600"]],
                ["name": "side", "image": "busybox", "args": ["sleep", "60"]],
            ]
        ]
        if shared { spec["shareProcessNamespace"] = true }
        return KubeObject(["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": spec])
    }

    static func commands(_ cluster: Cluster, _ pod: String, _ container: String) throws -> [String] {
        let object = try cluster.get(.pods, namespace: "default", name: pod)
        let fs = VirtualFileSystem(clock: { 0 })
        return PodProcesses(cluster: cluster, pod: object, container: container, filesystem: fs)
            .list(then: ["ps"]).map { "\($0.pid) \($0.command)" }
    }

    @Test("each container sees its own process as PID 1; with a shared namespace, pause first")
    func namespaces() throws {
        let cluster = Cluster(world: try World.load(directory: PodKernelTests.worldDirectory))
        try cluster.create(Self.pod("apart"))
        try cluster.create(Self.pod("together", shared: true))
        cluster.advance(seconds: 30)
        #expect(try Self.commands(cluster, "apart", "main") == ["1 sleep 3600", "7 ps"])
        // An image without an entrypoint runs its args in place of its CMD.
        #expect(try Self.commands(cluster, "apart", "side") == ["1 sleep 60", "7 ps"])
        #expect(try Self.commands(cluster, "together", "side") == ["1 /pause", "7 sleep 3600", "13 sleep 60", "19 ps"])
    }

    @Test("an ephemeral container with a target joins the target's namespace, and the target sees it")
    func target() throws {
        let cluster = Cluster(world: try World.load(directory: PodKernelTests.worldDirectory))
        try cluster.create(Self.pod("web"))
        cluster.advance(seconds: 30)
        let patch: JSONValue = [
            "spec": ["ephemeralContainers": [
                ["name": "dbg", "image": "busybox", "command": ["sleep", "600"], "targetContainerName": "main"]
            ]]
        ]
        _ = try cluster.patchEphemeralContainers(patch, namespace: "default", name: "web", as: nil)
        cluster.advance(seconds: 20)
        #expect(try Self.commands(cluster, "web", "dbg") == ["1 sleep 3600", "7 sleep 600", "13 ps"])
        #expect(try Self.commands(cluster, "web", "main") == ["1 sleep 3600", "7 sleep 600", "13 ps"])
        #expect(try Self.commands(cluster, "web", "side") == ["1 sleep 60", "7 ps"])
    }
}
