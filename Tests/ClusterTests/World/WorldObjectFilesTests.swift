import Cluster
import Foundation
import KubeAPI
import Testing

@Suite("A world's object files, read on every core")
struct WorldObjectFilesTests {
    @Test("the lab starts with every object of its files, in file and document order")
    func objectsKeepTheirOrder() throws {
        let world = try World.load(directory: WorldFixture.directory)
        var expected: [String] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: WorldFixture.directory)
            .filter { $0.hasSuffix(".yaml") && $0 != "world.yaml" }.sorted()
        for file in files {
            let text = try String(contentsOfFile: "\(WorldFixture.directory)/\(file)", encoding: .utf8)
            expected += try YAMLDecoding.documents(text).map { Self.identity(KubeObject($0)) }
        }
        #expect(expected.count > 200)
        #expect(world.objects.map(Self.identity) == expected)
    }

    @Test("a broken document is reported with its file and the line counted from the file's start")
    func brokenDocumentNamesItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("taroko-world-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: "\(WorldFixture.directory)/world.yaml", toPath: "\(directory)/world.yaml")
        let broken = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: one
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: "two
            """
        try broken.write(toFile: "\(directory)/extra.yaml", atomically: true, encoding: .utf8)
        let whole = try #require(throws: YAMLDecoding.DecodeError.self) { try YAMLDecoding.documents(broken) }
        #expect(whole.message.hasPrefix("line "))
        let error = try #require(throws: World.LoadError.self) { try World.load(directory: directory) }
        #expect(error.description == "\(directory)/extra.yaml: \(whole.message)")
    }

    private static func identity(_ object: KubeObject) -> String {
        "\(object.kind) \(object.namespace ?? "")/\(object.name)"
    }
}
