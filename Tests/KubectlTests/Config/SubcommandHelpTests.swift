import Testing
@testable import Kubectl

@Suite struct SubcommandHelpTests {
    @Test func subcommandsHaveTheirOwnHelp() throws {
        let harness = try KubectlHarness()
        let deployment = harness.run("create", "deployment", "--help").out
        #expect(deployment.hasPrefix("Create a Deployment"))
        #expect(deployment.contains("\nUsage:\n  kubectl create deployment NAME"))
        #expect(deployment.hasSuffix("Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n"))
        #expect(harness.run("create", "deploy", "web", "-h").out == deployment)
        #expect(harness.run("rollout", "status", "deploy/web", "-h").out.contains("kubectl rollout status (TYPE NAME | TYPE/NAME)"))
        #expect(harness.run("create", "--help").out == KubectlHelp.create)
    }

    @Test func everyPageHasExamplesAndUsage() {
        for (path, page) in KubectlHelp.subcommands {
            #expect(!page.examples.isEmpty, "\(path)")
            #expect(page.usage.hasPrefix("kubectl \(path)"), "\(path)")
        }
    }

    @Test func optionsListsTheGlobalFlags() throws {
        let out = try KubectlHarness().run("options").out
        #expect(out.hasPrefix("The following options can be passed to any command:\n\n"))
        for flag in GlobalFlags.specs { #expect(out.contains("--\(flag.long)="), "\(flag.long)") }
    }

    @Test("a command group named alone prints its help where kubectl 1.32 does, with its exit code")
    func groupsAlone() throws {
        let harness = try KubectlHarness()
        // DefaultSubCommandRun(ErrOut): help on stderr, exit 1.
        for group in ["top", "config", "auth", "set", "plugin"] {
            let result = harness.run(group)
            #expect(result.out.isEmpty && result.code == 1, "\(group)")
            #expect(result.err.contains("\nUsage:\n  kubectl \(group) "), "\(group)")
        }
        // DefaultSubCommandRun(Out): help on stdout, exit 1.
        let rollout = harness.run("rollout")
        #expect(rollout.err.isEmpty && rollout.code == 1 && rollout.out == KubectlHelp.rollout)
        // No run of its own: cobra's help on stdout, exit 0.
        let certificate = harness.run("certificate")
        #expect(certificate.err.isEmpty && certificate.code == 0 && certificate.out.contains("\nUsage:\n"))
    }
}
