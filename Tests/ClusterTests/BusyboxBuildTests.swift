import Cluster
import KubeAPI
import Testing

/// The busybox builds the image catalog gives the busybox image's tags.
@Suite struct BusyboxBuildTests {
    private static func busybox() throws -> ImageCatalog.Image {
        let cluster = try WorldFixture.tk8s()
        guard case .found(let image) = cluster.runtime.images.lookup("busybox:1.36") else {
            Issue.record("busybox is in the catalog")
            throw CancellationError()
        }
        return image
    }

    @Test("busybox:1.36 is docker-library's 1.36.1 glibc build: 404 applets hard-linked in /bin")
    func build136() throws {
        let build = try #require(try Self.busybox().busybox(tag: "1.36"))
        #expect(build.banner == "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)")
        #expect(build.applets.count == 404)
        #expect(!build.symbolic)
        #expect(build.applets.allSatisfy { $0.hasPrefix("/bin/") })
        #expect(build.appletNames.prefix(3) == ["[", "[[", "acpid"])
        #expect(build.appletNames.contains("true") && build.appletNames.contains("false"))
        #expect(!build.appletNames.contains("getfattr"))
        #expect(build.programs["/bin/getconf"] != nil)
        #expect(build.links["/usr/bin/env"] == "../../bin/env")
    }

    @Test("latest and 1.37 carry 1.37.0, which adds getfattr; tags without a build have none")
    func otherTags() throws {
        let image = try Self.busybox()
        let latest = try #require(image.busybox(tag: "latest"))
        #expect(latest.banner == "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC)")
        #expect(latest.size == 1_017_416)
        #expect(latest.appletNames.contains("getfattr"))
        #expect(latest.applets.count == 405)
        #expect(image.busybox(tag: "1.28") == nil)
    }

    @Test("the banner applets print is the tag's build's, or 1.36.1's for a tag the catalog gives no build")
    func banner() throws {
        let image = try Self.busybox()
        #expect(image.busyboxBanner(tag: "latest") == "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC)")
        #expect(image.busyboxBanner(tag: "stable") == "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)")
        #expect(image.busyboxBanner(tag: "1.28") == BusyboxBuild.fallbackBanner)
    }
}
