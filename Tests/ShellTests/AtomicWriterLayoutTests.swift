@testable import Cluster
import Testing

@testable import Shell

/// The kubelet's atomic-writer layout of a projected volume's files.
@Suite("atomic writer layout")
struct AtomicWriterLayoutTests {
    private let files = [
        ProjectedFile(path: "color", content: "blue", mode: 0o644),
        ProjectedFile(path: "conf/app.ini", content: "a=1", mode: 0o400),
    ]

    @Test("the timestamped directory is named for the UTC time of the write and some digits")
    func directoryName() {
        let layout = AtomicWriterLayout(files: files, written: 1_745_393_100, seed: "uid/colors")
        let name = layout.directoryName
        #expect(name.hasPrefix("..2025_04_23_07_25_00."))
        let digits = name.dropFirst("..2025_04_23_07_25_00.".count)
        #expect(!digits.isEmpty && digits.count <= 10 && digits.allSatisfy(\.isNumber))
        #expect(AtomicWriterLayout(files: files, written: 1_745_393_100, seed: "uid/colors").directoryName == name)
    }

    @Test("..data links to the directory; each top-level name links through ..data")
    func links() {
        let fs = VirtualFileSystem(clock: { 1_745_393_500 })
        let layout = AtomicWriterLayout(files: files, written: 1_745_393_100, seed: "s")
        layout.write(at: "/etc/colors", mode: 0o777, into: fs)
        #expect(fs.list("/etc/colors") == [layout.directoryName, "..data", "color", "conf"])
        #expect(fs.linkTarget("/etc/colors/..data") == layout.directoryName)
        #expect(fs.linkTarget("/etc/colors/color") == "..data/color")
        #expect(fs.linkTarget("/etc/colors/conf") == "..data/conf")
        #expect(fs.read("/etc/colors/conf/app.ini") == "a=1")
        #expect(fs.entry("/etc/colors/" + layout.directoryName)?.mode == 0o755)
        #expect(fs.entry("/etc/colors/color")?.mode == 0o644)
        #expect(fs.linkEntry("/etc/colors/color")?.modified == 1_745_393_100)
        #expect(fs.clock() == 1_745_393_500)
    }

    @Test("a rewrite replaces the timestamped directory and moves ..data")
    func rewrite() {
        let fs = VirtualFileSystem()
        let first = AtomicWriterLayout(files: files, written: 1_745_393_100, seed: "s")
        first.write(at: "/v", mode: 0o777, into: fs)
        let second = AtomicWriterLayout(files: [ProjectedFile(path: "color", content: "red", mode: 0o644)], written: 1_745_393_160, seed: "s")
        second.write(at: "/v", mode: 0o777, into: fs)
        #expect(fs.list("/v") == [second.directoryName, "..data", "color"])
        #expect(fs.read("/v/color") == "red")
    }
}
