import Cluster
import Testing
@testable import Kubectl

@Suite("--validate: strict, warn, ignore or a Go boolean, refused otherwise, by generators too")
struct ValidateFlagTests {
    @Test("true and false are read as Go's strconv.ParseBool reads them; the names only in lower case")
    func directives() throws {
        #expect(try Apply.fieldValidation(nil) == .strict)
        #expect(try Apply.fieldValidation("TRUE") == .strict)
        #expect(try Apply.fieldValidation("0") == .ignore)
        #expect(try Apply.fieldValidation("warn") == .warn)
        for bad in ["Warn", "STRICT", ""] {
            #expect(throws: KubectlFailure.self) { try Apply.fieldValidation(bad) }
        }
    }

    @Test("a generator refuses a bad value even for a client dry run, after the name and output format")
    func generators() throws {
        let lab = try KubectlHarness()
        let refusal = "error: invalid - validate option \"Warn\"; must be one of: strict (or true), warn, ignore (or false)\n"
        #expect(lab.run("create", "deployment", "d", "--image=x", "--validate=Warn", "--dry-run=client").err == refusal)
        #expect(lab.run("create", "configmap", "c", "--validate=Warn", "--dry-run=client").err == refusal)
        #expect(lab.run("create", "deployment", "--image=x", "--validate=Warn").err.hasPrefix("error: exactly one NAME"))
        #expect(lab.run("create", "namespace", "n", "--validate=F", "--dry-run=client", "-o", "name").out == "namespace/n\n")
    }

    @Test("secrets and config maps check --validate before their sources")
    func beforeSources() throws {
        let lab = try KubectlHarness()
        let refusal = "error: invalid - validate option \"bogus\"; must be one of: strict (or true), warn, ignore (or false)\n"
        #expect(lab.run("create", "secret", "generic", "s", "--from-literal=bad", "--validate=bogus").err == refusal)
        #expect(lab.run("create", "configmap", "c", "--from-literal=bad", "--validate=bogus").err == refusal)
        #expect(lab.run("create", "secret", "tls", "t", "--validate=bogus").err == refusal)
        #expect(lab.run("create", "secret", "generic", "s", "--from-env-file=x", "--from-literal=a=b", "--validate=bogus").err == refusal)
        #expect(
            lab.run("create", "secret", "generic", "s", "--from-literal=bad", "--validate=bogus", "--dry-run=bogus").err
                == "error: Invalid dry-run value (bogus). Must be \"none\", \"server\", or \"client\".\n")
    }
}
