import Cluster
import KubeAPI
import Testing

@Suite("A world's field schema, read on first use")
struct SchemaFileTests {
    @Test("the tk8s schema file parses, and knows the kinds kubectl explain and field validation ask for")
    func tk8sSchemaParses() throws {
        let world = try World.load(directory: WorldFixture.directory)
        let schema = try world.settings.schemaFile.read()
        #expect(schema.types["PodSpec"] != nil)
        #expect(world.settings.schema.types.count == schema.types.count)
    }

    @Test("a broken schema file names itself and its problem")
    func brokenFileIsReported() {
        let file = SchemaFile(path: "/nonexistent/catalog/openapi.yaml")
        #expect(throws: World.LoadError.self) { try file.read() }
        #expect(file.schema.types.isEmpty)
    }
}
