import Cluster
import Kubectl
import Testing

@testable import Shell

/// The tk8s world's directory, found from this file's place in the repository.
let tk8sWorldDirectory: String = {
    var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    path.removeLast(3)
    return path.joined(separator: "/") + "/lessons/worlds/tk8s"
}()

/// A host lab on the tk8s world after `lines` ran at its prompt.
func tk8sLab(after lines: [String]) throws -> HostLab {
    let lab = HostLab(world: try World.load(directory: tk8sWorldDirectory))
    for line in lines { _ = lab.run(line, sink: OutputBuffer()) }
    return lab
}

/// One line at the lab's prompt: what it printed on each stream, and its status.
func run(_ lab: HostLab, _ line: String) -> (out: String, err: String, status: Int32) {
    let buffer = OutputBuffer()
    let status = lab.run(line, sink: buffer).status
    return (buffer.stdout, buffer.stderr, status)
}
