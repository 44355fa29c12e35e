import Testing

@testable import Kubectl

@Suite("tar streams as kubectl cp and tar pass them")
struct TarArchiveTests {
    @Test("members survive a round trip, directories and UTF-8 contents included")
    func roundTrip() throws {
        let archive = TarArchive(members: [
            .init(name: "site", isDirectory: true, mode: 0o755, modified: 100),
            .init(name: "site/index.html", mode: 0o644, contents: "<h1>中文</h1>\n", modified: 200),
        ])
        let decoded = try #require(TarArchive.decode(archive.encoded))
        #expect(decoded.members.map(\.name) == ["site/", "site/index.html"])
        #expect(decoded.members[1].contents == "<h1>中文</h1>\n")
        #expect(decoded.members[1].mode == 0o644 && decoded.members[1].modified == 200)
        #expect(decoded.members[0].isDirectory)
    }

    @Test("blocks of 512 bytes: a header, the padded contents, two empty blocks")
    func layout() {
        let encoded = Array(TarArchive(members: [.init(name: "a", contents: "x")]).encoded.utf8)
        #expect(encoded.count == 512 * 4)
        #expect(String(decoding: encoded[257..<262], as: UTF8.self) == "ustar")
        #expect(encoded[156] == UInt8(ascii: "0"))
        #expect(encoded[512] == UInt8(ascii: "x"))
    }

    @Test("a name longer than 100 bytes goes partly into the ustar prefix")
    func longNames() throws {
        let name = String(repeating: "d/", count: 60) + "file.txt"
        let decoded = try #require(TarArchive.decode(TarArchive(members: [.init(name: name)]).encoded))
        #expect(decoded.members.map(\.name) == [name])
    }

    @Test("what is not a tar stream is refused; an empty one holds nothing")
    func refusals() {
        #expect(TarArchive.decode("hello") == nil)
        #expect(TarArchive.decode(String(repeating: "x", count: 1024)) == nil)
        #expect(TarArchive.decode("")?.members == [])
    }
}
