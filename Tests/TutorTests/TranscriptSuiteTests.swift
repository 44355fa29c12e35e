import Foundation
import Testing
import Tutor

/// Every transcript under `transcripts/`, replayed against the real simulated lab.
@Suite("Transcripts replay byte for byte")
struct TranscriptSuiteTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let files: [String] = {
        let base = root.appendingPathComponent("transcripts").path
        let found = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".t") }.sorted()
    }()

    @Test("there are transcripts to replay")
    func transcriptsExist() {
        #expect(Self.files.contains("seed/service-discovery.t"))
        #expect(Self.files.contains("lessons/service-discovery.t"))
    }

    @Test("transcript replays exactly", arguments: files)
    func replays(_ relativePath: String) throws {
        let path = Self.root.appendingPathComponent("transcripts/\(relativePath)").path
        let transcript = try Transcript(parsing: try String(contentsOfFile: path, encoding: .utf8), file: path)
        let worlds = Self.root.appendingPathComponent("lessons/worlds").path
        let replayer = Replayer(
            course: Course.load(directory: Self.root.appendingPathComponent("lessons")),
            labFactory: { world in try makeLab(world: world, clock: .manual, worldsDirectory: worlds) })
        let outcome = replayer.replay(transcript, file: relativePath)
        #expect(outcome.matches, "\(outcome.diff)")
    }
}
