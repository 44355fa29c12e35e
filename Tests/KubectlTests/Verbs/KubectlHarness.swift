import Cluster
import KubeAPI
import Kubectl

/// kubectl against a fresh tk8s world, capturing what each command prints.
final class KubectlHarness {
    let cluster: Cluster
    let kubectl: Kubectl

    init() throws {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast(4)
        let world = try World.load(directory: path.joined(separator: "/") + "/lessons/worlds/tk8s")
        cluster = Cluster(world: world)
        kubectl = Kubectl(cluster: cluster)
    }

    /// Runs `kubectl ARGS` and returns (stdout, stderr, exit code).
    func run(_ arguments: String...) -> (out: String, err: String, code: Int32) { run(arguments) }

    /// Runs `kubectl` with an argument list.
    func run(_ arguments: [String]) -> (out: String, err: String, code: Int32) {
        let buffer = OutputBuffer()
        let code = kubectl.run(arguments, io: IOStreams(sink: buffer))
        return (buffer.stdout, buffer.stderr, code)
    }
}
