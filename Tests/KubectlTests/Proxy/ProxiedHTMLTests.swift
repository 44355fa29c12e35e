import Cluster
import Testing

@testable import Kubectl

/// The apiserver proxy's page rewriting, case by case as apimachinery's transport and
/// x/net/html's tokenizer treat them.
@Suite struct ProxiedHTMLTests {
    static let prefix = "/api/v1/namespaces/default/pods/web/proxy"
    static let links = ProxyLinkRewriter(sourceHost: "10.244.1.5:80", requestHost: "172.22.0.1:6443", pathPrepend: prefix)

    static let cases: [(String, String)] = [
        // Links on the target's own host, by path or by its address, get the proxy's path.
        (#"<a href="/foo">x</a>"#, #"<a href="\#(prefix)/foo">x</a>"#),
        (#"<a href="http://10.244.1.5:80/x/?q=1#top">"#, #"<a href="\#(prefix)/x/?q=1#top">"#),
        (#"<link rel=stylesheet href=/s.css>"#, #"<link rel="stylesheet" href="\#(prefix)/s.css">"#),
        // A link to the host the client asked for keeps that scheme and host.
        (#"<a href="https://172.22.0.1:6443/x">"#, #"<a href="https://172.22.0.1:6443\#(prefix)/x">"#),
        // Other hosts, relative paths, fragments and what already has the prefix stay.
        (#"<a href="http://nginx.org/">nginx.org</a>"#, #"<a href="http://nginx.org/">nginx.org</a>"#),
        (#"<img src="logo.png">"#, #"<img src="logo.png">"#),
        (##"<a href="#top">"##, ##"<a href="#top">"##),
        (#"<a href="\#(prefix)/y">"#, #"<a href="\#(prefix)/y">"#),
        // What url.Parse refuses stays as written.
        (#"<a href="/%zz">"#, #"<a href="/%zz">"#),
        // The rewritten path is escaped as Go writes a path; the query as it came.
        (#"<a href="/a b">"#, #"<a href="\#(prefix)/a%20b">"#),
        (#"<a href="/q?a=1&b=2">"#, #"<a href="\#(prefix)/q?a=1&amp;b=2">"#),
        // Start tags are written back the tokenizer's way, URL attributes or not.
        (#"<A HREF='/x/' CLASS=big>"#, #"<a href="\#(prefix)/x/" class="big">"#),
        (#"<p title='say "hi"' hidden>"#, #"<p title="say &#34;hi&#34;" hidden="">"#),
        ("<br />", "<br/>"),
        (#"<div data-x="&lt;&amp;&#65;&#x42;&copy">"#, #"<div data-x="&lt;&amp;AB©">"#),
        // Only start tags change: end tags, comments, doctypes and script text pass as they are.
        ("</A >", "</A >"),
        (#"<!-- <a href="/x"> -->"#, #"<!-- <a href="/x"> -->"#),
        ("<!DOCTYPE html>", "<!DOCTYPE html>"),
        (#"<script>document.write('<a href="/x">')</script>"#, #"<script>document.write('<a href="/x">')</script>"#),
        (#"<title><a href="/x"></title><a href=/y>"#, #"<title><a href="/x"></title><a href="\#(prefix)/y">"#),
        ("a < b and c<3", "a < b and c<3"),
        // A tag the page leaves unfinished ends the page.
        (#"<p>hi</p><a href="/x""#, "<p>hi</p>"),
    ]

    @Test(arguments: cases) func rewritesAsTheTransportDoes(_ page: String, _ expected: String) {
        #expect(ProxiedHTML(rewrite: Self.links.rewrite)(page) == expected)
    }

    @Test func nginxsDefaultPageComesThroughUnchanged() {
        let page = """
            <!DOCTYPE html>
            <html>
            <head>
            <title>Welcome to nginx!</title>
            <style>
            html { color-scheme: light dark; }
            </style>
            </head>
            <body>
            <p>For online documentation and support please refer to
            <a href="http://nginx.org/">nginx.org</a>.<br/>
            Commercial support is available at
            <a href="http://nginx.com/">nginx.com</a>.</p>
            </body>
            </html>

            """
        #expect(ProxiedHTML(rewrite: Self.links.rewrite)(page) == page)
    }

    @Test func theProxyPrefixIsTheRequestPathLessTheTargetPath() {
        #expect(ProxyLinkRewriter.pathPrepend(requestPath: Self.prefix + "/a/b/", targetPath: "/a/b") == Self.prefix)
        #expect(ProxyLinkRewriter.pathPrepend(requestPath: Self.prefix + "/", targetPath: "/") == Self.prefix)
        #expect(ProxyLinkRewriter.pathPrepend(requestPath: Self.prefix + "/a//b", targetPath: "/a/b") == Self.prefix + "/a//b")
    }

    @Test func aRedirectIsRewrittenAndAPageThatIsNotHTMLIsNot() throws {
        let redirect = HTTPResponse(status: 302, headers: ["location: /login", "Content-Type: text/html", "Content-Length: 0"], body: "")
        guard case .response(let moved, _) = ProxyRoundTrip.passedOn(redirect, links: Self.links) else { Issue.record(); return }
        #expect(moved.headers == ["Location: \(Self.prefix)/login", "Content-Type: text/html", "Content-Length: 0"])

        let text = HTTPResponse(status: 200, headers: ["Content-Type: text/plain", "Content-Length: 14"], body: "<a href=/x>\n")
        guard case .response(let plain, let known) = ProxyRoundTrip.passedOn(text, links: Self.links) else { Issue.record(); return }
        #expect(plain.body == "<a href=/x>\n" && known && plain.headers.contains("Content-Length: 14"))

        let page = HTTPResponse(
            status: 200, headers: ["Server: nginx", "Content-Type: text/html; charset=utf-8", "Content-Length: 11", "Connection: keep-alive", "ETag: \"1\""],
            body: "<a href=/x>")
        guard case .response(let html, let length) = ProxyRoundTrip.passedOn(page, links: Self.links) else { Issue.record(); return }
        #expect(html.body == #"<a href="\#(Self.prefix)/x">"#)
        #expect(length && html.headers == ["Server: nginx", "Content-Type: text/html; charset=utf-8", "Etag: \"1\""])
    }
}
