import Cluster
import KubeAPI
import Testing

@Suite("A Service that asks for its ClusterIP gets it only from the free part of the service CIDR")
struct ClusterIPRequestTests {
    private func service(_ name: String, clusterIP: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name), "namespace": "default"],
            "spec": ["clusterIP": .string(clusterIP), "ports": [["port": 80]]],
        ])
    }

    @Test("a free address in range is kept")
    func free() throws {
        let cluster = try WorldFixture.tk8s()
        let created = try cluster.create(service("pinned", clusterIP: "10.98.0.5"))
        #expect(created[path: "spec.clusterIPs"] == ["10.98.0.5"])
    }

    @Test(
        "out of range, taken or not an address: refused as the allocator words it",
        arguments: [
            ("10.99.0.5", "failed to allocate IP 10.99.0.5: the provided IP (10.99.0.5) is not in the valid range. The range of valid IPs is 10.98.0.0/24"),
            ("10.98.0.0", "failed to allocate IP 10.98.0.0: the provided IP (10.98.0.0) is not in the valid range. The range of valid IPs is 10.98.0.0/24"),
            ("10.98.0.10", "failed to allocate IP 10.98.0.10: provided IP is already allocated"),
            ("abc", "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
        ])
    func refused(ip: String, detail: String) throws {
        let cluster = try WorldFixture.tk8s()
        let error = #expect(throws: APIError.self) { try cluster.create(service("x", clusterIP: ip)) }
        #expect(error?.reason == "Invalid")
        #expect(error?.message.hasSuffix(detail) == true)
    }
}
