import KubeAPI
import Testing

@testable import Cluster

@Suite("The EndpointSlice controller keeps one slice per Service")
struct EndpointSliceTests {
    private func slices(_ cluster: Cluster, of service: String, in namespace: String = "default") -> [KubeObject] {
        cluster.list(.endpointSlices, namespace: namespace).filter {
            $0.labels["kubernetes.io/service-name"] == service
        }
    }

    private func service(_ name: String, selector: [String: String], port: JSONValue = ["port": 80, "targetPort": 80])
        -> KubeObject
    {
        KubeObject([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name), "namespace": "default"],
            "spec": ["selector": .stringMap(selector), "ports": [port]],
        ])
    }

    @Test("the world's kube-dns slice lists the CoreDNS pods, its ports ordered by their hash")
    func kubeDNS() throws {
        let cluster = try WorldFixture.tk8s()
        let slice = try #require(slices(cluster, of: "kube-dns", in: "kube-system").first)
        #expect(slice.name.hasPrefix("kube-dns-") && slice.name.count == "kube-dns-".count + 5)
        #expect(slice[path: "ports"].array.compactMap { $0["port"].int } == [9153, 53, 53])
        #expect(slice[path: "endpoints"].array.count == 2)
        #expect(slice.labels["endpointslice.kubernetes.io/managed-by"] == "endpointslice-controller.k8s.io")
        #expect(slice.labels["k8s-app"] == "kube-dns")
        #expect(slice.controllerReference?.kind == "Service")
    }

    @Test("the Endpoints controller orders ports by their hash too: dns-tcp, dns, metrics")
    func endpointsPortOrder() throws {
        let cluster = try WorldFixture.tk8s()
        let endpoints = try cluster.get(.endpoints, namespace: "kube-system", name: "kube-dns")
        #expect(
            endpoints[path: "subsets"][0]["ports"].array.compactMap { $0["name"].string } == [
                "dns-tcp", "dns", "metrics",
            ])
    }

    @Test("each endpoint carries its conditions, node and pod; no zone")
    func endpointFields() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(service("goweb", selector: ["run": "goweb"], port: ["port": 80, "targetPort": 8080]))
        let slice = try #require(slices(cluster, of: "goweb").first)
        let endpoint = slice[path: "endpoints"][0]
        #expect(endpoint["conditions"] == ["ready": true, "serving": true, "terminating": false])
        #expect(endpoint["nodeName"] == "tk8s-worker1")
        #expect(endpoint["targetRef"]["name"] == "goweb")
        #expect(endpoint["zone"].isNull)
        #expect(slice[path: "ports"][0] == ["name": "", "port": 8080, "protocol": "TCP"])
    }

    @Test("a terminating pod stays, serving but not ready; a Service selecting nothing has a null placeholder")
    func terminatingAndPlaceholder() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(service("goweb", selector: ["run": "goweb"]))
        try cluster.delete(.pods, namespace: "default", name: "goweb")
        let endpoint = try #require(slices(cluster, of: "goweb").first)[path: "endpoints"][0]
        #expect(endpoint["conditions"] == ["ready": false, "serving": true, "terminating": true])
        try cluster.create(service("nothing", selector: ["app": "nothing"]))
        let placeholder = try #require(slices(cluster, of: "nothing").first)
        #expect(placeholder[path: "endpoints"].isNull && placeholder[path: "ports"].isNull)
    }

    @Test("deleting the Service deletes its slice")
    func garbageCollected() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(service("goweb", selector: ["run": "goweb"]))
        try cluster.delete(.services, namespace: "default", name: "goweb")
        #expect(slices(cluster, of: "goweb").isEmpty)
    }

    @Test("ports are ordered by the MD5 of how the controller's hasher prints them")
    func md5() {
        #expect(MD5.hex("") == "d41d8cd98f00b204e9800998ecf8427e")
        let metrics: JSONValue = ["name": "metrics", "port": 9153, "protocol": "TCP"]
        #expect(MD5.hex(EndpointPortOrder.sliceText(metrics)) == "0eb0820aec6fa8ec58ff9ad5ae045175")
    }
}
