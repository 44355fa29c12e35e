import Cluster
import Kubectl
import Testing

@Suite("kubectl version")
struct VersionTests {
    @Test("the summary names the client, kustomize and the server")
    func summary() throws {
        let lab = try KubectlHarness()
        let result = lab.run("version")
        #expect(result.out == "Client Version: v1.32.2\nKustomize Version: v5.5.0\nServer Version: v1.32.2\n")
        #expect(result.code == 0)
    }

    @Test("--client works while the control plane is down; the full form reports the refusal after the client lines")
    func clientOnlyWhileDown() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        let client = lab.run("version", "--client")
        #expect(client.out == "Client Version: v1.32.2\nKustomize Version: v5.5.0\n")
        #expect(client.err.isEmpty && client.code == 0)
        let full = lab.run("version")
        #expect(full.out == "Client Version: v1.32.2\nKustomize Version: v5.5.0\n")
        #expect(full.err == "The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?\n")
        #expect(full.code == 1)
    }

    @Test("-o json indents by two spaces in version.Info's field order")
    func json() throws {
        let out = try KubectlHarness().run("version", "--client", "-o", "json").out
        #expect(out.hasPrefix("{\n  \"clientVersion\": {\n    \"major\": \"1\",\n    \"minor\": \"32\",\n    \"gitVersion\": \"v1.32.2\",\n"))
        #expect(out.hasSuffix("    \"platform\": \"linux/amd64\"\n  },\n  \"kustomizeVersion\": \"v5.5.0\"\n}\n"))
    }

    @Test("-o yaml sorts keys and ends with a blank line")
    func yaml() throws {
        let out = try KubectlHarness().run("version", "--client", "-o", "yaml").out
        #expect(out.hasPrefix("clientVersion:\n  buildDate: \"2025-02-12T21:19:47Z\"\n  compiler: gc\n"))
        #expect(out.hasSuffix("  platform: linux/amd64\nkustomizeVersion: v5.5.0\n\n"))
    }

    @Test("bad output formats and arguments are refused as kubectl words it")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("version", "-o", "wide").err == "error: --output must be 'yaml' or 'json'\n")
        #expect(lab.run("version", "x").err == "error: extra arguments: [x]\n")
    }
}
