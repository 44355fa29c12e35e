import Testing
@testable import Kubectl

@Suite struct ProxyFilterTests {
    private func defaults() throws -> ProxyFilter {
        try ProxyFilter(
            acceptPaths: ProxyFilter.defaultAcceptPaths, rejectPaths: ProxyFilter.defaultRejectPaths,
            acceptHosts: ProxyFilter.defaultAcceptHosts, rejectMethods: ProxyFilter.defaultRejectMethods)
    }

    @Test func theDefaultsLetLoopbackHostsReadTheAPI() throws {
        let filter = try defaults()
        #expect(filter.accepts(method: "GET", path: "/api/v1/pods", hostHeader: "localhost:8001"))
        #expect(filter.accepts(method: "GET", path: "/version", hostHeader: "127.0.0.1:8001"))
        #expect(!filter.accepts(method: "GET", path: "/version", hostHeader: "example.com:8001"))
    }

    @Test func theDefaultsRefuseExecAndAttach() throws {
        let filter = try defaults()
        #expect(!filter.accepts(method: "GET", path: "/api/v1/namespaces/default/pods/web/exec", hostHeader: "localhost"))
        #expect(!filter.accepts(method: "GET", path: "/api/v1/namespaces/default/pods/web/attach", hostHeader: "localhost"))
        #expect(filter.accepts(method: "GET", path: "/api/v1/namespaces/default/pods/web/log", hostHeader: "localhost"))
    }

    /// `net.SplitHostPort` strips an IPv6 address's brackets, so the default `^\[::1\]$` only
    /// matches a Host header without a port.
    @Test func hostsAreMatchedWithoutTheirPort() {
        #expect(ProxyFilter.host(of: "localhost:8001") == "localhost")
        #expect(ProxyFilter.host(of: "[::1]:8001") == "::1")
        #expect(ProxyFilter.host(of: "[::1]") == "[::1]")
        #expect(ProxyFilter.host(of: "localhost") == "localhost")
    }

    @Test func anEmptyFlagIsNoPatternAndRefusesEverything() throws {
        let filter = try ProxyFilter(acceptPaths: "", rejectPaths: "", acceptHosts: ".*", rejectMethods: "")
        #expect(!filter.accepts(method: "GET", path: "/version", hostHeader: "localhost"))
    }

    @Test func rejectedMethodsAreRefused() throws {
        let filter = try ProxyFilter(acceptPaths: "^.*", rejectPaths: "", acceptHosts: "^localhost$", rejectMethods: "POST,PUT")
        #expect(!filter.accepts(method: "POST", path: "/api/v1/pods", hostHeader: "localhost"))
        #expect(filter.accepts(method: "GET", path: "/api/v1/pods", hostHeader: "localhost"))
    }
}

@Suite struct GoRegexpTests {
    /// Each refusal as `regexp.Compile` words it (checked against kubectl 1.32's `proxy`).
    @Test(arguments: [
        ("[", "missing closing ]: `[`"), ("a[b", "missing closing ]: `[b`"), ("a(b", "missing closing ): `a(b`"),
        ("a)b", "unexpected ): `a)b`"), ("*a", "missing argument to repetition operator: `*`"),
        ("a|*", "missing argument to repetition operator: `*`"), ("a**", "invalid nested repetition operator: `**`"),
        ("x??*", "invalid nested repetition operator: `??*`"), ("a\\", "trailing backslash at end of expression: ``"),
        ("(?=x)", "invalid or unsupported Perl syntax: `(?=`"), ("(?<=x)", "invalid named capture: `(?<=x)`"), ("\\q", "invalid escape sequence: `\\q`"),
        ("\\1", "invalid escape sequence: `\\1`"),
    ])
    func refusals(pattern: String, message: String) {
        #expect(throws: GoRegexp.SyntaxError.self) { try GoRegexp(pattern) }
        do {
            _ = try GoRegexp(pattern)
        } catch {
            #expect(error.message == "error parsing regexp: " + message)
        }
    }

    @Test func matchingFindsAMatchAnywhere() throws {
        #expect(try GoRegexp("pods/.*/exec").matches("/api/v1/namespaces/x/pods/web/exec"))
        #expect(try GoRegexp(#"^127\.0\.0\.1$"#).matches("127.0.0.1"))
        #expect(try !GoRegexp(#"^127\.0\.0\.1$"#).matches("127.0.0.10"))
        #expect(try GoRegexp("[]a]").matches("]"))
    }
}
