import Cluster
import Testing

@testable import Kubectl

@Suite struct ServerFlagProxyTests {
    @Test func aServerURLNamingARunningProxyReachesTheAPIServerThroughIt() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("proxy").code == 0)
        let result = harness.run("-s", "http://127.0.0.1:8001", "get", "ns", "default", "-o", "name")
        #expect(result.out == "namespace/default\n")
        #expect(
            harness.run("--server=http://localhost:8001", "get", "ns", "default", "-o", "name").out
                == "namespace/default\n")
    }

    @Test func aServerURLWhereNothingListensIsRefused() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("proxy").code == 0)
        let result = harness.run("-s", "http://127.0.0.1:8002", "get", "ns", "default")
        #expect(
            result.err.hasSuffix(
                "The connection to the server 127.0.0.1:8002 was refused - did you specify the right host or port?\n"))
    }
}
