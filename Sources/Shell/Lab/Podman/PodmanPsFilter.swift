import Cluster
import KubeAPI

/// `podman ps --filter NAME=VALUE`: values of one name match if any does; different names must
/// all match. Names and values are checked as libpod checks them, before anything is listed.
struct PodmanPsFilter {
    private var tests: [(PodmanPsRow) -> Bool] = []
    /// Whether a `status` filter was given, which lists stopped containers without `-a`.
    private(set) var namesStatus = false

    /// The filter, or podman's message for a malformed one.
    static func parse(_ filters: [String], rows: [PodmanPsRow]) -> Result<PodmanPsFilter, PodmanPsError> {
        var grouped: [(name: String, values: [String])] = []
        for filter in filters {
            guard let equals = filter.firstIndex(of: "=") else { return .failure(.message("Error: invalid filter \"\(filter)\"\n")) }
            let name = String(filter[..<equals])
            let value = String(filter[filter.index(after: equals)...])
            if let index = grouped.firstIndex(where: { $0.name == name }) {
                grouped[index].values.append(value)
            } else {
                grouped.append((name, [value]))
            }
        }
        var result = PodmanPsFilter()
        for (name, values) in grouped {
            switch test(name, values, rows: rows) {
            case .success(let test): result.tests.append(test)
            case .failure(let error): return .failure(error)
            }
            if name == "status" { result.namesStatus = true }
        }
        return .success(result)
    }

    func matches(_ row: PodmanPsRow) -> Bool { tests.allSatisfy { $0(row) } }

    private static func test(_ name: String, _ values: [String], rows: [PodmanPsRow]) -> Result<(PodmanPsRow) -> Bool, PodmanPsError> {
        switch name {
        case "id":
            return .success { row in values.contains { row.container.id.hasPrefix($0) } }
        case "name":
            let patterns = values.map { $0.filter { $0 != "/" } }
            return regexTest(patterns) { $0.container.name }
        case "ancestor":
            return regexTest(values) { $0.container.image }
        case "network":
            return .success { row in values.contains { row.networks.contains($0) } }
        case "label":
            return .success { _ in false }
        case "label!":
            return .success { _ in true }
        case "status":
            let states = ["unknown", "configured", "created", "running", "stopped", "paused", "exited", "removing"]
            if let bad = values.first(where: { !states.contains($0) }) {
                return .failure(.message("Error: unknown container state: \(bad): invalid argument\n"))
            }
            let wanted = values.map { $0 == "stopped" ? "exited" : $0 }
            return .success { row in wanted.contains(row.stateName) }
        case "exited":
            var codes: [Int] = []
            for value in values {
                guard let code = Int32(value) else {
                    return .failure(.message("Error: exited code out of range \"\(value)\": strconv.ParseInt: parsing \"\(value)\": invalid syntax\n"))
                }
                codes.append(Int(code))
            }
            return .success { row in !row.isRunning && codes.contains(row.exitCode) }
        case "before", "since":
            var times: [Int64] = []
            for value in values {
                guard let found = rows.first(where: { $0.container.name == value || $0.container.id.hasPrefix(value) }) else {
                    return .failure(.message("Error: no container with name or ID \"\(value)\" found: no such container\n"))
                }
                times.append(found.container.created.milliseconds)
            }
            let before = name == "before"
            return .success { row in
                let created = row.container.created.milliseconds
                return times.contains { before ? created < $0 : created > $0 }
            }
        default:
            return .failure(.message("Error: \(name) is an invalid filter\n"))
        }
    }

    /// Go's `regexp.MatchString` of each pattern against a field: a match anywhere counts, and
    /// a pattern that does not compile matches nothing.
    private static func regexTest(_ patterns: [String], field: @escaping (PodmanPsRow) -> String) -> Result<(PodmanPsRow) -> Bool, PodmanPsError> {
        let programs = patterns.compactMap { pattern -> RegexProgram? in
            var parser = RegexParser(pattern, extended: true)
            guard let node = try? parser.parse() else { return nil }
            return try? RegexProgram(node, ignoringCase: false)
        }
        return .success { row in
            let text = Array(field(row).unicodeScalars)
            return programs.contains { $0.matches(text) }
        }
    }
}
