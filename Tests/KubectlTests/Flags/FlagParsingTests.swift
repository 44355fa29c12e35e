import Testing
@testable import Kubectl

/// Flags read as pflag and cobra read them in kubectl 1.32, with their words and exit codes.
@Suite struct FlagParsingTests {
    @Test func aBadValueNamesTheFlagWithItsShorthandHoweverItWasWritten() throws {
        let harness = try KubectlHarness()
        let long = harness.run("create", "deployment", "web", "--image=nginx", "--replicas=abc")
        #expect(long.err == """
            error: invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax
            See 'kubectl create deployment --help' for usage.

            """)
        #expect(harness.run("get", "pods", "-w=maybe").err.hasPrefix("error: invalid argument \"maybe\" for \"-w, --watch\" flag"))
        #expect(harness.run("get", "pods", "--v=abc").err.hasPrefix("error: invalid argument \"abc\" for \"-v, --v\" flag"))
    }

    @Test func durationsAreGoDurations() throws {
        let harness = try KubectlHarness()
        let result = harness.run("logs", "goweb", "--since=x")
        #expect(result.code == 1)
        #expect(result.err == """
            error: invalid argument "x" for "--since" flag: time: invalid duration "x"
            See 'kubectl logs --help' for usage.

            """)
        #expect(harness.run("delete", "pod", "goweb", "--timeout=5").err.contains("time: missing unit in duration \"5\""))
    }

    @Test func dryRunBareOrBooleanStillWorksWithKlogsWarning() throws {
        let harness = try KubectlHarness()
        let bare = harness.run("create", "namespace", "x", "--dry-run", "-o", "name")
        #expect(bare.out == "namespace/x\n")
        #expect(bare.err.hasSuffix(" helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\n"))
        let legacy = harness.run("create", "namespace", "x", "--dry-run=true", "-o", "name")
        #expect(legacy.err.hasSuffix(" helpers.go:716] --dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.\n"))
        // The bare flag takes no value from the next word, which is then an argument.
        #expect(harness.run("create", "namespace", "x", "--dry-run", "client").err.hasSuffix("""
            error: exactly one NAME is required, got 2
            See 'kubectl create namespace -h' for help and examples

            """))
    }

    @Test func aSubcommandsFlagErrorNamesTheSubcommand() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("config", "view", "--bogus").err == "error: unknown flag: --bogus\nSee 'kubectl config view --help' for usage.\n")
        #expect(harness.run("cluster-info", "dump", "-Z").err == "error: unknown shorthand flag: 'Z' in -Z\nSee 'kubectl cluster-info dump --help' for usage.\n")
        #expect(harness.run("options", "--bogus").err == "error: unknown flag: --bogus\nRun 'kubectl options' without flags.\n")
    }

    @Test func flagsBeforeTheCommandAsCobraStripsThem() throws {
        let harness = try KubectlHarness()
        let plugin = harness.run("--bogus", "get", "pods")
        #expect(plugin.code == 1)
        #expect(plugin.err == "Error: flags cannot be placed before plugin name: --bogus\n")
        #expect(harness.run("--namespace").err == "error: flag needs an argument: --namespace\nSee 'kubectl --help' for usage.\n")
        #expect(harness.run("--bogus=1", "get", "pods").err == "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n")
        #expect(harness.run("-n", "x").code == 0)
    }

    @Test func requestTimeoutIsCheckedWithTheClientConfig() throws {
        let harness = try KubectlHarness()
        let result = harness.run("get", "pods", "--request-timeout=-1")
        #expect(result.code == 1)
        #expect(result.err.hasPrefix("error: Invalid timeout value. Timeout must be a single integer in seconds"))
        #expect(harness.run("get", "pods", "--request-timeout=30").code == 0)
    }
}
