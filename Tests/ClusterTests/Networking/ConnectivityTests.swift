import KubeAPI
import Testing

@testable import Cluster

@Suite("Connectivity: pod IPs, ClusterIPs and NodePorts reach what kube-proxy and flannel would")
struct ConnectivityTests {
    typealias F = ConnectivityFixture

    @Test("a pod IP answers on the ports its process listens on and refuses the others")
    func podIP() throws {
        let cluster = try F.app()
        let client = NetworkOrigin.pod(try cluster.get(.pods, namespace: "default", name: "client"))
        let web = try F.ip(cluster, "web")
        #expect(cluster.connectTCP(from: client, to: web, port: 80).kind == "connected web:80")
        #expect(cluster.connectTCP(from: client, to: web, port: 8080).kind == "refused")
        #expect(cluster.connectTCP(from: client, to: "10.244.3.250", port: 80).kind == "unreachable")
    }

    @Test("a ClusterIP leads to a ready endpoint's target port; without one it refuses")
    func clusterIP() throws {
        let cluster = try F.app()
        let client = NetworkOrigin.pod(try cluster.get(.pods, namespace: "default", name: "client"))
        let ip = try F.clusterIP(cluster, "web")
        #expect(cluster.connectTCP(from: client, to: ip, port: 80).kind == "connected web:80")
        // nftables rejects ports a ClusterIP does not serve.
        #expect(cluster.connectTCP(from: client, to: ip, port: 81).kind == "refused")
        try cluster.create(F.service("typo", ["selector": ["app": "wbe"], "ports": [["port": 80]]]))
        cluster.advance(seconds: 1)
        #expect(cluster.connectTCP(from: client, to: try F.clusterIP(cluster, "typo"), port: 80).kind == "refused")
        // The host has no route to Service addresses.
        #expect(cluster.connectTCP(from: .host, to: ip, port: 80).kind == "dropped")
    }

    @Test("a NodePort answers on every node's address, from the host too")
    func nodePort() throws {
        let cluster = try F.app()
        try cluster.create(F.service("web-np", ["type": "NodePort", "selector": ["app": "web"], "ports": [["port": 80, "nodePort": 30080]]]))
        cluster.advance(seconds: 1)
        for node in ["172.22.0.1", "172.22.0.2", "172.22.0.3"] {
            #expect(cluster.connectTCP(from: .host, to: node, port: 30080).kind == "connected web:80")
        }
        #expect(cluster.connectTCP(from: .host, to: "172.22.0.1", port: 30081).kind == "refused")
    }

    @Test("ping: pods and nodes answer, a ClusterIP never does")
    func ping() throws {
        let cluster = try F.app()
        let client = NetworkOrigin.pod(try cluster.get(.pods, namespace: "default", name: "client"))
        #expect(cluster.pingAnswers(from: client, to: try F.ip(cluster, "web")))
        #expect(cluster.pingAnswers(from: client, to: "172.22.0.2"))
        #expect(!cluster.pingAnswers(from: client, to: try F.clusterIP(cluster, "web")))
        #expect(!cluster.pingAnswers(from: client, to: "10.98.0.10"))
    }

    @Test("endpoint choice is deterministic for the same history, and spreads over connections and time")
    func endpointChoice() throws {
        func picks() throws -> [String] {
            let cluster = try F.app()
            try cluster.create(F.pod("web2", labels: ["app": "web"], image: "nginx"))
            cluster.advance(seconds: 30)
            let client = NetworkOrigin.pod(try cluster.get(.pods, namespace: "default", name: "client"))
            let ip = try F.clusterIP(cluster, "web")
            var kinds: [String] = []
            for _ in 0..<10 {
                // Two connections at one moment, as a loop within one command makes them.
                kinds.append(cluster.connectTCP(from: client, to: ip, port: 80).kind)
                kinds.append(cluster.connectTCP(from: client, to: ip, port: 80).kind)
                cluster.advance(seconds: 1)
            }
            return kinds
        }
        let kinds = try picks()
        #expect(try picks() == kinds)
        #expect(Set(kinds) == ["connected web:80", "connected web2:80"])
        #expect(stride(from: 0, to: kinds.count, by: 2).contains { kinds[$0] != kinds[$0 + 1] })
    }
}
