import Testing
@testable import Kubectl

@Suite struct CopyTests {
    @Test func fileSpecsAreReadAsKubectlReadsThem() throws {
        let remote = try Copy.spec("kube-system/dns:/etc/resolv.conf")
        #expect(remote.namespace == "kube-system" && remote.pod == "dns" && remote.path == "/etc/resolv.conf")
        #expect(try Copy.spec("./a.txt").pod == nil)
        #expect(throws: KubectlFailure.self) { try Copy.spec(":x") }
        #expect(GoPath.directory("/tmp/x") == "/tmp")
        #expect(GoPath.directory("x") == ".")
        #expect(GoPath.clean("./a//b/../c/") == "a/c")
        #expect(GoPath.base("/tmp/dir/") == "dir")
        #expect(GoPath.strippingShortcuts("../../etc") == "etc")
    }

    @Test func argumentErrors() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("cp", "a").err == "error: source and destination are required\n")
        #expect(harness.run("cp", "a", "b").err == "error: one of src or dest must be a remote file specification\n")
        #expect(harness.run("cp", "p:/a", "q:/b").err == "error: one of src or dest must be a local file specification\n")
    }
}
