import KubeAPI
import Synchronization

/// A world's field schema (`catalog/openapi.yaml`), read the first time something asks for it:
/// it is the largest file of a world, and a session starts long before it needs field types.
public final class SchemaFile: Sendable {
    private let path: String?
    private let loaded: Mutex<APISchema?>

    /// The schema of the file at `path`; none gives the empty schema.
    public init(path: String?) {
        self.path = path
        loaded = Mutex(nil)
    }

    /// A schema already in memory.
    public init(_ schema: APISchema) {
        path = nil
        loaded = Mutex(schema)
    }

    /// The schema; a file that cannot be read or parsed gives the empty one (`read()` says why).
    public var schema: APISchema {
        loaded.withLock { cached in
            if let cached { return cached }
            let schema = (try? read()) ?? APISchema()
            cached = schema
            return schema
        }
    }

    /// Reads and parses the file, with the error a broken one gives.
    public func read() throws(World.LoadError) -> APISchema {
        guard let path else { return APISchema() }
        let document = try World.document(at: path)
        do {
            return try APISchema(document: document)
        } catch {
            throw World.LoadError(description: "\(path): \(error.message)")
        }
    }
}
