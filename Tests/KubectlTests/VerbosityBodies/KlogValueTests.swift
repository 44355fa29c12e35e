import Testing

@testable import Kubectl

@Suite("klog's structured string values and client-go's cut of logged bodies")
struct KlogValueTests {
    @Test("a value without a line break is quoted as strconv.Quote quotes it")
    func quoted() {
        #expect(KlogValue.string("") == "=\"\"")
        #expect(KlogValue.string("{\"kind\":\"Pod\"}") == "=\"{\\\"kind\\\":\\\"Pod\\\"}\"")
    }

    @Test("a value with line breaks is written line by line after tabs, closed by ' >'")
    func multiLine() {
        #expect(KlogValue.string("{\"a\":1}\n") == "=<\n\t{\"a\":1}\n >")
        #expect(KlogValue.string("a\nb") == "=<\n\ta\n\tb\n >")
    }

    @Test("bodies are cut at 1024 bytes at -v=8, 10240 at -v=9, and logged whole at -v=10")
    func truncation() {
        let body = String(repeating: "x", count: 12000)
        #expect(KlogValue.truncated(body, level: 8) == String(repeating: "x", count: 1024) + " [truncated 10976 chars]")
        #expect(KlogValue.truncated(body, level: 9) == String(repeating: "x", count: 10240) + " [truncated 1760 chars]")
        #expect(KlogValue.truncated(body, level: 10) == body)
        #expect(KlogValue.truncated("short\n", level: 8) == "short\n")
    }
}
