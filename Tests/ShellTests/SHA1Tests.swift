import Testing

@testable import Shell

/// SHA-1, against the digests sha1sum prints.
@Suite("SHA-1")
struct SHA1Tests {
    @Test("known digests, including a pod's NAMESPACE.POD key and a message past one block")
    func digests() {
        #expect(SHA1.hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(SHA1.hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(SHA1.hex("kube-system.coredns-abc") == "3d5d6ab04b5152ac04d8dae168ae9bf78b243ba0")
        #expect(
            SHA1.hex(String(repeating: "a", count: 100)) == "7f9000257a4918d7072655ea468540cdcbd42e0c")
    }
}
