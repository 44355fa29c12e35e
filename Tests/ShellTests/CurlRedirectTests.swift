import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

@Suite("curl's redirects: nginx's directory redirect, -L following it, and the limit on redirects")
struct CurlRedirectTests {
    /// A lab with nginx `web` (a `docs` directory in its root) behind Service `web` on port 8080.
    private func lab() throws -> HostLab {
        try tk8sLab(after: [
            "kubectl run web --image=nginx:1.27 --labels=app=web", "kubectl expose pod web --port=8080 --target-port=80",
            "kubectl run tools --image=nginx:1.27", "sleep 20",
            "kubectl exec web -- sh -c 'mkdir /usr/share/nginx/html/docs; echo hello > /usr/share/nginx/html/docs/index.html'",
        ])
    }

    @Test("a directory without its slash is nginx's 301 to the Host header's name on the port nginx listens on")
    func directoryRedirect() throws {
        let lab = try lab()
        let answer = run(lab, "kubectl exec tools -- curl -si web:8080/docs?x=1")
        let lines = answer.out.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "HTTP/1.1 301 Moved Permanently")
        #expect(lines.contains("Location: http://web/docs/?x=1") && lines.contains("Content-Length: 169"))
        #expect(answer.out.hasSuffix("<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n"))
        // The directory with its slash is its index file.
        #expect(run(lab, "kubectl exec tools -- curl -s web:8080/docs/").out == "hello\n")
        #expect(run(lab, "kubectl exec tools -- curl -s -w %{redirect_url} -o /dev/null web:8080/docs").out == "http://web/docs/")
    }

    @Test("-L follows the Location, showing each response's headers with -i and only the last body")
    func follow() throws {
        let lab = try lab()
        let podIP = try lab.cluster.get(.pods, namespace: "default", name: "web")[path: "status.podIP"].string ?? ""
        let answer = run(lab, "kubectl exec tools -- curl -sLi \(podIP)/docs")
        #expect(answer.status == 0)
        #expect(answer.out.hasPrefix("HTTP/1.1 301 Moved Permanently\r\n"))
        #expect(answer.out.contains("\r\n\r\nHTTP/1.1 200 OK\r\n") && answer.out.hasSuffix("\r\n\r\nhello\n"))
        #expect(!answer.out.contains("301 Moved Permanently</h1>"))
        #expect(run(lab, "kubectl exec tools -- curl -sL -o /dev/null -w %{num_redirects} \(podIP)/docs").out == "1")
    }

    @Test("past --max-redirs curl stops with its error 47")
    func limit() throws {
        let lab = try lab()
        let answer = run(lab, "kubectl exec tools -- curl -sSL --max-redirs 0 web:8080/docs")
        #expect(answer.err == "curl: (47) Maximum (0) redirects followed\ncommand terminated with exit code 47\n")
    }

    @Test("a Location is read against the URL curl asked for")
    func resolving() throws {
        let target = try #require(URLTarget("http://web:8080/a/b?c=d"))
        #expect(target.resolving("/x/") == "http://web:8080/x/")
        #expect(target.resolving("y") == "http://web:8080/a/y")
        #expect(target.resolving("https://other/z") == "https://other/z")
        #expect(target.resolving("//other/z") == "http://other/z")
        #expect(try #require(URLTarget("web")).resolving("/docs/") == "http://web/docs/")
    }

    @Test("-L and --max-redirs are options curl reads")
    func parse() throws {
        guard case .success(let options) = CurlCommand.parse(["-sL", "--max-redirs", "3", "web"]) else {
            Issue.record("did not parse")
            return
        }
        #expect(options.follow && options.maxRedirects == 3)
        guard case .failure(let problem) = CurlCommand.parse(["--max-redirs", "x", "web"]) else { Issue.record("accepted x"); return }
        #expect(problem.text == "option --max-redirs: expected a proper numerical parameter")
    }
}

@Suite("A server's document root: which file a path names")
struct StaticRootTests {
    private let root: StaticRoot = {
        var root = StaticRoot(directory: "/srv")
        root.index = ["index.html", "index.htm"]
        root.types = ["html": "text/html", "txt": "text/plain"]
        return root
    }()

    private func read(_ path: String) -> ServedFile? {
        switch path {
        case "/srv/", "/srv/docs/", "/srv/docs", "/srv/empty", "/srv/empty/": ServedFile(content: "", modified: 0, isDirectory: true)
        case "/srv/docs/index.htm", "/srv/a.txt", "/srv/blob": ServedFile(content: "x", modified: 0)
        default: nil
        }
    }

    @Test("a directory is its first index file with its slash, a redirect without it, forbidden without an index")
    func outcomes() {
        #expect(root.outcome(for: "/docs/", read: read) == .file("/srv/docs/index.htm"))
        #expect(root.outcome(for: "/docs", read: read) == .redirect)
        #expect(root.outcome(for: "/empty/", read: read) == .forbidden)
        #expect(root.outcome(for: "/a.txt", read: read) == .file("/srv/a.txt"))
        #expect(root.outcome(for: "/nothing/", read: read) == .missing && root.outcome(for: "/nothing", read: read) == .missing)
    }

    @Test("a file's type comes from its extension, the default type without a listed one")
    func types() {
        #expect(root.contentType(of: "/srv/a.TXT") == "text/plain" && root.contentType(of: "/srv/blob") == "application/octet-stream")
    }
}
