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
}
