import KubeAPI
import OrderedCollections

/// A program an image ships beside its shell and core utilities (nginx's `/usr/sbin/nginx`,
/// `redis-cli`), with what it prints for the command lines the catalog knows: `nginx -v`,
/// `redis-cli ping`. Any other command line is one the lab does not simulate.
public struct ImageProgram: Sendable, Equatable {
    /// One command line's outcome: what goes to stdout and stderr, and the exit status. The texts
    /// take `LogTemplate`'s placeholders (`{version}`, `{time:FORMAT}`, `{podIP}`, ...) and `{pid}`,
    /// the process's own ID.
    public struct Answer: Sendable, Equatable {
        public var arguments: [String]
        public var out: String
        public var err: String
        public var status: Int32
    }

    /// Where the binary is installed, and its size in bytes.
    public var path: String
    public var size: Int
    /// Another program this one is a symbolic link to (`redis-check-aof -> redis-server`).
    public var linkTarget: String?
    public var answers: [Answer]

    /// The program's basename, the name a shell finds it by on the `PATH`.
    public var name: String { String(path.split(separator: "/").last ?? "") }

    /// The answer to `arguments` (the words after the program's name), if the catalog gives one.
    public func answer(to arguments: [String]) -> Answer? { answers.first { $0.arguments == arguments } }
}

extension ImageProgram.Answer {
    /// Stdout and stderr with their placeholders filled, or nil when one has no value in this
    /// container (a tag whose version the catalog does not know).
    public func rendered(time: Timestamp, facts: LogTemplate.Facts) -> (out: String, err: String)? {
        guard let out = LogTemplate(line: out).fill(time: time, facts: facts, number: nil),
            let err = LogTemplate(line: err).fill(time: time, facts: facts, number: nil)
        else { return nil }
        return (out, err)
    }
}

extension ImageCatalog {
    /// Reads an image entry's `binaries`: `{PATH: {size, link, answers: [{args, out, err, exit}]}}`.
    static func programs(of entry: JSONValue, _ repository: String) throws(FormatError) -> [ImageProgram] {
        var programs: [ImageProgram] = []
        for (path, value) in entry["binaries"].object {
            guard path.hasPrefix("/") else {
                throw FormatError(message: "images: \(repository): binaries are named by absolute paths")
            }
            var answers: [ImageProgram.Answer] = []
            for answer in value["answers"].array {
                answers.append(ImageProgram.Answer(
                    arguments: answer["args"].array.compactMap(\.string), out: answer["out"].string ?? "",
                    err: answer["err"].string ?? "", status: Int32(answer["exit"].int ?? 0)))
            }
            programs.append(ImageProgram(path: path, size: value["size"].int ?? 0, linkTarget: value["link"].string, answers: answers))
        }
        return programs
    }
}
