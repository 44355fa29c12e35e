import KubeAPI
import Testing

@testable import Kubectl

/// How the errors kubectl's resource builder gathers from manifests print: alone as `checkErr`
/// prints an aggregate, beside a verb's own failures as one `Error()` line.
@Suite("gathered manifest errors")
struct GatheredManifestErrorsTests {
    private let widget = "unable to recognize no matches for kind \"Widget\" in version \"v1\""
    private let gadget = "unable to recognize no matches for kind \"Gadget\" in version \"example.com/v1\""

    @Test("one list's failures are a line each; several lists a line per list")
    func lines() {
        #expect(ListItemFailures(groups: [[widget, gadget]]).lines == [widget, gadget])
        #expect(ListItemFailures(groups: [[widget, gadget], [widget]]).lines == ["[\(widget), \(gadget)]", widget])
    }

    @Test("Error() brackets several messages and names each once")
    func errorText() {
        #expect(ListItemFailures(groups: [[widget]]).errorText == widget)
        #expect(ListItemFailures(groups: [[widget, gadget], [widget]]).errorText == "[\(widget), \(gadget)]")
    }

    @Test("a server error alone keeps kubectl's wording; beside others only Go's text")
    func serverErrors() {
        var errors = BuilderErrors()
        errors.append(APIError(reason: "NotFound", message: "configmaps \"nope\" not found", code: 404))
        #expect(errors.linesAlone == ["Error from server (NotFound): configmaps \"nope\" not found"])
        #expect(errors.errorText == "configmaps \"nope\" not found")
        errors.entries.append(.list([BuilderErrors.Message(plain: widget)]))
        #expect(errors.linesAlone == ["Error from server (NotFound): configmaps \"nope\" not found", widget])
    }

    @Test("a plain error alone is kubectl's error: line")
    func plainAlone() {
        var errors = BuilderErrors()
        errors.append(KubectlFailure.error("resource mapping not found"))
        #expect(errors.linesAlone == ["error: resource mapping not found"])
    }
}
