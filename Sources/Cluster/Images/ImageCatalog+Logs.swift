import KubeAPI
import OrderedCollections

extension ImageCatalog {
    /// Reads what an image entry says its program prints: `logs`, `logsWithoutEnv`, `requestLog` and `perTag`
    /// (`{TAG: {NAME: VALUE}}`, the values a tag's build fills in: `{version}`, `{build}`).
    ///
    /// A log line is a string, or `{line, afterMilliseconds, eachCPU}`.
    static func logs(of entry: JSONValue, into image: inout Image, _ repository: String) throws(FormatError) {
        image.logs = try templates(entry["logs"], repository)
        image.logsWithoutEnv = try templates(entry["logsWithoutEnv"], repository)
        if !entry["requestLog"].isNull { image.requestLog = try templates([entry["requestLog"]], repository).first }
        for (tag, values) in entry["perTag"].object {
            var facts: [String: String] = [:]
            for (name, value) in values.object {
                guard let text = value.string ?? value.int.map(String.init) else {
                    throw FormatError(message: "images: \(repository): perTag: \(tag): \(name) must be text")
                }
                facts[name] = text
            }
            image.perTag[tag] = facts
        }
    }

    static func templates(_ value: JSONValue, _ repository: String) throws(FormatError) -> [LogTemplate] {
        var templates: [LogTemplate] = []
        for item in value.array {
            if let line = item.string {
                templates.append(LogTemplate(line: line))
                continue
            }
            guard let line = item["line"].string else {
                throw FormatError(message: "images: \(repository): a log line is a string or {line, afterMilliseconds, eachCPU}")
            }
            templates.append(
                LogTemplate(line: line, afterMilliseconds: Int64(item["afterMilliseconds"].int ?? 0), eachCPU: item["eachCPU"].int))
        }
        return templates
    }
}

extension ImageCatalog {
    /// Reads `entrypoint` (the image config's ENTRYPOINT) and `entrypointScript`: `{program, when,
    /// withoutArguments, logsFor, logs}`, what the script does before it execs its arguments.
    static func entrypoint(of entry: JSONValue, into image: inout Image, _ repository: String) throws(FormatError) {
        image.entrypoint = entry["entrypoint"].array.compactMap(\.string)
        let value = entry["entrypointScript"]
        guard !value.isNull else { return }
        var script = EntrypointScript()
        script.program = value["program"].array.compactMap(\.string)
        script.when = value["when"].array.compactMap(\.string)
        script.withoutArguments = value["withoutArguments"].bool ?? false
        script.logsFor = Set(value["logsFor"].array.compactMap(\.string))
        script.logs = try templates(value["logs"], repository)
        image.entrypointScript = script
    }
}
