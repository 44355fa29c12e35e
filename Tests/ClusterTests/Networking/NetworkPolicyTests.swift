import KubeAPI
import Testing

@testable import Cluster

@Suite("NetworkPolicy with Calico's semantics: selected pods are isolated, rules allow")
struct NetworkPolicyTests {
    typealias F = ConnectivityFixture

    private func client(_ cluster: Cluster, _ name: String = "client", namespace: String = "default") throws -> NetworkOrigin {
        .pod(try cluster.get(.pods, namespace: namespace, name: name))
    }

    @Test("a default-deny ingress policy drops connections (no answer, not refused); an allow rule lets them in")
    func denyThenAllow() throws {
        let cluster = try F.app()
        let ip = try F.clusterIP(cluster, "web")
        try cluster.create(F.policy("deny", ["podSelector": .emptyObject, "policyTypes": ["Ingress"]]))
        #expect(cluster.connectTCP(from: try client(cluster), to: ip, port: 80).kind == "dropped")
        #expect(!cluster.pingAnswers(from: try client(cluster), to: try F.ip(cluster, "web")))
        try cluster.create(F.policy("allow-client", [
            "podSelector": ["matchLabels": ["app": "web"]],
            "ingress": [["from": [["podSelector": ["matchLabels": ["app": "client"]]]], "ports": [["port": "http"]]]],
        ]))
        #expect(cluster.connectTCP(from: try client(cluster), to: ip, port: 80).kind == "connected web:80")
        // The rule lists a TCP port, so ICMP stays dropped.
        #expect(!cluster.pingAnswers(from: try client(cluster), to: try F.ip(cluster, "web")))
    }

    @Test("namespaceSelector picks pods of other namespaces; podSelector alone only the policy's own")
    func namespaces() throws {
        let cluster = try F.app()
        try cluster.create(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "cute", "labels": ["team": "cute"]]]))
        try cluster.create(F.pod("other", namespace: "cute", labels: ["app": "client"], image: "busybox", command: ["sleep", "3600"]))
        cluster.advance(seconds: 30)
        let web = try F.ip(cluster, "web")
        try cluster.create(F.policy("same-ns", [
            "podSelector": ["matchLabels": ["app": "web"]],
            "ingress": [["from": [["podSelector": ["matchLabels": ["app": "client"]]]]]],
        ]))
        #expect(cluster.connectTCP(from: try client(cluster), to: web, port: 80).kind == "connected web:80")
        #expect(cluster.connectTCP(from: try client(cluster, "other", namespace: "cute"), to: web, port: 80).kind == "dropped")
        try cluster.create(F.policy("from-cute", [
            "podSelector": ["matchLabels": ["app": "web"]],
            "ingress": [["from": [["namespaceSelector": ["matchLabels": ["team": "cute"]], "podSelector": ["matchLabels": ["app": "client"]]]]]],
        ]))
        #expect(cluster.connectTCP(from: try client(cluster, "other", namespace: "cute"), to: web, port: 80).kind == "connected web:80")
    }

    @Test("ipBlock with except, and port ranges with endPort")
    func ipBlockAndRanges() throws {
        let cluster = try F.app()
        let web = try F.ip(cluster, "web")
        let clientIP = try F.ip(cluster, "client")
        try cluster.create(F.policy("block", [
            "podSelector": ["matchLabels": ["app": "web"]],
            "ingress": [["from": [["ipBlock": ["cidr": "10.244.0.0/21", "except": [.string(clientIP + "/32")]]]]]],
        ]))
        #expect(cluster.connectTCP(from: try client(cluster), to: web, port: 80).kind == "dropped")
        try cluster.create(F.policy("range", [
            "podSelector": ["matchLabels": ["app": "web"]],
            "ingress": [["ports": [["port": 70, "endPort": 90]]]],
        ]))
        #expect(cluster.connectTCP(from: try client(cluster), to: web, port: 80).kind == "connected web:80")
        #expect(cluster.connectTCP(from: try client(cluster), to: web, port: 91).kind == "dropped")
    }

    @Test("egress default deny blocks DNS too, until a rule allows UDP 53")
    func egressAndDNS() throws {
        let cluster = try F.app()
        let clientPod = try cluster.get(.pods, namespace: "default", name: "client")
        #expect(cluster.resolveThroughPolicy("web", from: clientPod) != .timedOut)
        try cluster.create(F.policy("no-egress", ["podSelector": ["matchLabels": ["app": "client"]], "policyTypes": ["Egress"]]))
        #expect(cluster.resolveThroughPolicy("web", from: clientPod) == .timedOut)
        #expect(cluster.connectTCP(from: .pod(clientPod), to: try F.ip(cluster, "web"), port: 80).kind == "dropped")
        try cluster.create(F.policy("dns", [
            "podSelector": .emptyObject, "policyTypes": ["Egress"],
            "egress": [["ports": [["port": 53, "protocol": "UDP"], ["port": 53, "protocol": "TCP"]]]],
        ]))
        guard case .addresses(_, let addresses) = cluster.resolveThroughPolicy("web", from: clientPod) else {
            Issue.record("web did not resolve")
            return
        }
        #expect(addresses == [try F.clusterIP(cluster, "web")])
        #expect(cluster.connectTCP(from: .pod(clientPod), to: addresses[0], port: 80).kind == "dropped")
    }

    @Test("a pod's own node always reaches it, whatever the policies")
    func nodeIsAllowed() throws {
        let cluster = try F.app()
        let web = try cluster.get(.pods, namespace: "default", name: "web")
        try cluster.create(F.policy("deny", ["podSelector": .emptyObject]))
        let ip = web[path: "status.podIP"].string ?? ""
        #expect(cluster.connectTCP(from: .node(web.nodeName ?? ""), to: ip, port: 80).kind == "connected web:80")
        let other: String = ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"].first(where: { $0 != web.nodeName }) ?? "none"
        #expect(cluster.connectTCP(from: .node(other), to: ip, port: 80).kind == "dropped")
    }

    @Test("from the host, a NodePort under default deny answers only on the endpoint's own node")
    func nodePortMasquerade() throws {
        let cluster = try F.app()
        try cluster.create(F.service("web-np", ["type": "NodePort", "selector": ["app": "web"], "ports": [["port": 80, "nodePort": 30080]]]))
        try cluster.create(F.policy("deny", ["podSelector": .emptyObject]))
        let web = try cluster.get(.pods, namespace: "default", name: "web")
        for node in cluster.list(.nodes) {
            let address = node[path: "status.addresses"].array.first { $0["type"].string == "InternalIP" }?["address"].string ?? ""
            let expected = node.name == web.nodeName ? "connected web:80" : "dropped"
            #expect(cluster.connectTCP(from: .host, to: address, port: 30080).kind == expected, "\(node.name)")
        }
    }
}
