import KubeAPI
import OrderedCollections

extension ImageCatalog {
    /// Reads what an image entry says about its running process: `program`, `command`, `serves`, `subcommands`,
    /// `memory`, `cpu`, `cpuPerRequest`, `stop`, `userland`, `osName` and `programs`.
    static func behaviour(of entry: JSONValue, into image: inout Image, _ repository: String) throws(FormatError) {
        image.program = entry["program"].string
        image.command = entry["command"].array.compactMap(\.string)
        if !entry["serves"].isNull { image.server = try server(entry["serves"], repository) }
        for (name, value) in entry["subcommands"].object { image.subcommands[name] = try server(value, repository) }
        if let memory = entry["memory"].string { image.memoryBytes = ResourceAmount.parse(memory) }
        if let cpu = entry["cpu"].string { image.cpuMillicores = ResourceAmount.parse(cpu, scale: 1000) }
        if let cost = entry["cpuPerRequest"].string {
            guard let microseconds = Self.microseconds(cost) else {
                throw FormatError(message: "images: \(repository): cpuPerRequest must be a duration such as 20ms")
            }
            image.cpuPerRequestMicroseconds = microseconds
        }
        if !entry["stop"].isNull {
            guard let seconds = entry["stop"]["exitAfterSeconds"].int else {
                throw FormatError(message: "images: \(repository): stop must be {exitAfterSeconds, exitCode}")
            }
            image.stop = .exits(afterMilliseconds: Int64(seconds) * 1000, code: entry["stop"]["exitCode"].int ?? 0)
        }
        if let userland = entry["userland"].string {
            guard let value = Userland(rawValue: userland) else {
                throw FormatError(message: "images: \(repository): userland must be gnu or busybox")
            }
            image.userland = value
        }
        if let osName = entry["osName"].string { image.osName = osName }
        image.programs = Set(entry["programs"].array.compactMap(\.string))
    }

    /// `20ms`, `500us` or `1s` as microseconds.
    static func microseconds(_ text: String) -> Int64? {
        for (suffix, factor) in [("ms", 1000.0), ("us", 1.0), ("s", 1_000_000.0)] where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)), number >= 0 else { return nil }
            return Int64((number * factor).rounded())
        }
        return nil
    }

    /// `{tcp: [ports], http: {PORT: {PATH: STATUS | {status, after, then}}}, grpc: [ports], portFlag, portVariable,
    /// root: {directory, index, types, defaultType}, methods: {METHOD: STATUS | {GETSTATUS: STATUS}}}`.
    private static func server(_ value: JSONValue, _ repository: String) throws(FormatError) -> ImageServer {
        var server = ImageServer()
        server.portFlag = value["portFlag"].string
        server.portVariable = value["portVariable"].string
        if let directory = value[path: "root.directory"].string {
            var root = StaticRoot(directory: directory)
            if !value[path: "root.index"].isNull { root.index = value[path: "root.index"].array.compactMap(\.string) }
            for (suffix, type) in value[path: "root.types"].object { root.types[suffix] = type.string ?? "" }
            if let type = value[path: "root.defaultType"].string { root.defaultType = type }
            server.root = root
        }
        server.tcpPorts = Set(value["tcp"].array.compactMap(\.int))
        server.grpcPorts = Set(value["grpc"].array.compactMap(\.int))
        for (portText, paths) in value["http"].object {
            guard let port = Int(portText) else {
                throw FormatError(message: "images: \(repository): http port \(portText)")
            }
            server.tcpPorts.insert(port)
            var answers: [String: ImageServer.Answer] = [:]
            for (path, answer) in paths.object {
                if let status = answer.int {
                    answers[path] = ImageServer.Answer(status: status)
                } else if let status = answer["status"].int {
                    answers[path] = ImageServer.Answer(
                        status: status, laterStatus: answer["then"].int,
                        changesAfterMilliseconds: Int64(answer["afterSeconds"].int ?? 0) * 1000)
                } else {
                    throw FormatError(message: "images: \(repository): http \(portText) \(path) needs a status")
                }
            }
            server.http[port] = answers
        }
        server.tcpPorts.formUnion(server.grpcPorts)
        for (method, answer) in value["methods"].object {
            if let status = answer.int {
                server.methods[method] = .always(status)
                continue
            }
            var others: [Int: Int] = [:]
            for (from, to) in answer.object {
                guard let status = Int(from), let other = to.int else {
                    throw FormatError(message: "images: \(repository): methods \(method) needs a status or statuses by status")
                }
                others[status] = other
            }
            server.methods[method] = .replacing(others)
        }
        return server
    }
}
