import Cluster
import KubeAPI

/// The tk8s world shipped in `lessons/worlds/tk8s`, loaded fresh for each test.
enum WorldFixture {
    static let directory: String = {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast(3)
        return path.joined(separator: "/") + "/lessons/worlds/tk8s"
    }()

    static func tk8s() throws -> Cluster {
        Cluster(world: try World.load(directory: directory))
    }
}
