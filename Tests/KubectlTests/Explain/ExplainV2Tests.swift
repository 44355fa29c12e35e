import Testing
@testable import Kubectl

/// `kubectl explain --output=plaintext-openapiv2`: the older layout of kubectl's `explain`
/// package (model printer, fields printers and formatter), over the OpenAPI v2 view of the schema.
@Suite struct ExplainV2Tests {
    @Test(
        "text wraps as kubectl's formatter wraps it",
        arguments: [
            ("aaa bbb ccc", 7, ["aaa bbb", "ccc"]),
            ("averyveryverylongword x", 5, ["averyveryverylongword", "x"]),
            ("joined\nlines", 80, ["joined lines"]),
            ("Possible values:\n first\n second", 80, ["Possible values:", "first second"]),
            ("A list:\n- one\n- two\n1. three", 80, ["A list:", "- one", "- two", "1. three"]),
            ("first\n\nsecond", 80, ["first", "second"]),
            ("Note:\nfirst\n\nsecond", 80, ["Note:", "first", "", "second"]),
            ("text\n    code  kept", 80, ["text", "    code  kept"]),
            ("", 80, []),
        ])
    func wrap(_ text: String, width: Int, expected: [String]) {
        #expect(ExplainFormatter.wrap(text, width: width) == expected)
    }

    @Test func aPrimitiveFieldShowsItsTypeAndDescription() throws {
        let result = try KubectlHarness().run("explain", "deploy.spec.replicas", "--output=plaintext-openapiv2")
        #expect(result.code == 0)
        #expect(
            result.out == """
                KIND:     Deployment
                VERSION:  apps/v1

                FIELD:    replicas <integer>

                DESCRIPTION:
                     How many pods to run. Defaults to 1.

                """)
    }

    @Test func aKindListsItsFieldsAsObjectsWithRequiredMarks() throws {
        let result = try KubectlHarness().run("explain", "deployments.spec", "-o", "plaintext-openapiv2")
        #expect(result.out.hasPrefix("KIND:     Deployment\nVERSION:  apps/v1\n\nRESOURCE: spec <Object>\n\nDESCRIPTION:\n     "))
        #expect(result.out.contains("\nFIELDS:\n   minReadySeconds\t<integer>\n     "))
        #expect(result.out.contains("\n   selector\t<Object> -required-\n     "))
        #expect(result.out.hasSuffix("\n\n"))
    }

    @Test func valueTypesAreStringsAndFieldlessTypesAreMapsOfAnything() throws {
        let result = try KubectlHarness().run("explain", "pods", "--recursive", "-o", "plaintext-openapiv2")
        #expect(result.out.contains("\n      creationTimestamp\t<string>\n"))
        #expect(result.out.contains("\n         fieldsV1\t<map[string]>\n"))
        let limits = try KubectlHarness().run("explain", "pods.spec.containers.resources.limits", "-o", "plaintext-openapiv2")
        #expect(limits.out.contains("FIELD:    limits <map[string]string>\n"))
    }

    @Test func aMissingFieldIsKubectlsError() throws {
        let result = try KubectlHarness().run("explain", "pods.spec.nope", "-o", "plaintext-openapiv2")
        #expect(result.code == 1)
        #expect(result.out.isEmpty)
        #expect(result.err == "error: field \"nope\" does not exist\n")
    }
}
