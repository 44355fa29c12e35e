import Cluster
import KubeAPI
import Testing

@Suite("Node ports and cluster IPs are allocated, and refused, as the apiserver's allocators do")
struct NodePortAllocationTests {
    private func service(_ name: String, type: String = "NodePort", ports: [JSONValue]) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name), "namespace": "default"],
            "spec": ["type": .string(type), "selector": ["app": "x"], "ports": .array(ports)],
        ])
    }

    @Test("ports with the same number share one node port")
    func shared() throws {
        let cluster = try WorldFixture.tk8s()
        let created = try cluster.create(service("dns", ports: [
            ["name": "dns", "port": 53, "protocol": "UDP"], ["name": "dns-tcp", "port": 53, "protocol": "TCP"],
        ]))
        let nodePorts = created[path: "spec.ports"].array.map { $0["nodePort"].int }
        #expect(nodePorts[0] != nil)
        #expect(nodePorts[0] == nodePorts[1])
    }

    @Test("the first port that cannot be had refuses the Service, alone")
    func firstErrorOnly() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(service("web", ports: [["port": 80, "nodePort": 30080]]))
        let error = #expect(throws: APIError.self) {
            try cluster.create(service("two", ports: [
                ["name": "a", "port": 80, "nodePort": 29000], ["name": "b", "port": 81, "nodePort": 30080],
            ]))
        }
        #expect(error?.reason == "Invalid")
        #expect(
            error?.message == "Service \"two\" is invalid: spec.ports[0].nodePort: Invalid value: 29000: "
                + "provided port is not in the valid range. The range of valid ports is 30000-32767")
    }

    @Test("a ClusterIP Service may not ask for a node port")
    func clusterIPForbidden() throws {
        let cluster = try WorldFixture.tk8s()
        let error = #expect(throws: APIError.self) {
            try cluster.create(service("plain", type: "ClusterIP", ports: [["port": 80, "nodePort": 30500]]))
        }
        #expect(error?.message.hasSuffix("spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'") == true)
    }

    @Test("a full service CIDR is an internal error, as the allocator reports it")
    func clusterIPRangeFull() throws {
        let cluster = try WorldFixture.tk8s()
        var failure: APIError?
        for index in 0..<260 where failure == nil {
            do {
                try cluster.create(service("s\(index)", type: "ClusterIP", ports: [["port": 80]]))
            } catch {
                failure = error
            }
        }
        #expect(failure?.reason == "InternalError")
        #expect(failure?.message == "Internal error occurred: failed to allocate a serviceIP: range is full")
        // 254 usable addresses: the world's three Services (kubernetes, kube-dns, metrics-server) and 251 new ones.
        #expect(cluster.list(.services).count == 254)
    }
}
