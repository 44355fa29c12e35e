import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// The query options of a write, read and checked as the apiserver's handlers do.
@Suite struct WriteOptionsTests {
    @Test func dryRunTakesEveryValueAndTheOthersTheFirst() {
        let options = WriteOptions(query: "dryRun=All&fieldValidation=Strict&dryRun=All&fieldValidation=Ignore&force")
        #expect(options.dryRun == ["All", "All"])
        #expect(options.isDryRun)
        #expect(options.validation == .strict)
        #expect(options.force == true)
        #expect(WriteOptions(query: "force=False").force == false)
        #expect(WriteOptions(query: "fieldManager=my%20tool+x").fieldManager == "my tool x")
        #expect(WriteOptions(query: "").validation == .warn)
    }

    @Test func valuesTheHandlersDoNotKnowAreRefusedTogether() {
        #expect(
            throws: APIError.invalid(
                kind: "UpdateOptions", group: "meta.k8s.io", name: "",
                causes: [
                    .init(
                        field: "dryRun", message: #"Unsupported value: []string{"All", ""}: supported values: "All""#),
                    .init(
                        field: "fieldValidation",
                        message: #"Unsupported value: "warn": supported values: "", "Ignore", "Strict", "Warn""#),
                ])
        ) { try WriteOptions(query: "dryRun=All&dryRun&fieldValidation=warn").validate(.update) }
        #expect(throws: Never.self) { try WriteOptions(query: "dryRun=All&fieldValidation=Ignore").validate(.create) }
    }

    @Test func aPatchMayNameForceOnlyWhenItApplies() {
        let forced = WriteOptions(query: "force=false")
        #expect(throws: APIError.self) { try forced.validate(.patch) }
        #expect(throws: Never.self) {
            try WriteOptions(query: "force=true&fieldManager=me").validate(.patch, applyPatch: true)
        }
        #expect(throws: APIError.self) { try WriteOptions(query: "").validate(.patch, applyPatch: true) }
    }

    @Test func theWarningHeaderEscapesOnlyQuotesAndBackslashes() {
        #expect(APIServerHTTP.warningText(#"unknown field "a\b""#) == #""unknown field \"a\\b\"""#)
        #expect(APIServerHTTP.warningText("one\n  two") == #""one   two""#)
    }
}
