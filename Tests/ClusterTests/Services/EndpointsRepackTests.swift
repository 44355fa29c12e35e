import KubeAPI
import Testing

@testable import Cluster

@Suite("The Endpoints controller packs addresses into one subset per set of ports they serve")
struct EndpointsRepackTests {
    /// A pod labelled `app: web`, with a container port named `web` when `webPort` is given.
    private func pod(_ name: String, webPort: Int?) -> KubeObject {
        var container: JSONValue = ["name": "c", "image": "nginx"]
        if let webPort { container["ports"] = [["name": "web", "containerPort": .int(webPort)]] }
        return KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "namespace": "default", "labels": ["app": "web"]],
            "spec": ["containers": [container]],
        ])
    }

    /// Pods as given, and a Service with a named target port and a numbered one over them.
    private func endpoints(_ pods: [KubeObject]) throws -> [JSONValue] {
        try cluster(pods).get(.endpoints, namespace: "default", name: "web")[path: "subsets"].array
    }

    private func cluster(_ pods: [KubeObject]) throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        for pod in pods { try cluster.create(pod) }
        try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "web", "namespace": "default"],
            "spec": [
                "selector": ["app": "web"],
                "ports": [["name": "http", "port": 80, "targetPort": "web"], ["name": "metrics", "port": 9090]],
            ],
        ]))
        cluster.advance(seconds: 30)
        return cluster
    }

    private func summary(_ subset: JSONValue) -> String {
        let names = subset["addresses"].array.map { $0["targetRef"]["name"].string ?? "" }.sorted()
        let ports = subset["ports"].array.map { "\($0["name"].string ?? ""):\($0["port"].int ?? 0)" }.sorted()
        return names.joined(separator: ",") + " " + ports.joined(separator: ",")
    }

    @Test("pods that all have the named port share one subset with both ports")
    func oneSubset() throws {
        let subsets = try endpoints([pod("a", webPort: 8080), pod("b", webPort: 8080)])
        #expect(subsets.map(summary) == ["a,b http:8080,metrics:9090"])
    }

    @Test("a pod without the named port serves only the numbered one, in a subset of its own set")
    func missingNamedPort() throws {
        let subsets = try endpoints([pod("a", webPort: 8080), pod("b", webPort: nil)])
        #expect(Set(subsets.map(summary)) == ["a http:8080", "a,b metrics:9090"])
    }

    @Test("pods whose named port has different numbers get a subset per number")
    func differentNumbers() throws {
        let subsets = try endpoints([pod("a", webPort: 8080), pod("b", webPort: 8081)])
        #expect(Set(subsets.map(summary)) == ["a http:8080", "b http:8081", "a,b metrics:9090"])
    }

    @Test("the EndpointSlice controller keeps one slice per port set as well")
    func slicesPerPortSet() throws {
        let cluster = try cluster([pod("a", webPort: 8080), pod("b", webPort: nil)])
        let slices = cluster.list(.endpointSlices, namespace: "default").filter { $0.labels["kubernetes.io/service-name"] == "web" }
        let summaries = slices.map { slice in
            let names = slice[path: "endpoints"].array.map { $0["targetRef"]["name"].string ?? "" }.sorted()
            let ports = slice[path: "ports"].array.map { "\($0["name"].string ?? ""):\($0["port"].int ?? 0)" }.sorted()
            return names.joined(separator: ",") + " " + ports.joined(separator: ",")
        }
        #expect(Set(summaries) == ["a http:8080,metrics:9090", "b metrics:9090"])
    }

    @Test("when the pods go, one placeholder slice is left")
    func placeholder() throws {
        let cluster = try cluster([pod("a", webPort: 8080), pod("b", webPort: nil)])
        for name in ["a", "b"] { try cluster.delete(.pods, namespace: "default", name: name, gracePeriodSeconds: 0) }
        cluster.advance(seconds: 5)
        let slices = cluster.list(.endpointSlices, namespace: "default").filter { $0.labels["kubernetes.io/service-name"] == "web" }
        #expect(slices.count == 1)
        #expect(slices.first?[path: "endpoints"].isNull == true)
        #expect(slices.first?[path: "ports"].isNull == true)
    }

    @Test("a subset hashes as go-spew prints the typed v1.EndpointSubset, nil slices and pointers included")
    func hashedText() {
        let subset: JSONValue = [
            "addresses": [[
                "ip": "10.244.1.8", "nodeName": "tk8s-worker2",
                "targetRef": ["kind": "Pod", "name": "web", "namespace": "default", "uid": "u1"],
            ]],
            "ports": [["name": "http", "port": 80, "protocol": "TCP"]],
        ]
        let text = String(decoding: GoSpewPrinter.format(subset, as: "v1.EndpointSubset"), as: UTF8.self)
        #expect(
            text == "(v1.EndpointSubset){Addresses:([]v1.EndpointAddress)[{IP:(string)10.244.1.8 Hostname:(string) "
                + "NodeName:(*string)tk8s-worker2 TargetRef:(*v1.ObjectReference){Kind:(string)Pod Namespace:(string)default "
                + "Name:(string)web UID:(types.UID)u1 APIVersion:(string) ResourceVersion:(string) FieldPath:(string)}}] "
                + "NotReadyAddresses:([]v1.EndpointAddress)<nil> "
                + "Ports:([]v1.EndpointPort)[{Name:(string)http Port:(int32)80 Protocol:(v1.Protocol)TCP AppProtocol:(*string)<nil>}]}")
    }
}
