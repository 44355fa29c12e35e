import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// `kubectl proxy --www`: Go's file server over the host's files.
@Suite struct StaticFilesTests {
    /// Files in memory, modified at one second past the epoch's first day.
    final class MemoryFiles: LocalFiles {
        var files: [String: String] = [:]
        var directories: Set<String> = []

        func stat(_ path: String) -> LocalFileInfo? {
            if directories.contains(path) { return LocalFileInfo(isDirectory: true, mode: 0o755, modified: 86_401) }
            return files[path].map { _ in LocalFileInfo(isDirectory: false, mode: 0o644, modified: 86_401) }
        }
        func read(_ path: String) -> String? { files[path] }
        func list(_ directory: String) -> [String] {
            (Array(files.keys) + directories).filter { $0.hasPrefix(directory + "/") && !$0.dropFirst(directory.count + 1).contains("/") }
                .map { String($0.dropFirst(directory.count + 1)) }.sorted()
        }
        func makeDirectories(_ path: String) -> String? { nil }
        func create(_ path: String, _ contents: String) -> String? { nil }
    }

    private let date = "Wed, 23 Apr 2025 07:25:00 GMT"

    private func server(_ files: MemoryFiles) -> StaticFiles {
        files.directories = ["/site", "/site/docs"]
        files.files["/site/docs/a.txt"] = "plain"
        files.files["/site/docs/page.html"] = "<p>hi</p>"
        files.files["/site/docs/b&c"] = "<!DOCTYPE html><title>x</title>"
        return StaticFiles(prefix: "/static/", base: "/site", files: files)
    }

    @Test func aFileComesWithItsTypeLengthAndTime() {
        let files = MemoryFiles()
        let response = server(files).respond(method: "GET", path: "/static/docs/a.txt", query: "", date: date)
        #expect(response.status == 200 && response.body == "plain")
        #expect(response.headers == [
            "Accept-Ranges: bytes", "Content-Length: 5", "Content-Type: text/plain; charset=utf-8",
            "Last-Modified: Fri, 02 Jan 1970 00:00:01 GMT", "Date: \(date)",
        ])
        let head = server(files).respond(method: "HEAD", path: "/static/docs/page.html", query: "", date: date)
        #expect(head.body.isEmpty && head.headers.contains("Content-Type: text/html; charset=utf-8") && head.headers.contains("Content-Length: 9"))
    }

    @Test func aDirectoryIsListedSortedWithItsNamesEscaped() {
        // The server holds its files weakly, as kubectl holds the host's.
        let files = MemoryFiles()
        let response = server(files).respond(method: "GET", path: "/static/docs/", query: "", date: date)
        #expect(response.body == """
            <!doctype html>
            <meta name="viewport" content="width=device-width">
            <pre>
            <a href="a.txt">a.txt</a>
            <a href="b&c">b&amp;c</a>
            <a href="page.html">page.html</a>
            </pre>

            """)
        #expect(response.headers.first == "Content-Type: text/html; charset=utf-8")
    }

    @Test func pathsAreRedirectedToTheirCanonicalForm() {
        let files = MemoryFiles()
        func location(_ path: String, _ query: String = "") -> String? {
            let response = server(files).respond(method: "GET", path: path, query: query, date: date)
            return response.status == 301 ? response.headers.first : nil
        }
        #expect(location("/static/docs") == "Location: docs/")
        #expect(location("/static/docs/a.txt/") == "Location: ../a.txt")
        #expect(location("/static/docs/index.html", "x=1") == "Location: ./?x=1")
        #expect(server(files).respond(method: "GET", path: "/static/nope", query: "", date: date).body == "404 page not found\n")
    }

    @Test func anIndexPageStandsForItsDirectory() {
        let files = MemoryFiles()
        let served = server(files)
        files.files["/site/index.html"] = "<h1>home</h1>"
        #expect(served.respond(method: "GET", path: "/static/", query: "", date: date).body == "<h1>home</h1>")
    }

    @Test func typesComeFromGosTableOrTheContent() {
        #expect(GoMIME.type(forExtensionOf: "x.JSON") == "application/json")
        #expect(GoMIME.type(forExtensionOf: "x.yaml") == nil)
        #expect(GoMIME.sniff("  <HTML><body>") == "text/html; charset=utf-8")
        #expect(GoMIME.sniff("<?xml version=\"1.0\"?>") == "text/xml; charset=utf-8")
        #expect(GoMIME.sniff("a\u{01}b") == "application/octet-stream")
        #expect(GoMIME.sniff("kind: Pod\n") == "text/plain; charset=utf-8")
    }

    @Test func theLongerPatternWins() {
        let files = StaticFiles(prefix: "/static/", base: "/site", files: nil)
        #expect(files.serves("/static/x", apiPrefix: "/"))
        #expect(!files.serves("/api/v1", apiPrefix: "/"))
        #expect(!StaticFiles(prefix: "/", base: "/site", files: nil).serves("/api/x", apiPrefix: "/api/"))
    }
}
