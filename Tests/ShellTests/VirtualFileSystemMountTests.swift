import Testing

@testable import Shell

@Suite("Bind mounts: one directory seen from two file trees")
struct VirtualFileSystemMountTests {
    @Test("writes on either side are seen on the other; removing the source's parent leaves the mount's copy alone")
    func bind() {
        let node = VirtualFileSystem()
        let pod = VirtualFileSystem()
        node.makeDirectory("/srv/data", mode: 0o777)
        #expect(pod.bind("/data", to: "/srv/data", in: node))
        pod.write("/data/x", "hi\n")
        #expect(node.read("/srv/data/x") == "hi\n")
        node.write("/srv/data/y", "from node\n")
        #expect(pod.list("/data") == ["x", "y"])
        #expect(pod.entry("/data")?.mode == 0o777)
        #expect(pod.isBound("/data", to: "/srv/data", in: node))
        #expect(!pod.bind("/other", to: "/missing", in: node))
        #expect(!pod.exists("/other"))
    }
}
