import KubeAPI
import Testing

@testable import Kubectl

/// The `Endpoints:` line of `describe service`, from the Service's EndpointSlices (`formatEndpointSlices`).
@Suite struct ServiceEndpointsTextTests {
    static func slice(_ ports: [(String, Int)]?, _ endpoints: [(String, Bool?)]) -> KubeObject {
        var value: JSONValue = ["apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4"]
        value["ports"] =
            ports.map { .array($0.map { ["name": .string($0.0), "port": .int($0.1), "protocol": "TCP"] }) } ?? .null
        value["endpoints"] = .array(
            endpoints.map { endpoint in
                var conditions = JSONValue.emptyObject
                if let ready = endpoint.1 { conditions["ready"] = .bool(ready) }
                return ["addresses": [.string(endpoint.0)], "conditions": conditions]
            })
        return KubeObject(value)
    }

    @Test("no slice at all is <none>; the controller's empty placeholder slice is an empty value")
    func emptyCases() {
        #expect(ServiceDescriber.endpointsText([], portName: "") == "<none>")
        #expect(ServiceDescriber.endpointsText([Self.slice(nil, [])], portName: "") == "")
    }

    @Test("only ready endpoints of the port with the Service port's name are listed; a missing ready counts as ready")
    func portAndReadiness() {
        let slice = Self.slice(
            [("http", 8080), ("metrics", 9090)], [("10.244.1.5", true), ("10.244.2.6", false), ("10.244.2.7", nil)])
        #expect(ServiceDescriber.endpointsText([slice], portName: "http") == "10.244.1.5:8080,10.244.2.7:8080")
        #expect(ServiceDescriber.endpointsText([slice], portName: "metrics") == "10.244.1.5:9090,10.244.2.7:9090")
        #expect(ServiceDescriber.endpointsText([slice], portName: "other") == "")
    }

    @Test("three entries, then + N more... counting the ready ones left, across slices in list order")
    func more() {
        let first = Self.slice([("", 80)], [("10.0.0.1", true), ("10.0.0.2", true)])
        let second = Self.slice(
            [("", 80)], [("10.0.0.3", true), ("10.0.0.4", true), ("10.0.0.5", false), ("10.0.0.6", true)])
        #expect(
            ServiceDescriber.endpointsText([first, second], portName: "")
                == "10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...")
    }

    @Test("a not-ready entry after the third still cuts the list: + 0 more...")
    func zeroMore() {
        let slice = Self.slice(
            [("", 80)], [("10.0.0.1", true), ("10.0.0.2", true), ("10.0.0.3", true), ("10.0.0.9", false)])
        #expect(
            ServiceDescriber.endpointsText([slice], portName: "") == "10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 0 more...")
    }

    @Test("a slice without ports lists bare addresses; IPv6 addresses get brackets before a port")
    func portlessAndIPv6() {
        #expect(ServiceDescriber.endpointsText([Self.slice(nil, [("10.0.0.1", true)])], portName: "") == "10.0.0.1")
        #expect(
            ServiceDescriber.endpointsText([Self.slice([("", 80)], [("fd00::1", true)])], portName: "")
                == "[fd00::1]:80")
    }
}
