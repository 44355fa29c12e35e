import Testing
@testable import Kubectl

@Suite struct PortForwardTests {
    @Test func aForwardIsRecordedForTheHostToFind() throws {
        let harness = try KubectlHarness()
        let result = harness.run("port-forward", "pod/goweb", "8080:8080")
        #expect(result.out == "Forwarding from 127.0.0.1:8080 -> 8080\nForwarding from [::1]:8080 -> 8080\n")
        let forward = try #require(harness.kubectl.portForwards.forward(address: "localhost", port: 8080))
        #expect(forward.pod == "goweb" && forward.podPort == 8080 && forward.namespace == "default")
        #expect(harness.kubectl.portForwards.forward(address: "localhost", port: 8081) == nil)
    }

    @Test func aTakenPortFailsAsABindDoes() throws {
        let harness = try KubectlHarness()
        _ = harness.run("port-forward", "pod/goweb", "8080:8080")
        let again = harness.run("port-forward", "pod/goweb", "8080:80")
        #expect(again.code == 1)
        #expect(again.err.hasSuffix("error: unable to listen on any of the requested ports: [{8080 80}]\n"))
    }

    @Test func portSpecs() throws {
        let both = try PortForward.parse("8080:80")
        #expect(both.local == "8080" && both.remote == "80")
        #expect(try PortForward.parse(":80").local == "0")
        #expect(try PortForward.parse("8443").local == nil)
        #expect(PortForward.addresses([]) == ["127.0.0.1", "::1"])
    }

    @Test func portsAreReadAsClientGoReadsThemAfterNamesAreLookedUp() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("port-forward", "pod/goweb", "x:80").err == "error: error parsing local port 'x': strconv.ParseUint: parsing \"x\": invalid syntax\n")
        #expect(harness.run("port-forward", "pod/goweb", "99999").err == "error: error parsing local port '99999': strconv.ParseUint: parsing \"99999\": value out of range\n")
        #expect(harness.run("port-forward", "pod/goweb", "80:70000").err == "error: error parsing remote port '70000': strconv.ParseUint: parsing \"70000\": value out of range\n")
        #expect(harness.run("port-forward", "pod/goweb", "80:0").err == "error: remote port must be > 0\n")
        #expect(harness.run("port-forward", "pod/goweb", "web").err == "error: Pod 'goweb' does not have a named port 'web'\n")
    }
}
