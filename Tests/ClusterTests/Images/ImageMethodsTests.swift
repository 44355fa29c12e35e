import Cluster
import KubeAPI
import Testing

/// How an image's server answers methods other than GET, from the catalog's `serves.methods`.
@Suite("Image catalog: the methods a server refuses")
struct ImageMethodsTests {
    @Test("nginx refuses a POST only where a GET finds the file, every other method always")
    func nginx() throws {
        let cluster = try WorldFixture.tk8s()
        let server = try #require(cluster.runtime.images.entry(for: "nginx:1.27")?.server)
        #expect(server.status(of: "POST", whereGetGets: 200) == 405)
        #expect(server.status(of: "POST", whereGetGets: 404) == 404)
        #expect(server.status(of: "POST", whereGetGets: 301) == 301)
        #expect(server.status(of: "PUT", whereGetGets: 404) == 405)
        #expect(server.status(of: "HEAD", whereGetGets: 200) == 200)
        #expect(server.status(of: "GET", whereGetGets: 403) == 403)
    }

    @Test("a server without methods answers every one as a GET")
    func withoutMethods() {
        #expect(ImageServer().status(of: "DELETE", whereGetGets: 200) == 200)
    }
}
