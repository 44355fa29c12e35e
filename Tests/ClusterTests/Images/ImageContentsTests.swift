import Cluster
import KubeAPI
import Testing

/// What the image catalog says is inside an image: shell, network tools, own files and pages.
@Suite("Image catalog: one entry per image, with what is inside it")
struct ImageContentsTests {
    @Test("the tk8s catalog gives nginx its shell, curl, files and a page served from a file")
    func nginxEntry() throws {
        let cluster = try WorldFixture.tk8s()
        let nginx = try #require(cluster.runtime.images.entry(for: "nginx:1.27"))
        #expect(nginx.shell == "dash")
        #expect(nginx.tools["curl"] == "7.88.1")
        let index = try #require(nginx.files.first { $0.path == "/usr/share/nginx/html/index.html" })
        #expect(index.content.utf8.count == 615)
        #expect(nginx.filesModified == 0x67ffa8c7)
        #expect(nginx.pages.first?.file == "/usr/share/nginx/html/index.html")
        let busybox = try #require(cluster.runtime.images.entry(for: "busybox"))
        #expect(busybox.shell == "busybox" && busybox.tools["wget"] == "busybox")
        #expect(!busybox.files.contains { $0.path == "/etc/os-release" })
    }

    @Test("an Alpine tag is its entry's variant: busybox ash as sh, no bash, Alpine's release files")
    func alpineVariants() throws {
        let images = try WorldFixture.tk8s().runtime.images
        let alpine = try #require(images.lookup("nginx:1.27.4-alpine").found)
        #expect(alpine.shell == "busybox" && alpine.userland == .busybox && !alpine.programs.contains("bash"))
        #expect(alpine.files.contains { $0.path == "/etc/alpine-release" })
        #expect(alpine.files.contains { $0.path == "/usr/share/nginx/html/index.html" })
        #expect(alpine.environment(tag: "1.27.4-alpine").map(\.name)
            == ["PATH", "NGINX_VERSION", "PKG_RELEASE", "DYNPKG_RELEASE", "NJS_VERSION", "NJS_RELEASE"])
        #expect(images.entry(for: "nginx:1.27")?.shell == "dash")
        #expect(images.entry(for: "redis:alpine")?.shell == "busybox" && images.entry(for: "postgres:alpine")?.shell == "busybox")
        #expect(images.entry(for: "mysql:8.4")?.shell == "bash")
    }

    @Test("a files entry must map absolute paths to text, a page needs a status")
    func formatErrors() {
        let badFiles: JSONValue = ["images": [["repository": "x", "tags": ["1"], "files": ["etc/x": "y"]]]]
        #expect(throws: ImageCatalog.FormatError.self) { try ImageCatalog(document: badFiles) }
        let badPage: JSONValue = ["images": [["repository": "x", "tags": ["1"], "pages": [["paths": ["/"]]]]]]
        #expect(throws: ImageCatalog.FormatError.self) { try ImageCatalog(document: badPage) }
        let badDate: JSONValue = ["images": [["repository": "x", "tags": ["1"], "filesDate": "yesterday"]]]
        #expect(throws: ImageCatalog.FormatError.self) { try ImageCatalog(document: badDate) }
    }

    @Test("a static page is the file the server reads: its bytes, Last-Modified and ETag; gone, 404 (403 for nginx's index)")
    func servedFromFile() throws {
        let cluster = try WorldFixture.tk8s()
        let nginx = try #require(cluster.runtime.images.lookup("nginx").found)
        let server = ReachedServer(
            pod: KubeObject(["metadata": ["name": "web"]]), container: "web", image: "nginx", port: 80,
            server: nginx.server, elapsedMilliseconds: 1000)
        let original = try #require(cluster.httpResponse(of: server, target: "/"))
        #expect(original.status == 200 && original.body.hasPrefix("<!DOCTYPE html>"))
        #expect(original.headers.contains("ETag: \"67ffa8c7-267\""))
        let edited = try #require(cluster.httpResponse(of: server, target: "/index.html") { path in
            path == "/usr/share/nginx/html/index.html" ? ServedFile(content: "hi\n", modified: 0x10) : nil
        })
        #expect(edited.body == "hi\n")
        #expect(edited.headers.contains("ETag: \"10-3\""))
        #expect(edited.headers.contains("Last-Modified: Thu, 01 Jan 1970 00:00:16 GMT"))
        let gone = try #require(cluster.httpResponse(of: server, target: "/index.html") { _ in nil })
        #expect(gone.status == 404 && gone.statusLine == "HTTP/1.1 404 Not Found")
        // The root directory is there, without its index.
        let noIndex = try #require(cluster.httpResponse(of: server, target: "/") { path in
            path == "/usr/share/nginx/html/" ? ServedFile(content: "", modified: 0, isDirectory: true) : nil
        })
        #expect(noIndex.statusLine == "HTTP/1.1 403 Forbidden" && noIndex.body.contains("<h1>403 Forbidden</h1>"))
    }
}

extension ImageCatalog.Lookup {
    fileprivate var found: ImageCatalog.Image? {
        if case .found(let image) = self { image } else { nil }
    }
}

@Suite("An image's files as its tag carries them")
struct ImageTagFilesTests {
    @Test("Alpine's release files name each tag's point release; braces that are no placeholder stay")
    func alpineRelease() throws {
        let cluster = try WorldFixture.tk8s()
        let alpine = try #require(cluster.runtime.images.entry(for: "alpine"))
        #expect(alpine.files(tag: "3.20").first { $0.path == "/etc/alpine-release" }?.content == "3.20.6\n")
        let release = try #require(alpine.files(tag: "latest").first { $0.path == "/etc/os-release" }).content
        #expect(release.contains("VERSION_ID=3.21.3\nPRETTY_NAME=\"Alpine Linux v3.21\"\n"))
        let nginx = try #require(cluster.runtime.images.entry(for: "nginx"))
        #expect(nginx.files(tag: "latest") == nginx.files)
    }
}
