import Cluster
import KubeAPI
import Kubectl

/// `podman images [-q] [--no-trunc]`: root's image store (the learner's rootless store is empty),
/// newest first, in podman's report table: REPOSITORY, TAG, IMAGE ID, CREATED, SIZE.
struct PodmanImages {
    let cluster: Cluster
    let images: [HostImage]

    func run(_ arguments: [String], io: IOStreams) -> Int32 {
        var quiet = false
        var noTrunc = false
        for argument in arguments {
            switch argument {
            case "-q", "--quiet": quiet = true
            case "--no-trunc": noTrunc = true
            case "-a", "--all": continue
            default:
                io.err(PodmanCommand.unknownFlag(argument, command: "images"))
                return 125
            }
        }
        let sorted = images.sorted { $0.created > $1.created }
        func id(_ image: HostImage) -> String { noTrunc ? "sha256:" + image.id : String(image.id.prefix(12)) }
        if quiet {
            io.out(sorted.map { id($0) + "\n" }.joined())
            return 0
        }
        var writer = TabWriter(minWidth: 12, padding: 2)
        writer.write("REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE\n")
        for image in sorted {
            let created = GoUnitsDuration.human(milliseconds: cluster.now.milliseconds(since: image.created)) + " ago"
            for name in image.names.isEmpty ? ["<none>:<none>"] : image.names {
                let (repository, tag) = Self.split(name)
                writer.write([repository, tag, id(image), created, GoUnitsSize.human(bytes: image.size)].joined(separator: "\t") + "\n")
            }
        }
        io.out(writer.flush())
        return 0
    }

    /// `REPOSITORY:TAG`, the tag after the last colon that follows the last slash.
    static func split(_ name: String) -> (String, String) {
        let slash = name.lastIndex(of: "/") ?? name.startIndex
        guard let colon = name[slash...].lastIndex(of: ":") else { return (name, "latest") }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }
}
