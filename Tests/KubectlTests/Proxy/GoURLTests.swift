import Testing

@testable import Kubectl

/// Go's `url.Parse` and `URL.String`, as far as the proxy's link rewriting reads them.
@Suite struct GoURLTests {
    static let roundTrips = [
        "http://10.244.1.5:80/x/?q=1#top", "mailto:someone@example.com", "//host/p", "http:/foo", "/a%2Fb", "/a b?c d",
        "./a:b", "?only=query", "#frag ment", "*",
    ]

    @Test(arguments: roundTrips) func writesBackWhatItRead(_ text: String) throws {
        let url = try #require(GoURL(text))
        let written = ["/a b?c d": "/a%20b?c d", "#frag ment": "#frag%20ment"][text] ?? text
        #expect(url.string == written)
    }

    @Test func itReadsTheParts() throws {
        let url = try #require(GoURL("HTTP://user@10.244.1.5:80/p%20q?x=1#f"))
        #expect([url.scheme, url.user ?? "", url.host, url.path, url.rawQuery, url.fragment] == ["http", "user", "10.244.1.5:80", "/p q", "x=1", "f"])
        #expect(GoURL("mailto:x")?.opaque == "x")
        #expect(GoURL("http:/foo")?.omitHost == true)
    }

    @Test func itRefusesWhatGoRefuses() {
        for text in [":x", "a b:c", "/%zz", "http://host:port/", "http://[::1/", "/a\u{7F}b", "#%g0"] {
            #expect(GoURL(text) == nil, "\(text)")
        }
    }

    @Test func aChangedPathIsEscapedAnew() throws {
        var url = try #require(GoURL("/a%2Fb"))
        #expect(url.path == "/a/b" && url.escapedPath == "/a%2Fb")
        url.path = "/p" + url.path
        #expect(url.string == "/p/a/b")
    }
}
